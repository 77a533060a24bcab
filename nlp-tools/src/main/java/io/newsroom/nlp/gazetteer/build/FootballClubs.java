package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.text.TextKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Football clubs beyond England's league system (Bayern Munich, Inter Milan, Benfica …) with their Wikidata ids: the
 * clubs of a Wikidata query export of players' club memberships (ids and labels, CC0), each joined to openfootball's
 * names for it (CC0) where openfootball knows it. The extract has {@link EnglishClubs}' columns, so both are read
 * and linked alike ({@link EnglishClubs#read}, {@link EnglishClubs#lines}).
 */
public final class FootballClubs {

    static final String NOTE = io.newsroom.nlp.gazetteer.Gazetteer.WORLD_CLUB_NOTE;
    private static final String EXPORT_HEADER = "player_qid,player_name,team_qid,team_name";

    /**
     * A label that is no club's first men's team: women's, reserve and youth sides, national and regional teams ("FC
     * Bayern Munich Women", "VfB Stuttgart II", "Basque Country regional football team"). A side of the club would share
     * the first team's short name, and a name two entries share links to neither.
     */
    private static final Pattern NOT_A_FIRST_TEAM = Pattern.compile(
            "(?i)\\b(?:women|woman|ladies|w\\.?f\\.?c\\.?|f[ée]minine|frauen|femenino|femminile|vrouwen|damen|dames|kvinder"
                    + "|femen[ií]|regina|next gen|w-league|reserves?|youth|juvenil|primavera|academy|national|regional|team|under-\\d+|u-?\\d{2})\\b"
                    + "|\\((?:women|men|youth)\\)| (?:II|III|B|C)$|\\bU\\d{2}\\b");
    /** openfootball marks a name's language: "Bayern Munich [en]". */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("\\s*\\[[a-z]{2}\\]");

    private FootballClubs() {
    }

    /**
     * The Wikidata export ({@code player_qid,player_name,team_qid,team_name,…}) and openfootball's clubs files -> the
     * tab-separated extract the repository keeps ({@link EnglishClubs#EXTRACT_HEADER}): each first team once, with
     * Wikidata's label and openfootball's names for the club found by its label or its short form.
     */
    public static int trim(Path export, List<Path> openfootballClubs, Path extract) throws IOException {
        List<List<String>> rows = Csv.read(export);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).startsWith(EXPORT_HEADER)) {
            throw new IOException(export + ": expected the columns " + EXPORT_HEADER);
        }
        Map<String, List<String>> namesByKey = new HashMap<>();
        for (Path file : openfootballClubs) {
            for (Map.Entry<String, List<String>> club : EnglishClubs.openfootballNames(
                    Files.readAllLines(file, StandardCharsets.UTF_8)).entrySet()) {
                List<String> names = new ArrayList<>();
                for (String n : concat(club.getKey(), club.getValue())) {
                    names.add(LANGUAGE_TAG.matcher(n).replaceAll("").strip());
                }
                for (String n : names) {
                    namesByKey.putIfAbsent(TextKeys.key(n), names);
                }
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Integer> players = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= 4 && row.get(2).matches("Q\\d+") && !row.get(3).isBlank()
                    && !NOT_A_FIRST_TEAM.matcher(row.get(3)).find()) {
                labels.putIfAbsent(row.get(2), row.get(3).strip());
                players.merge(row.get(2), 1, Integer::sum);
            }
        }
        // The players of every club of each short form, so that each club is weighed against its namesakes.
        Map<String, String> shortKeys = new HashMap<>();
        Map<String, List<Integer>> playersByShortKey = new HashMap<>();
        for (Map.Entry<String, String> club : labels.entrySet()) {
            String key = TextKeys.key(EnglishClubs.shortForm(club.getValue()));
            shortKeys.put(club.getKey(), key);
            playersByShortKey.computeIfAbsent(key, k -> new ArrayList<>()).add(players.get(club.getKey()));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> club : labels.entrySet()) {
            String label = club.getValue();
            String shortKey = shortKeys.get(club.getKey());
            if (!dominates(players.get(club.getKey()), playersByShortKey.get(shortKey))) {
                continue;
            }
            List<String> found = namesByKey.get(TextKeys.key(label));
            if (found == null) {
                found = namesByKey.getOrDefault(shortKey, List.of());
            }
            Set<String> names = new LinkedHashSet<>(found);
            names.remove(label);
            out.add(String.join("\t", club.getKey(), label, String.join("|", names)));
        }
        out.sort(null);
        SourceExtract.write(extract, EnglishClubs.EXTRACT_HEADER, out);
        return out.size();
    }

    /**
     * Whether a club may keep its short name: no other club of the export has it, or the club has at least twice the
     * players of every other that does. News means the big club by "Benfica" (S.L. Benfica, not CF Benfica), and a
     * name two entries share links to neither: the small club is left out instead.
     */
    private static boolean dominates(int own, List<Integer> allOfItsShortForm) {
        boolean ownSeen = false;
        for (int other : allOfItsShortForm) {
            if (other == own && !ownSeen) {
                ownSeen = true; // the club itself
            } else if (own < 2 * other) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
