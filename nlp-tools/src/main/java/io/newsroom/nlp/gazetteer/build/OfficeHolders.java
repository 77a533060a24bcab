package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Office-holders with Wikidata ids, for linking people the current-leaders table does not have: heads of state and
 * government whose term ran in 1990 or later, holders of UN and other international offices, and members of the
 * European Parliament. All three inputs are Wikidata query exports (CC0) kept in public repositories; the repository
 * keeps a trimmed extract ({@link #EXTRACT_HEADER}, one term a line) that {@link #trim} derives and {@link #read}
 * reads for {@link GazetteerBuilder}.
 */
public final class OfficeHolders {

    static final String EXTRACT_HEADER = "wikidata\tname\toffice\tfrom\tto";
    /** Terms that ended before this year are left out: news rarely names those leaders without their full name. */
    static final int FIRST_YEAR = 1990;
    static final int OPEN_TERM_FIRST_START = 1950;
    /**
     * The leaders export labels people in Portuguese first: a monarch's regnal name ("Frederico X da Dinamarca") is
     * never how English news names them, so such names are left out rather than linked under a spelling nobody writes.
     */
    static final java.util.regex.Pattern PORTUGUESE_REGNAL_NAME = java.util.regex.Pattern.compile("\\b[IVXL]+ (do|da|de|dos|das) ");

    /** One term of office; {@code to} is empty while it runs. */
    public record Term(String wikidataId, String name, String office, String from, String to) {
    }

    private OfficeHolders() {
    }

    /**
     * Derives the extract. {@code leaders}: iso3,country,role,person,person_qid,start,end,... (heads of state and
     * government by country); {@code international}: position,person,personID,start,end; {@code europeanParliament}:
     * item,id,name,country,... (one term's members); {@code countries}: world-countries.json, for English country
     * names by ISO 3166 alpha-3 code (the leaders export names countries in Portuguese). Any input may be null.
     */
    public static int trim(Path leaders, Path international, Path europeanParliament, String parliamentTerm,
                           Path countries, Path extract) throws IOException {
        return trim(leaders, international, europeanParliament, parliamentTerm, countries, Map.of(), extract);
    }

    /**
     * As above, plus one country's office-holders and legislators ({@code national}: English country name -> exports of
     * the every-politician-scrapers country repositories, {@code html/holders21.csv} (ministers, since the 1950s) and
     * {@code html/legislators.csv} (members of parliament), both {@code position,person,personID,start,end,...}). A
     * position that does not name its country ("Secretary of State for Defence") gets it appended, so the note says
     * whose minister this was.
     */
    public static int trim(Path leaders, Path international, Path europeanParliament, String parliamentTerm,
                           Path countries, Map<String, List<Path>> national, Path extract) throws IOException {
        Map<String, String> countryNames = new HashMap<>();
        if (countries != null) {
            for (JsonNode c : new ObjectMapper().readTree(countries.toFile())) {
                countryNames.put(c.path("cca3").asText(), c.path("name").path("common").asText());
            }
        }
        TreeSet<String> lines = new TreeSet<>();
        if (leaders != null) {
            for (List<String> r : rows(leaders)) {
                String qid = r.get(4);
                if (!qid.matches("Q\\d+") || r.get(3).isBlank() || PORTUGUESE_REGNAL_NAME.matcher(r.get(3)).find()
                        || !recent(year(r.get(5)), year(r.get(6)))) {
                    continue;
                }
                String to = year(r.get(6));
                String role = r.get(2).replace('_', ' ');
                String country = countryNames.getOrDefault(r.get(0), r.get(1));
                lines.add(String.join("\t", qid, r.get(3).strip(), role + " of " + country, year(r.get(5)), to));
            }
        }
        if (international != null) {
            for (List<String> r : rows(international)) {
                String to = year(r.get(4));
                if (r.get(2).matches("Q\\d+") && recent(year(r.get(3)), to)) {
                    lines.add(String.join("\t", r.get(2), r.get(1).strip(), r.get(0).strip(), year(r.get(3)), to));
                }
            }
        }
        for (Map.Entry<String, List<Path>> country : new java.util.TreeMap<>(national).entrySet()) {
            for (Path file : country.getValue()) {
                for (List<String> r : nationalRows(file)) {
                    String to = year(r.get(4));
                    String position = r.get(0).strip();
                    if (r.get(2).matches("Q\\d+") && !r.get(1).isBlank() && !position.matches("Q\\d+")
                            && recent(year(r.get(3)), to)) {
                        String office = position.contains(country.getKey()) ? position : position + ", " + country.getKey();
                        lines.add(String.join("\t", r.get(2), r.get(1).strip(), office, year(r.get(3)), to));
                    }
                }
            }
        }
        if (europeanParliament != null) {
            String[] years = parliamentTerm.split("-");
            for (List<String> r : rows(europeanParliament)) {
                if (r.get(0).matches("Q\\d+") && !r.get(2).isBlank()) {
                    lines.add(String.join("\t", r.get(0), r.get(2).strip(),
                            "Member of the European Parliament for " + r.get(3).strip(), years[0], years[1]));
                }
            }
        }
        SourceExtract.write(extract, EXTRACT_HEADER, lines);
        return lines.size();
    }

    /** The extract's terms, in file order. */
    public static List<Term> read(Path extract) throws IOException {
        List<Term> out = new ArrayList<>();
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                out.add(new Term(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    /**
     * A country file's terms as {@code position,person,personID,start,end}: every-politician-scrapers' {@code
     * holders21.csv} and {@code legislators.csv} are in that order already; EveryPolitician's {@code cabinet.csv}
     * ({@code id,name,position_id,position,label,start_date,end_date,ordinal}) is reordered. A position without an
     * English label keeps its Wikidata id there, and is then left out by the caller.
     */
    private static List<List<String>> nationalRows(Path csv) throws IOException {
        List<List<String>> rows = Csv.read(csv);
        if (rows.isEmpty() || !rows.get(0).equals(EVERYPOLITICIAN_CABINET_HEADER)) {
            return rows(csv);
        }
        return rows.subList(1, rows.size()).stream().filter(r -> r.size() >= 7)
                .map(r -> List.of(r.get(4), r.get(1), r.get(0), r.get(5), r.get(6))).toList();
    }

    static final List<String> EVERYPOLITICIAN_CABINET_HEADER =
            List.of("id", "name", "position_id", "position", "label", "start_date", "end_date", "ordinal");

    private static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> rows = Csv.read(csv);
        return rows.isEmpty() ? rows : rows.subList(1, rows.size()).stream().filter(r -> r.size() >= 5).toList();
    }

    /**
     * Whether a term ran in {@link #FIRST_YEAR} or later. A term without an end runs still, unless it has no start
     * either or began before {@link #OPEN_TERM_FIRST_START} (then the export just lacks its end).
     */
    static boolean recent(String from, String to) {
        if (!to.isEmpty()) {
            return Integer.parseInt(to) >= FIRST_YEAR;
        }
        return !from.isEmpty() && Integer.parseInt(from) >= OPEN_TERM_FIRST_START;
    }

    /** The year of an ISO date or date-time ("2005-11-22T00:00:00Z" -> "2005"), or "" when there is none. */
    static String year(String date) {
        String d = date.strip();
        return d.length() >= 4 && d.substring(0, 4).matches("\\d{4}") ? d.substring(0, 4) : "";
    }
}
