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
 * Natural Earth admin-0 map units (public domain): the United Kingdom's four nations, England, Scotland, Wales and
 * Northern Ireland, with their Wikidata ids. English news names them as countries, but no country list has them
 * (they are "geo units" of one sovereign state). Only the UK's geo units are kept: other countries' geo units
 * (Flanders, the Azores) were not needed and not checked. The repository keeps a trimmed extract
 * ({@link #EXTRACT_HEADER}); {@link #trim} derives it from the GeoJSON and {@link #read} reads it for
 * {@link GazetteerBuilder}.
 */
public final class NaturalEarthMapUnits {

    static final String EXTRACT_HEADER = "wikidata\tname\tname_long\tname_en\tsovereign\ttype";
    static final String SOVEREIGN = "United Kingdom";
    static final String GEO_UNIT = "Geo unit";

    /** One map unit; {@code names} holds every spelling the source gives, the English name first. */
    public record Unit(String wikidataId, List<String> names, String sovereign) {
    }

    private NaturalEarthMapUnits() {
    }

    /** GeoJSON (ne_50m_admin_0_map_units.geojson of Natural Earth 5) -> the tab-separated extract the repository keeps. */
    public static int trim(Path geojson, Path extract) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(geojson.toFile()).path("features")) {
            JsonNode p = f.path("properties");
            String qid = text(p, "WIKIDATAID");
            if (qid.matches("Q\\d+") && SOVEREIGN.equals(text(p, "SOVEREIGNT")) && GEO_UNIT.equals(text(p, "TYPE"))) {
                lines.add(String.join("\t", qid, text(p, "NAME"), text(p, "NAME_LONG"), text(p, "NAME_EN"),
                        text(p, "SOVEREIGNT"), text(p, "TYPE")));
            }
        }
        lines.sort(null);
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** Reads the extract; a line without every column is an error, not a silently missing nation. */
    public static List<Unit> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Unit> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 6 || !f[0].matches("Q\\d+")) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 6 columns starting with a Wikidata id");
            }
            Set<String> names = new LinkedHashSet<>(List.of(f[3], f[2], f[1])); // English name first: the canonical one
            names.removeIf(String::isBlank);
            out.add(new Unit(f[0], List.copyOf(names), f[4]));
        }
        return out;
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.path(field);
        return n.isNull() || n.isMissingNode() ? "" : n.asText().replace('\t', ' ').strip();
    }
}
