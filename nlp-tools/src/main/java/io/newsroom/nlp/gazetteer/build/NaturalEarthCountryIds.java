package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wikidata ids of countries and territories by ISO 3166-1 code, from Natural Earth's admin-0 countries and tiny
 * countries (public domain). The countries' other source of ids, the world-leaders table, has none for a country
 * without a listed leader (Afghanistan) nor for territories (Hong Kong, Puerto Rico, Greenland, Gibraltar); these fill
 * the gaps and never replace an id it gives. The repository keeps a trimmed extract ({@link #EXTRACT_HEADER});
 * {@link #trim} derives it from the GeoJSON files and {@link #read} reads it.
 */
public final class NaturalEarthCountryIds {

    static final String EXTRACT_HEADER = "iso_a2\twikidata\tname\ttype";

    private NaturalEarthCountryIds() {
    }

    /**
     * GeoJSON files (admin-0 countries, tiny countries) -> the extract: one row per ISO code with a Wikidata id, the
     * first file's where several have it. Natural Earth writes "-99" for a code it leaves to {@code ISO_A2_EH} (France,
     * Norway).
     */
    public static int trim(List<Path> geojsonFiles, Path extract) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (JsonNode p : GeoJson.properties(geojsonFiles)) {
            String code = code(p.path("ISO_A2").asText(""));
            code = code.isEmpty() ? code(p.path("ISO_A2_EH").asText("")) : code;
            String id = p.path("WIKIDATAID").asText("");
            if (!code.isEmpty() && id.matches("Q[0-9]+")) {
                rows.putIfAbsent(code, code + "\t" + id + "\t" + p.path("NAME_LONG").asText(p.path("NAME").asText("")) + "\t"
                        + p.path("TYPE").asText(""));
            }
        }
        SourceExtract.write(extract, EXTRACT_HEADER, rows.values());
        return rows.size();
    }

    private static String code(String iso) {
        return iso.matches("[A-Z]{2}") ? iso : "";
    }

    /** ISO 3166-1 alpha-2 code -> Wikidata id. */
    public static Map<String, String> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                ids.put(f[0], f[1]);
            }
        }
        return ids;
    }
}
