package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Natural Earth populated places (public domain): capitals and large cities with their Wikidata ids. The
 * repository keeps a trimmed extract ({@link #EXTRACT_HEADER} columns, one place a line) instead of the 2.8 MB
 * GeoJSON; {@link #trim} derives it from the GeoJSON and {@link #read} reads it for {@link GazetteerBuilder}.
 * Scientific stations and historic places are left out: nobody writes about them as cities.
 */
public final class NaturalEarthPlaces {

    static final String EXTRACT_HEADER = "wikidata\tname\tnameascii\tname_en\tnamealt\tfeatureclass\tcountry\tpop_max";
    /**
     * The smallest town of the 1:10m extract: its 7,343 places reach down to villages whose names are also words and
     * people's names ("Kanye", Botswana); from 100,000 people they are the towns news writes about (Leeds, Sheffield,
     * Cologne), 2,103 of them beyond the 1:50m file.
     */
    public static final long TOWN_MIN_POPULATION = 100_000;
    private static final Set<String> SKIPPED_CLASSES = Set.of("Scientific station", "Historic place", "Meteorological Station");

    /** One place of the extract; {@code names} holds every spelling the source gives (English name first). */
    public record Place(String wikidataId, List<String> names, String featureClass, String country, long population) {

        public boolean nationalCapital() {
            return featureClass.startsWith("Admin-0 capital");
        }
    }

    private NaturalEarthPlaces() {
    }

    /** GeoJSON (ne_50m_populated_places.json and the like) -> the tab-separated extract the repository keeps. */
    public static int trim(Path geojson, Path extract) throws IOException {
        return trim(geojson, extract, 0);
    }

    /** As {@link #trim(Path, Path)}, keeping only places of at least {@code minPopulation} people ({@code POP_MAX}). */
    public static int trim(Path geojson, Path extract, long minPopulation) throws IOException {
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).path("features");
        List<String> lines = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String qid = text(p, "wikidataid", "WIKIDATAID");
            String featureClass = text(p, "FEATURECLA", "featurecla");
            long population = p.has("POP_MAX") ? p.path("POP_MAX").asLong() : p.path("pop_max").asLong();
            if (!qid.matches("Q\\d+") || SKIPPED_CLASSES.contains(featureClass) || population < minPopulation) {
                continue;
            }
            lines.add(String.join("\t", qid, text(p, "NAME", "name"), text(p, "NAMEASCII", "nameascii"),
                    text(p, "NAME_EN", "name_en"), text(p, "NAMEALT", "namealt"), featureClass,
                    text(p, "ADM0NAME", "adm0name"), Long.toString(population)));
        }
        lines.sort(null);
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** Reads the extract; a line that does not have every column is an error, not a silently missing city. */
    public static List<Place> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Place> out = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 8 || !f[0].matches("Q\\d+")) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 8 columns starting with a Wikidata id");
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(f[3]); // English name first: it becomes the canonical name
            names.add(f[1]);
            names.add(f[2]);
            names.addAll(List.of(f[4].split("\\|")));
            names.removeIf(n -> n.strip().length() < 3);
            out.add(new Place(f[0], List.copyOf(names), f[5], f[6], f[7].isEmpty() ? 0 : Long.parseLong(f[7])));
        }
        return out;
    }

    private static String text(JsonNode p, String upper, String lower) {
        JsonNode n = p.has(upper) ? p.path(upper) : p.path(lower);
        return n.isNull() || n.isMissingNode() ? "" : n.asText().replace('\t', ' ').strip();
    }
}
