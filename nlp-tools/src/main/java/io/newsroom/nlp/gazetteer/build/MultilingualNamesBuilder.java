package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.multilingual.MultilingualNames;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Derives {@code models/multilingual/names-places.tsv.gz} and {@code names-organisations.tsv.gz}: French, German and Spanish names of entities the English gazetteers
 * already know, each keyed by its English canonical name so the engine links it to the same Wikidata id. Sources:
 * world-countries {@code translations} (fra, deu, spa: common and official names) and French demonyms (ODbL), the
 * organisations' {@code Abbreviation_fr} (supraverden, CC BY-SA 4.0; their full fr/de/es names are already aliases
 * in the English file), and our {@code gazetteer-sources/multilingual/names-written.tsv} (CC0). Like the English
 * gazetteers, each file keeps to one share-alike licence: organisations (CC BY-SA 4.0) apart from the rest (ODbL).
 */
public final class MultilingualNamesBuilder {

    public static final String WRITTEN = "multilingual/names-written.tsv";
    private static final Map<String, String> WORLD_COUNTRIES_LANGUAGES = Map.of("fra", "fr", "deu", "de", "spa", "es");

    private final ObjectMapper json = new ObjectMapper();
    /** lang TAB KIND TAB English name -> local names; sorted so the file is stable. */
    private final Map<String, Set<String>> names = new TreeMap<>();

    /**
     * {@code englishGazetteers}: the folder of the English gazetteer files; every English name must resolve there
     * (a renamed country or organisation would otherwise silently stop linking).
     */
    public int build(Path dataDir, Path sourcesDir, Path englishGazetteers, Path outDir) throws IOException {
        Path gaz = dataDir.resolve("gazetteers");
        readCountries(gaz.resolve("world-countries.json"));
        readOrganisations(gaz.resolve("international-organisations.yaml"));
        readWritten(sourcesDir.resolve(WRITTEN));
        Gazetteer english = Gazetteer.load(englishGazetteers);
        List<String> unknown = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            String[] f = e.getKey().split("\t");
            GazetteerKind kind = GazetteerKind.valueOf(f[1]);
            if (english.lookup(f[2]).stream().noneMatch(g -> g.kind() == kind)) {
                unknown.add(e.getKey());
                continue;
            }
            e.getValue().remove("");
            if (!e.getValue().isEmpty()) {
                (kind == GazetteerKind.ORGANISATION ? organisations : places).add(e.getKey() + "\t" + String.join("|", e.getValue()));
            }
        }
        // Countries the English data has no entry of that kind for (none expected) would be dropped silently: say so.
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("English gazetteers do not know: " + unknown);
        }
        write(places, outDir.resolve(MultilingualNames.PLACES_FILE));
        write(organisations, outDir.resolve(MultilingualNames.ORGANISATIONS_FILE));
        System.out.printf("multilingual names: %d places and demonyms, %d organisations (fr, de, es) -> %s%n", places.size(),
                organisations.size(), outDir);
        return places.size() + organisations.size();
    }

    private static void write(List<String> lines, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }

    private void readCountries(Path file) throws IOException {
        for (JsonNode c : json.readTree(file.toFile())) {
            String common = c.path("name").path("common").asText();
            for (Map.Entry<String, String> lang : WORLD_COUNTRIES_LANGUAGES.entrySet()) {
                JsonNode t = c.path("translations").path(lang.getKey());
                add(lang.getValue(), GazetteerKind.COUNTRY, common, t.path("common").asText(""), t.path("official").asText(""));
            }
            String englishDemonym = c.path("demonyms").path("eng").path("m").asText("");
            JsonNode fra = c.path("demonyms").path("fra");
            if (!englishDemonym.isBlank() && fra.has("m")) {
                // French writes the people's noun capitalised ("les Français"), the adjective in lower case.
                for (String d : List.of(fra.path("m").asText(""), fra.path("f").asText(""))) {
                    if (!d.isBlank()) {
                        add("fr", GazetteerKind.DEMONYM, englishDemonym, d, d.endsWith("s") ? d : d + "s");
                    }
                }
            }
        }
    }

    private void readOrganisations(Path yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            String english = o.path("Name_en").asText(e.getKey());
            if (o.path("Wikidata_code").asText("").matches("Q\\d+")) {
                // Already aliases in the English file; per language here, so German declensions can be matched.
                add("fr", GazetteerKind.ORGANISATION, english, o.path("Name_fr").asText(""));
                add("de", GazetteerKind.ORGANISATION, english, o.path("Name_de").asText(""));
                add("es", GazetteerKind.ORGANISATION, english, o.path("Name_es").asText(""));
            }
            String abbreviation = o.path("Abbreviation_fr").asText("");
            if (abbreviation.length() >= 2 && abbreviation.length() <= 12 && o.path("Wikidata_code").asText("").matches("Q\\d+")) {
                add("fr", GazetteerKind.ORGANISATION, o.path("Name_en").asText(e.getKey()), abbreviation);
            }
        }
    }

    private void readWritten(Path tsv) throws IOException {
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            add(f[0], GazetteerKind.valueOf(f[1]), f[2], f[3].split("\\|"));
        }
    }

    private void add(String lang, GazetteerKind kind, String english, String... local) {
        if (!MultilingualNames.LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unsupported language " + lang);
        }
        Set<String> set = names.computeIfAbsent(lang + "\t" + kind + "\t" + english, k -> new LinkedHashSet<>());
        for (String l : local) {
            set.add(l.strip().replace('\t', ' ').replace('|', ' '));
        }
    }
}
