package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.nlp.gazetteer.GazetteerKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Natural Earth's continents (public domain) with their Wikidata ids: Europe, Asia, Africa, North America. The
 * countries' and cities' lists hold none of them, so "Europe", the most named place of English news without an id,
 * stayed unlinked. The repository keeps a trimmed extract ({@link #EXTRACT_HEADER}); {@link #trim} derives it from the
 * GeoJSON file and {@link #read} reads it. They link only ({@link GazetteerKind#REGION}, LOCATION spans).
 */
public final class NaturalEarthRegions {

    static final String EXTRACT_HEADER = "wikidata\tname_en\tfeatureclass";

    /** The feature classes kept: the continents (island groups such as Melanesia and mountain ranges are not). */
    static final Set<String> KEPT = Set.of("continent");

    /** One region of the extract. */
    public record Region(String wikidataId, String name, String featureClass) {
    }

    private NaturalEarthRegions() {
    }

    /** GeoJSON file(s) of geography regions -> the extract: one row per Wikidata id of a kept class, by English name. */
    public static int trim(List<Path> geojsonFiles, Path extract) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (JsonNode p : GeoJson.properties(geojsonFiles)) {
            String qid = p.path("wikidataid").asText("");
            String name = p.path("name_en").asText("").strip();
            String featureClass = p.path("featurecla").asText("").toLowerCase(Locale.ROOT);
            if (qid.matches("Q\\d+") && !name.isEmpty() && KEPT.contains(featureClass)) {
                rows.putIfAbsent(qid, String.join("\t", qid, name, featureClass));
            }
        }
        List<String> lines = new ArrayList<>(rows.values());
        lines.sort(null);
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** Reads the extract; a line without every column is an error, not a silently missing continent. */
    public static List<Region> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Region> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 3 || !f[0].matches("Q\\d+") || f[1].isBlank()) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 3 columns starting with a Wikidata id and a name");
            }
            out.add(new Region(f[0], f[1], f[2]));
        }
        return out;
    }

    /**
     * Gazetteer lines ({@link GazetteerKind#REGION}) of the names that may link: a name another gazetteer links is
     * theirs ("Australia" is the country).
     */
    static List<String> lines(List<Region> regions, Predicate<String> knownElsewhere) {
        return LinkOnlyLines.of(GazetteerKind.REGION, regions, Region::wikidataId, r -> Set.of(r.name()), Region::featureClass,
                name -> !knownElsewhere.test(name));
    }
}
