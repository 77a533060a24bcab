package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.nlp.gazetteer.GazetteerKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Natural Earth's first-level divisions (public domain) with their Wikidata ids: the United States' states and the
 * District of Columbia at 1:110m. GeoNames gives the same regions to the recogniser without ids, so "Arizona" or
 * "Delaware" stayed unlinked. The repository keeps a trimmed extract ({@link #EXTRACT_HEADER}); {@link #trim} derives it
 * from the GeoJSON file and {@link #read} reads it. They link only ({@link GazetteerKind#REGION}, LOCATION spans).
 */
public final class NaturalEarthStates {

    static final String EXTRACT_HEADER = "wikidata\tname\tname_en\ttype_en\tadmin";

    /** Natural Earth's feature class of first-level divisions. */
    private static final String ADMIN_1 = "admin-1 scale rank";

    /** A capital district: where its English name is also a division's ("Washington"), news means the capital. */
    private static final String FEDERAL_DISTRICT = "Federal District";

    /** One division of the extract: its name, and Natural Earth's English name where that differs ("Washington"). */
    public record State(String wikidataId, String name, String nameEn, String type, String country) {

        boolean isCapitalDistrict() {
            return FEDERAL_DISTRICT.equals(type);
        }
    }

    private NaturalEarthStates() {
    }

    /** GeoJSON file(s) of admin-1 divisions -> the extract: one row per Wikidata id, in the files' order. */
    public static int trim(List<Path> geojsonFiles, Path extract) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (JsonNode p : GeoJson.properties(geojsonFiles)) {
            String qid = p.path("wikidataid").asText("");
            String name = p.path("name").asText("").strip();
            String nameEn = p.path("name_en").asText("").strip();
            String featureClass = p.path("featurecla").asText(ADMIN_1).toLowerCase(Locale.ROOT);
            if (qid.matches("Q\\d+") && !name.isEmpty() && ADMIN_1.equals(featureClass)) {
                rows.putIfAbsent(qid, String.join("\t", qid, name, nameEn.isEmpty() ? name : nameEn,
                        p.path("type_en").asText("").strip(), p.path("admin").asText("").strip()));
            }
        }
        SourceExtract.write(extract, EXTRACT_HEADER, rows.values());
        return rows.size();
    }

    /** Reads the extract; a line without every column is an error, not a silently missing state. */
    public static List<State> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<State> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 5 || !f[0].matches("Q\\d+") || f[1].isBlank() || f[2].isBlank()) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 5 columns starting with a Wikidata id and two names");
            }
            out.add(new State(f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    /**
     * Gazetteer lines ({@link GazetteerKind#REGION}) of the names that may link: a name another gazetteer links is
     * theirs ("Georgia" is the country, "New York" the city). A capital district takes its English name from the
     * division that shares it: "Washington" in news is the capital, and the state is "Washington state".
     */
    static List<String> lines(List<State> states, Predicate<String> knownElsewhere) {
        Set<String> capitals = new java.util.HashSet<>();
        for (State s : states) {
            if (s.isCapitalDistrict()) {
                capitals.add(s.nameEn());
            }
        }
        return LinkOnlyLines.of(GazetteerKind.REGION, states, State::wikidataId, s -> {
            if (s.isCapitalDistrict()) {
                // Named as news names it: "Washington", with "District of Columbia" as another name.
                return new LinkedHashSet<>(List.of(s.nameEn(), s.name()));
            }
            Set<String> names = new LinkedHashSet<>(List.of(s.name(), s.nameEn()));
            names.removeAll(capitals);
            return names;
        }, s -> s.type().toLowerCase(Locale.ROOT) + " of " + s.country(), name -> !knownElsewhere.test(name));
    }
}
