package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Companies, brands and public bodies with Wikidata ids, for linking only, from the name-suggestion-index (npm package
 * {@code name-suggestion-index}: OpenStreetMap's canonical names of the brands and operators of shops, banks, fuel
 * stations, police stations, railways…, each with the Wikidata id of the organisation). Its {@code dist/json/nsi.json}
 * gives the names, its {@code dist/wikidata/wikidata.json} the organisation's English Wikidata label. The repository
 * keeps a trimmed extract ({@link #EXTRACT_HEADER}, one organisation a line) that {@link #trim} derives and {@link #read}
 * reads for {@link GazetteerBuilder}.
 */
public final class NameSuggestionIndex {

    static final String EXTRACT_HEADER = "wikidata\tlabel\tnames";

    /**
     * The tags of an index item that name the organisation its {@code <role>:wikidata} tag points at. Not
     * {@code network}: local bus and tram networks, mostly known by acronyms that mean something else in the news
     * ("RDS", a French bus network, is the Royal Dublin Society's ground in a rugby report).
     */
    private static final List<String> ROLES = List.of("brand", "operator");

    /** One organisation: its English Wikidata label and the names the index writes it by (the label among them). */
    public record Organisation(String wikidataId, String label, List<String> names) {
    }

    private NameSuggestionIndex() {
    }

    /**
     * Derives the extract from an unpacked npm package of the index. Only organisations with an English label, and only
     * names in Latin script that start with a capital or a digit: what English news can write.
     */
    public static int trim(Path nsiPackage, Path extract) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode labels = json.readTree(nsiPackage.resolve("dist/wikidata/wikidata.json").toFile()).path("wikidata");
        JsonNode categories = json.readTree(nsiPackage.resolve("dist/json/nsi.json").toFile()).path("nsi");
        Map<String, Set<String>> names = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = categories.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> category = it.next();
            if (category.getKey().startsWith("flags/")) {
                continue; // a flag's id is the flag's item ("flag of the United Nations"), not the organisation's
            }
            for (JsonNode item : category.getValue().path("items")) {
                JsonNode tags = item.path("tags");
                for (String role : ROLES) {
                    String qid = tags.path(role + ":wikidata").asText("");
                    String label = labels.path(qid).path("label").asText("");
                    if (!qid.matches("Q\\d+") || !writable(label)) {
                        continue;
                    }
                    Set<String> of = names.computeIfAbsent(qid, k -> new TreeSet<>());
                    of.add(label.strip());
                    for (String tag : List.of(role, role + ":en")) {
                        String name = tags.path(tag).asText("").strip();
                        if (writable(name)) {
                            of.add(name);
                        }
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        names.forEach((qid, of) -> {
            String label = labels.path(qid).path("label").asText().strip();
            of.remove(label);
            lines.add(String.join("\t", qid, label, String.join("|", of)));
        });
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** Latin letters (and digits, spaces, punctuation) only, starting with a capital or a digit, no tab or bar. */
    static boolean writable(String name) {
        if (name.isBlank() || name.indexOf('\t') >= 0 || name.indexOf('|') >= 0) {
            return false;
        }
        int first = name.strip().codePointAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && name.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** The extract's organisations, in file order. */
    public static List<Organisation> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Organisation> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length == 3) {
                List<String> all = new ArrayList<>();
                all.add(f[1]);
                if (!f[2].isEmpty()) {
                    all.addAll(List.of(f[2].split("\\|")));
                }
                out.add(new Organisation(f[0], f[1], all));
            }
        }
        return out;
    }
}
