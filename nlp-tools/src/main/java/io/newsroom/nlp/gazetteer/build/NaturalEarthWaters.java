package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

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
 * Natural Earth's named seas, oceans, gulfs, straits and large lakes (public domain) with their Wikidata ids: the
 * North Sea, the Caspian Sea, the Strait of Gibraltar, Lake Victoria. The repository keeps a trimmed extract
 * ({@link #EXTRACT_HEADER}); {@link #trim} derives it from the GeoJSON files and {@link #read} reads it. They link only
 * ({@link GazetteerKind#WATER}, LOCATION spans), by the rules of {@link #lines}.
 */
public final class NaturalEarthWaters {

    static final String EXTRACT_HEADER = "wikidata\tname\tname_en\tfeatureclass\tscalerank";

    /**
     * The short names English news gives a few waters ("in the Mediterranean", "across the Atlantic"), written here like
     * the parties' news names: a rule that cut "Sea" from every name made the Coral Sea of the bookmaker Coral and the
     * Balearic Sea of "Balearic" (the islands); "the Caribbean" and "the Arctic" are regions first.
     */
    static final Map<String, String> NEWS_SHORT_NAMES = Map.of(
            "Mediterranean Sea", "Mediterranean",
            "Adriatic Sea", "Adriatic",
            "Aegean Sea", "Aegean",
            "Baltic Sea", "Baltic",
            "Caspian Sea", "Caspian",
            "Atlantic Ocean", "Atlantic",
            "Pacific Ocean", "Pacific");

    /**
     * Natural Earth draws the mouths of three rivers as marine areas ("Amazon", "Yangtze", "Columbia River"): a river list
     * would need its own rules ("Amazon" is a company before it is a river), so they are left out.
     */
    static final String RIVER = "river";

    /** One water of the extract; {@code names} holds the English name first, then Natural Earth's own when it differs. */
    public record Water(String wikidataId, List<String> names, String featureClass) {
    }

    private NaturalEarthWaters() {
    }

    /** GeoJSON files (marine areas, lakes) -> the tab-separated extract the repository keeps: every named feature with an id. */
    public static int trim(List<Path> geojsonFiles, Path extract) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>(); // one row per Wikidata id: a sea drawn in several polygons
        for (JsonNode p : GeoJson.properties(geojsonFiles)) {
            String qid = text(p, "wikidataid");
            String name = text(p, "name");
            if (qid.matches("Q\\d+") && !name.isEmpty() && !RIVER.equalsIgnoreCase(text(p, "featurecla"))) {
                rows.putIfAbsent(qid, String.join("\t", qid, name, text(p, "name_en"),
                        text(p, "featurecla").toLowerCase(Locale.ROOT), text(p, "scalerank")));
            }
        }
        List<String> lines = new ArrayList<>(rows.values());
        lines.sort(null);
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** Reads the extract; a line without every column is an error, not a silently missing sea. */
    public static List<Water> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Water> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 5 || !f[0].matches("Q\\d+") || f[1].isBlank()) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 5 columns starting with a Wikidata id and a name");
            }
            List<String> names = new ArrayList<>();
            names.add(f[2].isBlank() ? f[1] : f[2]); // the English name first: the canonical one
            if (!TextKeys.key(f[1]).equals(TextKeys.key(names.get(0)))) {
                names.add(f[1]); // "Golfo de California"; not "INDIAN OCEAN" beside "Indian Ocean"
            }
            out.add(new Water(f[0], List.copyOf(names), f[3]));
        }
        return out;
    }

    /**
     * Gazetteer lines ({@link GazetteerKind#WATER}) of the names that may link:
     * <ul>
     *   <li>a name two waters share links to neither;</li>
     *   <li>a name another gazetteer links is theirs (a city, a country, an organisation, a person);</li>
     *   <li>a one-word name that English news writes in lower case is a word, not a water;</li>
     *   <li>a few waters also go by the short name of {@link #NEWS_SHORT_NAMES}, under the same rules.</li>
     * </ul>
     */
    static List<String> lines(List<Water> waters, Set<String> ordinaryWords, Predicate<String> knownElsewhere) {
        return LinkOnlyLines.of(GazetteerKind.WATER, waters, Water::wikidataId, NaturalEarthWaters::namesWithShortForms,
                Water::featureClass, name -> OperatorNames.mayLink(name, ordinaryWords) && !knownElsewhere.test(name));
    }

    private static Set<String> namesWithShortForms(Water w) {
        Set<String> out = new LinkedHashSet<>(w.names());
        String shortName = NEWS_SHORT_NAMES.get(w.names().get(0));
        if (shortName != null) {
            out.add(shortName);
        }
        return out;
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.has(field) ? p.path(field) : p.path(field.toUpperCase(Locale.ROOT));
        return n.isNull() || n.isMissingNode() ? "" : n.asText().replace('\t', ' ').strip();
    }
}
