package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Political parties with Wikidata ids, for linking only. The input is an EveryPolitician {@code groups.json} (a
 * Wikidata export of the parties of one legislature: {@code key -> identifiers[scheme=wikidata], other_names[lang,
 * name]}); the repository keeps a trimmed extract ({@link #EXTRACT_HEADER}, one party a line) that {@link #trim}
 * derives and {@link #read} reads for {@link GazetteerBuilder}.
 */
public final class PoliticalParties {

    static final String EXTRACT_HEADER = "wikidata\tname\tcountry\taliases";

    /** One party: its English label, the country whose legislature it sits in, and other English labels. */
    public record Party(String wikidataId, String name, String country, List<String> aliases) {
    }

    private PoliticalParties() {
    }

    /**
     * Derives the extract from {@code groups} (country name -> groups.json files). English labels only ({@code en},
     * then {@code en-gb}); a label in lower case ("independent politician") is a status, not a party, and is left out.
     */
    public static int trim(Map<String, List<Path>> groups, Path extract) throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, List<Path>> country : groups.entrySet()) {
            for (Path file : country.getValue()) {
                for (Iterator<JsonNode> it = json.readTree(file.toFile()).elements(); it.hasNext(); ) {
                    JsonNode group = it.next();
                    String qid = "";
                    for (JsonNode id : group.path("identifiers")) {
                        if ("wikidata".equals(id.path("scheme").asText())) {
                            qid = id.path("identifier").asText();
                        }
                    }
                    Set<String> names = new LinkedHashSet<>();
                    for (String lang : List.of("en", "en-gb")) {
                        for (JsonNode n : group.path("other_names")) {
                            if (lang.equals(n.path("lang").asText()) && !n.path("name").asText().isBlank()) {
                                names.add(n.path("name").asText().strip());
                            }
                        }
                    }
                    if (!qid.matches("Q\\d+") || names.isEmpty() || !Character.isUpperCase(names.iterator().next().charAt(0))) {
                        continue;
                    }
                    String name = names.iterator().next();
                    names.remove(name);
                    lines.add(String.join("\t", qid, name, country.getKey(), String.join("|", names)));
                }
            }
        }
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** The extract's parties, in file order. */
    public static List<Party> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Party> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                out.add(new Party(f[0], f[1], f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"))));
            }
        }
        return out;
    }
}
