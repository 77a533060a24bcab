package io.newsroom.nlp.gazetteer;

import io.newsroom.nlp.text.TextKeys;
import io.newsroom.nlp.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Compact gazetteers derived from ../shared/data/gazetteers by the GazetteerBuilder of nlp-tools: names and aliases of
 * countries, cities, regions, international organisations and heads of state, with Wikidata ids where the
 * sources have them. Used twice: as membership features for the NER model and for linking. Immutable after
 * loading, so it is safe to share between threads.
 *
 * <p>File format (gzipped UTF-8, one entity per line): {@code kind TAB canonical TAB wikidataId TAB note TAB
 * alias|alias|...}. The places file (cities and regions, which only serve as NER features) holds {@code kind TAB
 * sequence key} per line, each name already made into the keys the sequence matcher looks up ({@link #sequenceKey}).
 */
public final class Gazetteer {

    public static final String RESOURCE_DIR = "/io/newsroom/nlp/models/gazetteers/";
    public static final String ENTITIES_FILES = "countries.tsv.gz,organisations.tsv.gz,leaders.tsv.gz";
    public static final String CITIES_FILE = "places.tsv.gz";
    /**
     * Entities that only link (Natural Earth cities and the UK's nations, and office-holders beyond the current leaders,
     * with Wikidata ids): they add no NER feature, so the committed NER model, trained without them, sees exactly the
     * features it was trained on.
     */
    public static final String CITY_LINKS_FILE = "cities.tsv.gz";
    /**
     * The note of a town of that file ({@code town in <country>}): a place only Natural Earth's finest scale holds.
     * English links it where the NER model found a LOCATION; other languages, which find names by the gazetteers alone,
     * do not look for it (a French "Charlotte" is a woman before it is a town in North Carolina).
     */
    public static final String TOWN_NOTE = "town in ";
    /**
     * Note of a football club outside England's league system (the clubs file). Such a club's short names are towns and
     * words ("Tours", "Dragon", "Marine", "Dnipro"): it links a span typed ORGANIZATION in a football story, and is no
     * evidence of a name's type ({@code hygiene.KnownAs} does not see it).
     */
    public static final String WORLD_CLUB_NOTE = "football club";
    public static final String OFFICE_HOLDERS_FILE = "officeholders.tsv.gz";
    /** England, Scotland, Wales and Northern Ireland (Natural Earth map units): countries to news, in no country list. */
    public static final String MAP_UNIT_LINKS_FILE = "nations.tsv.gz";
    /** Political parties with Wikidata ids, note {@code political party in <country>}: link-only, see EntityLinker. */
    public static final String PARTIES_FILE = "parties.tsv.gz";
    /** Companies, brands and public bodies with Wikidata ids (name-suggestion-index): link-only, see EntityLinker. */
    public static final String OPERATORS_FILE = "operators.tsv.gz";
    /** Seas, oceans, gulfs, straits and large lakes with Wikidata ids (Natural Earth): link-only. */
    public static final String WATERS_FILE = "waters.tsv.gz";
    /** Football clubs of the English league system and of other countries with Wikidata ids: link-only, ORGANIZATION spans. */
    public static final String CLUBS_FILE = "clubs.tsv.gz";
    /** Continents with Wikidata ids (Natural Earth): link-only, LOCATION spans. */
    public static final String REGIONS_FILE = "regions.tsv.gz";
    /** National institutions named without their country, note {@code <what> in <country>}: link-only, see EntityLinker. */
    public static final String INSTITUTIONS_FILE = "institutions.tsv.gz";
    public static final String LINK_ONLY_FILES = CITY_LINKS_FILE + "," + OFFICE_HOLDERS_FILE + "," + MAP_UNIT_LINKS_FILE
            + "," + PARTIES_FILE + "," + WATERS_FILE + "," + OPERATORS_FILE + "," + CLUBS_FILE + "," + REGIONS_FILE
            + "," + INSTITUTIONS_FILE;
    /** Person-name lists (first names; first and last names), NER features only: {@code tokenKey<TAB>F|N|FN}. */
    public static final String NAMES_FILE = "names.tsv.gz";
    /** Longest alias (in tokens) that the sequence matcher tries. */
    static final int MAX_ALIAS_TOKENS = 8;

    private final Map<String, List<GazetteerEntry>> byKey = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byFoldKey = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> bySurname = new HashMap<>();
    /** Token-sequence key -> bit mask of kinds, for NER features (includes cities and regions). */
    private final KeyMasks kindMasks = new KeyMasks(1 << 10);
    /** The first token keys of those sequences (mask 1): most tokens start none, and need no longer lookup. */
    private final KeyMasks firstTokens = new KeyMasks(1 << 10);
    private final Map<String, String> nameKinds = new HashMap<>();
    /** English country name -> its names and aliases and those of its nations and cities, as evidence that an article is about it. */
    private final Map<String, Set<String>> placeNamesByCountry = new HashMap<>();
    /** The same for towns ({@link #TOWN_NOTE}), kept apart: a town is evidence of its country only for another town. */
    private final Map<String, Set<String>> townNamesByCountry = new HashMap<>();
    /**
     * The heads of state and government (current, and former ones of the office-holders) by Wikidata id, each with the
     * country they led ("United Nations" for its Secretary-General).
     */
    private final Map<String, String> leaderCountries = new HashMap<>();
    /** Each country's own names and aliases ("United States", "U.S.", "America"), without its cities. */
    private final Map<String, Set<String>> countryOwnNames = new HashMap<>();
    /** A country's demonyms ("German", "Germans" for Germany), from the DEMONYM entries whose note is the country. */
    private final Map<String, Set<String>> demonymsByCountry = new HashMap<>();
    /** Makes aliases into token keys; it holds no state. */
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private Gazetteer() {
    }

    public static Gazetteer empty() {
        return new Gazetteer();
    }

    /**
     * The committed gazetteers from the classpath; an absent file yields an empty list, not an error. Read once per
     * class loader and shared: the lists are read-only after loading, and every engine, tagger and test of a process
     * would otherwise hold its own copy of the same tens of megabytes.
     */
    public static Gazetteer loadDefault() {
        return Default.INSTANCE;
    }

    /** Holder: the default gazetteers are read on first use. */
    private static final class Default {
        static final Gazetteer INSTANCE = readDefault();
    }

    private static Gazetteer readDefault() {
        Gazetteer g = new Gazetteer();
        for (String file : ENTITIES_FILES.split(",")) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in != null) {
                    g.readEntities(in, true, true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + file, e);
            }
        }
        for (String file : LINK_ONLY_FILES.split(",")) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in != null) {
                    g.readEntities(in, false, !file.equals(OFFICE_HOLDERS_FILE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + file, e);
            }
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + CITIES_FILE)) {
            if (in != null) {
                g.readPlaces(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + CITIES_FILE, e);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + NAMES_FILE)) {
            if (in != null) {
                g.readNames(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + NAMES_FILE, e);
        }
        return g;
    }

    /** Loads gazetteer files from a directory (used by training in nlp-tools right after building them). */
    public static Gazetteer load(java.nio.file.Path dir) throws IOException {
        Gazetteer g = new Gazetteer();
        for (String file : ENTITIES_FILES.split(",")) {
            java.nio.file.Path p = dir.resolve(file);
            if (java.nio.file.Files.exists(p)) {
                try (InputStream in = java.nio.file.Files.newInputStream(p)) {
                    g.readEntities(in, true, true);
                }
            }
        }
        for (String file : LINK_ONLY_FILES.split(",")) {
            java.nio.file.Path linkOnly = dir.resolve(file);
            if (java.nio.file.Files.exists(linkOnly)) {
                try (InputStream in = java.nio.file.Files.newInputStream(linkOnly)) {
                    g.readEntities(in, false, !file.equals(OFFICE_HOLDERS_FILE));
                }
            }
        }
        java.nio.file.Path places = dir.resolve(CITIES_FILE);
        if (java.nio.file.Files.exists(places)) {
            try (InputStream in = java.nio.file.Files.newInputStream(places)) {
                g.readPlaces(in);
            }
        }
        java.nio.file.Path names = dir.resolve(NAMES_FILE);
        if (java.nio.file.Files.exists(names)) {
            try (InputStream in = java.nio.file.Files.newInputStream(names)) {
                g.readNames(in);
            }
        }
        return g;
    }

    /**
     * {@code features}: whether the names also become NER gazetteer features (sequence kinds); {@code english}: whether
     * the file's canonical names are English (see {@link GazetteerEntry#english()}).
     */
    private void readEntities(InputStream raw, boolean features, boolean english) throws IOException {
        try (BufferedReader r = reader(raw)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    continue;
                }
                GazetteerEntry e = new GazetteerEntry(GazetteerKind.valueOf(f[0]), f[1],
                        f[2].isEmpty() ? null : f[2], f[3], english);
                add(e, f[1], features);
                for (String alias : f[4].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(e, alias, features);
                    }
                }
                addPlaceNames(e, f[4]);
                if (e.kind() == GazetteerKind.PERSON && (features || leads(e.note()))) {
                    String[] parts = f[1].split(" ");
                    if (parts.length > 1) {
                        bySurname.computeIfAbsent(TextKeys.foldKey(parts[parts.length - 1]), k -> new ArrayList<>(1)).add(e);
                    }
                    if (e.wikidataId() != null) {
                        leaderCountries.putIfAbsent(e.wikidataId(), leadersCountry(e.note()));
                    }
                }
            }
        }
    }

    /** Countries, and cities, towns and nations whose note names their country ("city in X", "capital of X", "part of X"). */
    private void addPlaceNames(GazetteerEntry e, String aliases) {
        if (e.kind() == GazetteerKind.DEMONYM && !e.note().isEmpty()) {
            Set<String> names = demonymsByCountry.computeIfAbsent(e.note(), k -> new HashSet<>());
            names.add(e.canonical());
            for (String alias : aliases.split("\\|")) {
                if (!alias.isBlank()) {
                    names.add(alias);
                }
            }
            return;
        }
        String country = null;
        Map<String, Set<String>> byCountry = placeNamesByCountry;
        if (e.kind() == GazetteerKind.COUNTRY && !e.note().startsWith("part of ")) {
            country = e.canonical();
            Set<String> own = countryOwnNames.computeIfAbsent(country, k -> new HashSet<>());
            own.add(e.canonical());
            for (String alias : aliases.split("\\|")) {
                if (!alias.isBlank()) {
                    own.add(alias);
                }
            }
        } else if (e.kind() == GazetteerKind.COUNTRY || e.kind() == GazetteerKind.CITY) {
            for (String prefix : new String[]{"part of ", "city in ", TOWN_NOTE, "capital of "}) {
                if (e.note().startsWith(prefix)) {
                    country = e.note().substring(prefix.length());
                    byCountry = prefix.equals(TOWN_NOTE) ? townNamesByCountry : placeNamesByCountry;
                }
            }
        }
        if (country == null) {
            return;
        }
        Set<String> names = byCountry.computeIfAbsent(country, k -> new HashSet<>());
        names.add(e.canonical());
        for (String alias : aliases.split("\\|")) {
            if (!alias.isBlank()) {
                names.add(alias);
            }
        }
    }

    /** Names of a country, its nations and its known cities (empty when the country is unknown). */
    public Set<String> placeNames(String country) {
        return placeNamesByCountry.getOrDefault(country, Set.of());
    }

    /** Every country by its own names and aliases, without its cities (read-only). */
    public Map<String, Set<String>> countryOwnNames() {
        return java.util.Collections.unmodifiableMap(countryOwnNames);
    }

    /** A country's demonyms ("German" for Germany; empty when it has none). */
    public Set<String> demonyms(String country) {
        return demonymsByCountry.getOrDefault(country, Set.of());
    }

    /** Names of a country's towns ({@link #TOWN_NOTE}; empty when it has none). */
    public Set<String> townNames(String country) {
        return townNamesByCountry.getOrDefault(country, Set.of());
    }

    /**
     * Whether an entry is a head of state or government (current, or a former one of the office-holders): those are the
     * people a bare surname may link to, and the ones who keep a name that a lesser office-holder shares.
     */
    public boolean isLeader(GazetteerEntry e) {
        String[] parts = e.canonical().split(" ");
        return e.kind() == GazetteerKind.PERSON && parts.length > 1 && lookupSurname(parts[parts.length - 1]).contains(e);
    }

    private void readNames(InputStream raw) throws IOException {
        try (BufferedReader r = reader(raw)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    nameKinds.put(line.substring(0, tab), line.substring(tab + 1).intern());
                }
            }
        }
    }

    /** {@code F}, {@code N} or {@code FN} for a token key on the person-name lists, else null. */
    public String nameKinds(String tokenKey) {
        return nameKinds.get(tokenKey);
    }

    /** Whether the word is on the first-name lists ("Victoria", "David"; never a name of several words). */
    public boolean isFirstName(String word) {
        String kinds = nameKinds.get(TextKeys.tokenKey(word));
        return kinds != null && kinds.contains("F");
    }

    private void readPlaces(InputStream raw) throws IOException {
        try (BufferedReader r = reader(raw)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    addKey(line, tab + 1, GazetteerKind.valueOf(line.substring(0, tab)));
                }
            }
        }
    }

    private static BufferedReader reader(InputStream raw) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    private void add(GazetteerEntry e, String alias, boolean features) {
        List<GazetteerEntry> list = byKey.computeIfAbsent(TextKeys.key(alias), k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
        if (e.kind() == GazetteerKind.OPERATOR) {
            // Exact names only: folding is for names spelt from other scripts, and it would make "BBC" the
            // "BCC" of a brand list and "Bank" the "BBBank".
            return;
        }
        List<GazetteerEntry> folded = byFoldKey.computeIfAbsent(TextKeys.foldKey(alias), k -> new ArrayList<>(1));
        if (!folded.contains(e)) {
            folded.add(e);
        }
        if (features) {
            addSequence(alias, e.kind());
        }
    }

    private void addSequence(String alias, GazetteerKind kind) {
        String key = sequenceKey(alias);
        if (key != null) {
            addKey(key, 0, kind);
        }
    }

    /**
     * An alias as the sequence matcher sees it: its tokens' keys joined by one space ("Sant Julià de Lòria" becomes
     * "sant julia de loria"), or null when it has no token or more than {@link #MAX_ALIAS_TOKENS}. The places file holds
     * its 150,000 names as these keys, so that loading it takes no tokenising: most of the engine's load time did.
     */
    public static String sequenceKey(String alias) {
        if (isLettersAndSpaces(alias)) {
            // Fast path for most names: no tokenizer needed for "Sant Julia de Loria".
            int words = 1;
            for (int i = 0; i < alias.length(); i++) {
                words += alias.charAt(i) == ' ' ? 1 : 0;
            }
            return words > MAX_ALIAS_TOKENS ? null : TextKeys.tokenKey(alias);
        }
        List<io.newsroom.nlp.text.Token> toks = TOKENIZER.tokenize(alias);
        if (toks.isEmpty() || toks.size() > MAX_ALIAS_TOKENS) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (io.newsroom.nlp.text.Token t : toks) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(TextKeys.tokenKey(t.text()));
        }
        return sb.toString();
    }

    /** Adds the sequence key that starts at {@code from}, hashed once: its hash at the first space is its first token's. */
    private void addKey(String line, int from, GazetteerKind kind) {
        long hash = KeyMasks.EMPTY;
        long first = hash;
        boolean oneToken = true;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' && oneToken) {
                first = hash;
                oneToken = false;
            }
            hash = KeyMasks.append(hash, c);
        }
        kindMasks.merge(hash, 1 << kind.ordinal());
        firstTokens.merge(oneToken ? hash : first, 1);
    }

    private static boolean isLettersAndSpaces(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : !Character.isLetter(c) || c >= 0x250) {
                return false;
            }
        }
        return true;
    }

    /** Entries whose name or alias matches exactly (after case/accent folding), else by transliteration fold. */
    /** The entries of a name as written (its key), without the transliteration folding {@link #lookup} falls back to. */
    public List<GazetteerEntry> lookupExact(String name) {
        return byKey.getOrDefault(TextKeys.key(name), List.of());
    }

    public List<GazetteerEntry> lookup(String name) {
        String key = TextKeys.key(name);
        List<GazetteerEntry> exact = byKey.get(key);
        if (exact != null) {
            return exact;
        }
        return byFoldKey.getOrDefault(TextKeys.foldOfKey(key), List.of());
    }

    /**
     * Whether an office-holder beyond the current leaders may be linked by surname: heads of state and government and
     * UN secretaries-general are named by surname alone in the news; members of parliament are not.
     */
    private static boolean leads(String note) {
        return note.contains("head of state") || note.contains("head of government") || note.contains("Secretary-General of the United Nations");
    }

    /**
     * The country a head of state or government led, by their Wikidata id ("United Nations" for its Secretary-General),
     * or null when the id is no leader's.
     */
    public String leaderCountry(String wikidataId) {
        return leaderCountries.get(wikidataId);
    }

    /**
     * The country in a leader's note: the office-holders' "head of government of United Kingdom" (among their other
     * offices), the leaders table's "President of Brazil" or "Prime Minister of the United Kingdom".
     */
    static String leadersCountry(String note) {
        String office = note;
        for (String part : note.split("; ")) {
            if (leads(part)) {
                office = part;
                break;
            }
        }
        int of = office.lastIndexOf(" of ");
        String country = of < 0 ? office : office.substring(of + 4);
        return country.startsWith("the ") ? country.substring(4) : country;
    }

    /** Leaders whose surname matches (folded); for a one-word PERSON mention such as "Tokayev". */
    public List<GazetteerEntry> lookupSurname(String surname) {
        return bySurname.getOrDefault(TextKeys.foldKey(surname), List.of());
    }

    public boolean isFirstToken(String tokenKey) {
        return firstTokens.get(KeyMasks.of(tokenKey)) != 0;
    }

    /** Kinds (bit mask over {@link GazetteerKind#ordinal()}) of a space-joined token-key sequence, 0 if none. */
    public int kindMask(String tokenKeySequence) {
        return kindMasks.get(KeyMasks.of(tokenKeySequence));
    }

    /**
     * Longest matches of known people, organisations and countries (not cities: too many are also common
     * words) in a token sequence, as {start, end, kind ordinal}; people win over organisations over countries
     * when one alias is several things.
     */
    public List<int[]> entityMatches(String[] tokenKeys, boolean[] capitalised) {
        int wanted = (1 << GazetteerKind.PERSON.ordinal()) | (1 << GazetteerKind.ORGANISATION.ordinal())
                | (1 << GazetteerKind.COUNTRY.ordinal());
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokenKeys.length) {
            int bestLen = 0;
            int bestMask = 0;
            if (capitalised[i] && firstTokens.get(KeyMasks.of(tokenKeys[i])) != 0) {
                long key = KeyMasks.EMPTY;
                for (int len = 1; len <= MAX_ALIAS_TOKENS && i + len <= tokenKeys.length; len++) {
                    if (len > 1) {
                        key = KeyMasks.append(key, ' ');
                    }
                    key = KeyMasks.append(key, tokenKeys[i + len - 1]);
                    int mask = kindMasks.get(key);
                    if ((mask & wanted) != 0 && capitalised[i + len - 1]) {
                        bestLen = len;
                        bestMask = mask & wanted;
                    }
                }
            }
            if (bestLen == 0) {
                i++;
                continue;
            }
            GazetteerKind kind = (bestMask & (1 << GazetteerKind.PERSON.ordinal())) != 0 ? GazetteerKind.PERSON
                    : (bestMask & (1 << GazetteerKind.ORGANISATION.ordinal())) != 0 ? GazetteerKind.ORGANISATION
                    : GazetteerKind.COUNTRY;
            out.add(new int[]{i, i + bestLen, kind.ordinal()});
            i += bestLen;
        }
        return out;
    }

    /**
     * Marks gazetteer matches in a token sequence: for each token, for each kind, the BILOU position of the
     * longest match covering it. Result[i] is a list of strings like "COUNTRY-U" (empty when none).
     */
    public List<List<String>> matchSequence(String[] tokenKeys, boolean[] capitalised) {
        int[][] codes = matchCodes(tokenKeys, capitalised);
        List<List<String>> out = new ArrayList<>(codes.length);
        for (int[] token : codes) {
            List<String> names = new ArrayList<>(2);
            for (int code : token) {
                names.add(matchName(code));
            }
            out.add(names);
        }
        return out;
    }

    /** The number of distinct match codes of {@link #matchCodes}: one per kind and BILOU position. */
    public static final int MATCH_CODES = GazetteerKind.values().length * 4;
    private static final int[] NO_MATCH = new int[0];
    private static final String[] MATCH_NAMES = new String[MATCH_CODES];

    static {
        for (GazetteerKind kind : GazetteerKind.values()) {
            for (int p = 0; p < 4; p++) {
                MATCH_NAMES[kind.ordinal() * 4 + p] = kind.name() + "-" + "BILU".charAt(p);
            }
        }
    }

    /** "COUNTRY-U" of a match code. */
    public static String matchName(int code) {
        return MATCH_NAMES[code];
    }

    /**
     * {@link #matchSequence} as codes (kind ordinal x 4 + B, I, L, U as 0-3; {@link #matchName} names them), in the
     * same order, without a list and a string per token: the NER features read them for every token of every article.
     */
    public int[][] matchCodes(String[] tokenKeys, boolean[] capitalised) {
        int n = tokenKeys.length;
        int[][] out = new int[n][];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            if (!capitalised[i] || firstTokens.get(KeyMasks.of(tokenKeys[i])) == 0) {
                continue;
            }
            long key = KeyMasks.EMPTY;
            int bestLen = 0;
            int bestMask = 0;
            for (int len = 1; len <= MAX_ALIAS_TOKENS && i + len <= n; len++) {
                if (len > 1) {
                    key = KeyMasks.append(key, ' ');
                }
                key = KeyMasks.append(key, tokenKeys[i + len - 1]);
                int mask = kindMasks.get(key);
                if (mask != 0) {
                    bestLen = len;
                    bestMask = mask;
                }
            }
            if (bestLen == 0) {
                continue;
            }
            for (GazetteerKind kind : GazetteerKind.values()) {
                if ((bestMask & (1 << kind.ordinal())) == 0) {
                    continue;
                }
                for (int k = 0; k < bestLen; k++) {
                    int pos = bestLen == 1 ? 3 : k == 0 ? 0 : k == bestLen - 1 ? 2 : 1;
                    int t = i + k;
                    if (out[t] == null) {
                        out[t] = new int[2];
                    } else if (counts[t] == out[t].length) {
                        out[t] = java.util.Arrays.copyOf(out[t], counts[t] * 2);
                    }
                    out[t][counts[t]++] = kind.ordinal() * 4 + pos;
                }
            }
        }
        for (int t = 0; t < n; t++) {
            out[t] = out[t] == null ? NO_MATCH : java.util.Arrays.copyOf(out[t], counts[t]);
        }
        return out;
    }
}
