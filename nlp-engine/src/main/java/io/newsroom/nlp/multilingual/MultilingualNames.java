package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * French, German and Spanish names of entities the English gazetteers know ({@code Allemagne}, {@code Spanien},
 * {@code OTAN}, {@code Genf}), each resolved at load time to the English gazetteer's entry, so a name links to the
 * Wikidata id the English linker gives the same entity. Built by nlp-tools' MultilingualNamesBuilder. Immutable.
 *
 * <p>File format (gzipped UTF-8): {@code lang TAB kind TAB English canonical name TAB local|local|...}.
 */
public final class MultilingualNames {

    public static final Set<String> LANGUAGES = Set.of("fr", "de", "es");
    public static final String DIR = "/io/newsroom/nlp/models/multilingual/";
    /** Countries, cities and demonyms (world-countries, ODbL, and ours). */
    public static final String PLACES_FILE = "names-places.tsv.gz";
    /** Organisations (supraverden, CC BY-SA 4.0, and ours): kept apart, one share-alike licence a file. */
    public static final String ORGANISATIONS_FILE = "names-organisations.tsv.gz";
    /**
     * Clubs and federations (ours, plain text): the same names in every language, linked to the English gazetteers'
     * club of the same name where there is one; see {@link #SPORT}.
     */
    public static final String SPORT_RESOURCE = DIR + "sport-names.tsv";
    public static final List<String> RESOURCES = List.of(DIR + PLACES_FILE, DIR + ORGANISATIONS_FILE, SPORT_RESOURCE);
    /** Note of the entries of {@link #SPORT_RESOURCE}: evidence of the sport topic. */
    public static final String SPORT = "sports organisation";

    /** lang -> key of a local name -> the English entry it names. */
    private final Map<String, Map<String, GazetteerEntry>> byLanguage = new HashMap<>();
    /**
     * German names by their {@link #undeclined} key: "der Europäischen Kommission", "den Internationalen Währungsfonds"
     * are the gazetteer's "Europäische Kommission", "Internationaler Währungsfonds".
     */
    private final Map<String, GazetteerEntry> declined = new HashMap<>();
    /** Key of a club's or federation's name -> its entry (linked if a club the English gazetteers know), in every language. */
    private final Map<String, GazetteerEntry> sport = new HashMap<>();

    private MultilingualNames() {
    }

    public static MultilingualNames empty() {
        return new MultilingualNames();
    }

    /** Loads the committed names; an absent file yields no names, not an error (as the English gazetteers do). */
    public static MultilingualNames loadDefault(Gazetteer english) {
        MultilingualNames names = new MultilingualNames();
        for (String file : List.of(PLACES_FILE, ORGANISATIONS_FILE)) {
            try (InputStream in = MultilingualNames.class.getResourceAsStream(DIR + file)) {
                if (in != null) {
                    names.read(in, english);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DIR + file, e);
            }
        }
        try (InputStream in = MultilingualNames.class.getResourceAsStream(SPORT_RESOURCE)) {
            if (in != null) {
                names.readSport(in, english);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPORT_RESOURCE, e);
        }
        return names;
    }

    private void read(InputStream raw, Gazetteer english) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                GazetteerEntry entry = pick(english.lookup(f[2]), GazetteerKind.valueOf(f[1]));
                if (entry == null) {
                    continue;
                }
                Map<String, GazetteerEntry> names = byLanguage.computeIfAbsent(f[0], k -> new HashMap<>());
                for (String local : f[3].split("\\|")) {
                    if (!local.isBlank()) {
                        names.putIfAbsent(TextKeys.key(local), entry);
                        if ("de".equals(f[0])) {
                            declined.putIfAbsent(undeclined(local), entry);
                        }
                    }
                }
            }
        }
    }

    private void readSport(InputStream raw, Gazetteer english) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            // Linked where the English gazetteers know the club ("Bayern Munich"), keyed by name where they do not.
            GazetteerEntry club = pick(english.lookupExact(f[0]), GazetteerKind.CLUB);
            GazetteerEntry entry = new GazetteerEntry(GazetteerKind.ORGANISATION, f[0], club == null ? null : club.wikidataId(), SPORT);
            sport.putIfAbsent(TextKeys.key(f[0]), entry);
            for (String alias : f.length > 1 ? f[1].split("\\|") : new String[0]) {
                sport.putIfAbsent(TextKeys.key(alias), entry);
            }
        }
    }

    /** The entry of that kind, one with a Wikidata id first (a capital is in two lists, one of them without ids). */
    static GazetteerEntry pick(List<GazetteerEntry> entries, GazetteerKind kind) {
        GazetteerEntry found = null;
        for (GazetteerEntry e : entries) {
            if (e.kind() == kind && (found == null || found.wikidataId() == null && e.wikidataId() != null)) {
                found = e;
            }
        }
        return found;
    }

    /**
     * Key of a German name with the adjective endings of every word but the last cut back to their stem ("europaische
     * kommission" and "europaischen kommission" both become "europaisch kommission"): declension changes those endings.
     */
    static String undeclined(String name) {
        String[] words = TextKeys.key(name).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i < words.length - 1 && w.length() > 5) {
                w = w.replaceFirst("(e|en|er|es|em)$", "");
            }
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    /** A German multi-word name in another case than the gazetteer's, else null. */
    public GazetteerEntry lookupDeclined(String name) {
        return name.indexOf(' ') < 0 ? null : declined.get(undeclined(name));
    }

    /** The English entry that a name of this language denotes, else null. */
    public GazetteerEntry lookup(String language, String name) {
        Map<String, GazetteerEntry> names = byLanguage.get(language);
        GazetteerEntry entry = names == null ? null : names.get(TextKeys.key(name));
        return entry != null ? entry : sport.get(TextKeys.key(name));
    }
}
