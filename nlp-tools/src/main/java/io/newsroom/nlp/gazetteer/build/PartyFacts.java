package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Political parties of every country with their Wikidata ids, from Party Facts (GitHub {@code hdigital/partyfactsdata}:
 * {@code import/wikipedia/wikidata.csv}, each core party's Wikidata id and English Wikipedia name, short name and name
 * in its language; {@code import/wikipedia/wikipedia.csv}, the year each was founded and dissolved). {@link #trim}
 * writes the same extract as {@link PoliticalParties} ("wikidata name country aliases"), so the builder reads both
 * alike. Left out: parties dissolved before 1990, whose names today's news gives to their successors; names that
 * start in lower case ("the Greens"); short and native names that are not Latin script or are shorter than three
 * letters ("PS", "PD", "AL" stand for too much).
 */
public final class PartyFacts {

    /** Parties dissolved before this year are history: their names are their successors' in the news. */
    static final int DISSOLVED_BEFORE = 1990;

    /** A qualifier Wikipedia adds to tell namesakes apart: "Social Justice Party (Thailand)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** A name as news writes it: letters, digits, spaces and a name's punctuation, no notes ("Basque:") or dashes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'\u2019&-]*[\\p{L}\\p{N}.]");

    private PartyFacts() {
    }

    /**
     * Derives the extract. {@code countries}: the world-countries JSON of the shared data, which names each ISO 3166
     * alpha-3 code the way the other gazetteers name its country.
     */
    public static int trim(Path wikidataCsv, Path wikipediaCsv, Path countries, Path extract) throws IOException {
        Map<String, String> countryNames = new HashMap<>();
        for (JsonNode c : new ObjectMapper().readTree(countries.toFile())) {
            countryNames.put(c.path("cca3").asText(), c.path("name").path("common").asText());
        }
        Map<String, Integer> dissolved = new HashMap<>();
        for (Map<String, String> row : rows(wikipediaCsv)) {
            String year = row.getOrDefault("year_dissolved", "");
            if (year != null && year.matches("\\d{4}.*")) {
                dissolved.put(row.get("partyfacts_id"), Integer.parseInt(year.substring(0, 4)));
            }
        }
        TreeSet<String> lines = new TreeSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Map<String, String> row : rows(wikidataCsv)) {
            String qid = row.get("wikidata_id");
            String country = countryNames.get(row.get("country"));
            String name = QUALIFIER.matcher(row.getOrDefault("name", "")).replaceAll("").strip();
            if (qid == null || !qid.matches("Q\\d+") || country == null || country.isEmpty() || name.isEmpty()
                    || !Character.isUpperCase(name.codePointAt(0)) || !isLatin(name)
                    || dissolved.getOrDefault(row.get("partyfacts_id"), 9999) < DISSOLVED_BEFORE || !seen.add(qid + "\t" + country)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            for (String s : row.getOrDefault("name_short", "").split("/")) {
                String alias = s.strip();
                if (alias.equalsIgnoreCase("English")) {
                    continue; // "NDP/English": Party Facts' note that the acronym is the English one
                }
                if (alias.length() >= 3 && isLatin(alias) && Character.isUpperCase(alias.codePointAt(0)) && PLAIN_NAME.matcher(alias).matches()) {
                    aliases.add(alias);
                }
            }
            String nativeName = QUALIFIER.matcher(row.getOrDefault("name_native", "")).replaceAll("").strip();
            if (nativeName.length() >= 3 && isLatin(nativeName) && Character.isUpperCase(nativeName.codePointAt(0))
                    && PLAIN_NAME.matcher(nativeName).matches()) {
                aliases.add(nativeName);
            }
            aliases.remove(name);
            lines.add(String.join("\t", qid, name, country, String.join("|", aliases)));
        }
        SourceExtract.write(extract, PoliticalParties.EXTRACT_HEADER, lines);
        return lines.size();
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withQuoteChar('"');
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** Letters of the Latin script only (digits, spaces and punctuation allowed): not "НДП", not "حزب". */
    static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
