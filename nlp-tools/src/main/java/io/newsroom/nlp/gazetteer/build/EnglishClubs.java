package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The football clubs of the English league system (Welsh clubs that play in it included) with their Wikidata ids: a
 * public-domain mapping of openfootball's clubs to Wikidata, and openfootball's own names for them (its English and
 * Welsh clubs files, CC0). The repository
 * keeps a trimmed extract ({@link #EXTRACT_HEADER}); {@link #trim} derives it from the two files and {@link #read} reads
 * it. They link only ({@link GazetteerKind#CLUB}, ORGANIZATION spans of football stories), by the rules of
 * {@link #lines}.
 */
public final class EnglishClubs {

    static final String EXTRACT_HEADER = "wikidata\tlabel\tnames";
    static final String NOTE = "football club, English league system";

    /** A club's own line in openfootball's clubs file: "Arsenal FC, 1886, @ Emirates Stadium, London ...". */
    private static final Pattern CLUB_LINE = Pattern.compile("^(\\S[^,#]*?)\\s*(?:,|##|#|$)");
    /**
     * The company or sports-club forms a club's Wikidata label carries before its name, each with or without dots:
     * "AFC Bournemouth", "FC Bayern Munich", "AS Roma", "S.L. Benfica", "VfB Stuttgart", "1. FSV Mainz 05",
     * "Futbol Club Barcelona". ("RB Leipzig" and "PSV" are names, not forms.)
     */
    private static final Pattern CLUB_FORM_BEFORE = Pattern.compile("^(?:1\\. )?(?:" + dotted("AFC", "FC", "AC", "AS", "SSC",
            "SS", "US", "SV", "SC", "CF", "CD", "UD", "SD", "RCD", "OGC", "RC", "SL", "SK", "FK", "NK", "HNK", "GNK", "KRC",
            "KV", "RSC", "PFC", "AJ", "SCO") + "|TSG|TSV|VfB|VfL|FSV|BSC|F[uú]tbol Club|Football Club) ");
    /**
     * The forms after it: "Arsenal F.C.", "Barrow A.F.C.", "Juventus FC", "Sevilla CF", "Atalanta BC", "Parma Calcio
     * 1913", "Bologna F.C. 1909", "Genoa CFC", "FC Schalke 04", "Real Madrid Club de Fútbol", "Real Betis Balompié". A
     * number inside the name goes too ("Bayer 04 Leverkusen"); one opening it stays ("1860 Munich" is that club's name).
     */
    private static final Pattern CLUB_FORM_AFTER = Pattern.compile("(?: (?:" + dotted("AFC", "FC", "CF", "BC", "SC", "CFC", "FK")
            + "|Calcio|Balompi[eé]|Club de F[uú]tbol|\\d{2,4}))+$|(?<=\\S) \\d{2,4}(?= \\p{L})");

    /** "SL" -> "S\\.?L\\.?": the letters of a form, each with or without its dot. */
    private static String dotted(String... forms) {
        StringBuilder sb = new StringBuilder();
        for (String form : forms) {
            if (!sb.isEmpty()) {
                sb.append('|');
            }
            for (char c : form.toCharArray()) {
                sb.append(c).append("\\.?");
            }
        }
        return sb.toString();
    }

    /** One club of the extract: its Wikidata label first among its names. */
    public record Club(String wikidataId, String label, List<String> names) {
    }

    private EnglishClubs() {
    }

    /**
     * The Wikidata mapping ({@code team_id,name,wikidata,wikidata_label,dbpedia}) and openfootball's clubs files -> the
     * tab-separated extract the repository keeps: per club its id, Wikidata's label, and the mapping's name with
     * openfootball's other names for the same club (abbreviations for league tables such as "Charlton Ath." and names
     * a club had before the 1950s left out).
     */
    public static int trim(Path teamLinksCsv, List<Path> openfootballClubs, Path extract) throws IOException {
        Map<String, List<String>> aliases = new HashMap<>();
        for (Path file : openfootballClubs) {
            for (Map.Entry<String, List<String>> club : openfootballNames(Files.readAllLines(file, StandardCharsets.UTF_8)).entrySet()) {
                // Found by any of its names: the mapping's "Swansea City FC" is openfootball's "Swansea City AFC".
                List<String> names = new ArrayList<>(List.of(club.getKey()));
                names.addAll(club.getValue());
                for (String name : names) {
                    aliases.putIfAbsent(name, names);
                }
            }
        }
        List<String> rows = new ArrayList<>();
        List<String> csv = Files.readAllLines(teamLinksCsv, StandardCharsets.UTF_8);
        if (csv.isEmpty() || !csv.get(0).startsWith("team_id,name,wikidata,wikidata_label")) {
            throw new IOException(teamLinksCsv + ": expected the columns team_id,name,wikidata,wikidata_label,dbpedia");
        }
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",", -1);
            if (f.length < 4 || !f[2].matches("Q\\d+")) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            names.addAll(aliases.getOrDefault(f[1], List.of()));
            names.remove(f[3]);
            rows.add(String.join("\t", f[2], f[3], String.join("|", names)));
        }
        SourceExtract.write(extract, EXTRACT_HEADER, rows);
        return rows.size();
    }

    /** openfootball's clubs file: each club's first name, then the names of the "|" lines under it. */
    static Map<String, List<String>> openfootballNames(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("=")) {
                continue;
            }
            if (raw.startsWith(" ") || raw.startsWith("\t")) {
                String body = raw.strip();
                if (current == null || !body.startsWith("|") || body.contains("old name")) {
                    continue; // comments, stadium lines, and a club's names of long ago
                }
                for (String name : body.replaceFirst("#.*$", "").split("\\|")) {
                    String n = name.strip();
                    if (!n.isEmpty() && n.indexOf('.') < 0) {
                        current.add(n);
                    }
                }
                continue;
            }
            Matcher m = CLUB_LINE.matcher(raw);
            current = m.find() ? out.computeIfAbsent(m.group(1).strip(), k -> new ArrayList<>()) : null;
        }
        return out;
    }

    /** Reads the extract; a line without every column is an error, not a silently missing club. */
    public static List<Club> read(Path extract) throws IOException {
        List<String> lines = SourceExtract.read(extract, EXTRACT_HEADER);
        List<Club> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 3 || !f[0].matches("Q\\d+") || f[1].isBlank()) {
                throw new IOException(extract + ":" + (i + 1) + ": expected 3 columns starting with a Wikidata id and a label");
            }
            List<String> names = new ArrayList<>();
            names.add(f[1]);
            for (String n : f[2].split("\\|")) {
                if (!n.isBlank()) {
                    names.add(n);
                }
            }
            out.add(new Club(f[0], f[1], List.copyOf(names)));
        }
        return out;
    }

    /**
     * Gazetteer lines ({@link GazetteerKind#CLUB}) of the names that may link, the name news uses first ("Arsenal" for
     * "Arsenal F.C."):
     * <ul>
     *   <li>a club is also named without its company form ("Arsenal", "Bournemouth");</li>
     *   <li>a name two clubs share links to neither ("Wimbledon": the old club and AFC Wimbledon);</li>
     *   <li>a name another gazetteer links as an organisation is theirs. A place of the same name is not: the linker
     *   chooses by the span's type, so "Liverpool" tagged ORGANIZATION is the club and tagged LOCATION the city.</li>
     * </ul>
     * Unlike the companies' and the waters' names, a one-word name that is also an English word stays ("Arsenal",
     * "Reading", "Forest"): a club links only from a span the model tagged ORGANIZATION in a story that speaks of
     * football (see EntityLinker), where such a name is the club.
     */
    static List<String> lines(List<Club> clubs, Predicate<String> organisationElsewhere) {
        return lines(clubs, List.of(), organisationElsewhere);
    }

    /**
     * As {@link #lines(List, Predicate)} over the English league system's clubs and then other clubs
     * ({@link FootballClubs}): a club in both lists is one entry, its English names first, then the other list's.
     */
    static List<String> lines(List<Club> english, List<Club> others, Predicate<String> organisationElsewhere) {
        Map<String, Club> byId = new LinkedHashMap<>();
        Set<String> englishIds = new java.util.HashSet<>();
        for (Club c : english) {
            byId.put(c.wikidataId(), c);
            englishIds.add(c.wikidataId());
        }
        // An English club's name is the English club's ("Newcastle" is Newcastle United, though openfootball gives it
        // to Newcastle Jets too): another list's club does not take it, and so does not make it shared.
        Set<String> englishNames = new java.util.HashSet<>();
        for (Club c : english) {
            for (String n : namesWithShortForm(c)) {
                englishNames.add(TextKeys.key(n));
            }
        }
        for (Club other : others) {
            Club c = other;
            if (!englishIds.contains(other.wikidataId())) {
                List<String> names = other.names().stream().filter(n -> n.equals(other.label())
                        || !englishNames.contains(TextKeys.key(n))).toList();
                c = new Club(other.wikidataId(), other.label(), names);
            }
            byId.merge(c.wikidataId(), c, (a, b) -> {
                Set<String> names = new LinkedHashSet<>(a.names());
                names.addAll(b.names());
                return new Club(a.wikidataId(), a.label(), List.copyOf(names));
            });
        }
        return LinkOnlyLines.of(GazetteerKind.CLUB, List.copyOf(byId.values()), Club::wikidataId, EnglishClubs::namesWithShortForm,
                c -> englishIds.contains(c.wikidataId()) ? NOTE : FootballClubs.NOTE, name -> !organisationElsewhere.test(name));
    }

    /** The label without its company or club form: "Arsenal" for "Arsenal F.C.", "Roma" for "AS Roma". */
    static String shortForm(String label) {
        String cut = CLUB_FORM_AFTER.matcher(CLUB_FORM_BEFORE.matcher(label).replaceFirst("")).replaceAll("").strip();
        return cut.isEmpty() ? label : cut;
    }

    /** The label without its company form first ("Arsenal"), then every name of the extract. */
    private static Set<String> namesWithShortForm(Club c) {
        Set<String> out = new LinkedHashSet<>();
        String shortName = shortForm(c.label());
        if (!shortName.isEmpty()) {
            out.add(shortName);
        }
        out.addAll(c.names());
        return out;
    }
}
