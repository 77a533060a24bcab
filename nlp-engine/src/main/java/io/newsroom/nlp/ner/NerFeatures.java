package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.text.TextKeys;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a document (sentences of token strings) into hashed feature ids per token. The same code serves
 * training and tagging, which is what keeps them consistent. Features: the word and its lower-case form,
 * shape, prefixes/suffixes, a ±2 window, shape and word bigrams, gazetteer matches (with BILOU position) at
 * and around the token, and document-level evidence that a single sentence lacks: how the same word is
 * cased elsewhere in the document (this resolves all-caps headlines and sentence-initial words). For the
 * second pass, the first pass's labels of this token, of its neighbours and of other occurrences of the
 * same word in the document (so "Tokayev" inherits PER from "Kassym-Jomart Tokayev"). With word clusters
 * (from word vectors of a large corpus), the cluster of the token and of its neighbours at each granularity,
 * and cluster x shape of the token: a name never seen in training shares these with the names it resembles.
 * With document contexts (the English model's recipe), a capitalised word the document never writes in lower case
 * also gets the neighbours it has at its other occurrences in the document, as words and as clusters: "Tokayev"
 * alone in a sentence still stands where "President Tokayev said" put it. With cased word classes (learned from
 * unlabelled news, case kept), the classes of the token and of its neighbours, read forwards and backwards.
 *
 * <p>Stateless apart from the immutable gazetteer: thread-safe.
 */
public final class NerFeatures {

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final WordClusters casedClasses;
    private final int bits;
    /** Whether capitalised words get the neighbours of their other occurrences in the document (template 96). */
    private final boolean documentContexts;
    /** The cluster granularity of a context neighbour: the second (256 clusters), when the clusters have it. */
    private static final int CONTEXT_CLUSTER_LEVEL = 1;
    /** Ids that depend on no word: the bias, the sentence boundaries, each gazetteer match alone (templates 28-31). */
    private final int emptyFeature;
    private final int prevStart;
    private final int nextEnd;
    private final int prev2Start;
    private final int next2End;
    private final int shapePrevStart;
    private final int shapeNextEnd;
    private final int[][] gazFeatures;

    /** Without document contexts: the recipe of the French, German and Spanish models. */
    public NerFeatures(Gazetteer gazetteer, WordClusters clusters, int bits) {
        this(gazetteer, clusters, bits, false);
    }

    /** Without cased word classes. */
    public NerFeatures(Gazetteer gazetteer, WordClusters clusters, int bits, boolean documentContexts) {
        this(gazetteer, clusters, WordClusters.NONE, bits, documentContexts);
    }

    /**
     * @param clusters         GloVe clusters, keyed by lower-case word ({@link WordClusters#NONE}: none)
     * @param casedClasses     word classes keyed by {@link #casedKey} ({@link WordClusters#NONE}: none)
     * @param documentContexts whether a repeated name gets its other occurrences' neighbours
     */
    public NerFeatures(Gazetteer gazetteer, WordClusters clusters, WordClusters casedClasses, int bits, boolean documentContexts) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.casedClasses = casedClasses;
        this.bits = bits;
        this.documentContexts = documentContexts;
        emptyFeature = f(0, "");
        prevStart = f(12, START);
        nextEnd = f(13, END);
        prev2Start = f(14, START);
        next2End = f(15, END);
        shapePrevStart = f(16, START);
        shapeNextEnd = f(17, END);
        gazFeatures = new int[4][Gazetteer.MATCH_CODES];
        for (int g = 0; g < Gazetteer.MATCH_CODES; g++) {
            for (int t = 28; t <= 31; t++) {
                gazFeatures[t - 28][g] = f(t, Gazetteer.matchName(g));
            }
        }
    }

    public int bits() {
        return bits;
    }

    /**
     * Feature ids for every token of every sentence.
     *
     * @param doc        sentences of tokens
     * @param firstPass  first-pass tags per sentence, or null for the first pass itself
     */
    public int[][][] extract(String[][] doc, int[][] firstPass) {
        Document d = document(doc);
        int[][][] out = d.firstPass();
        return firstPass == null ? out : d.withFirstPass(out, firstPass);
    }

    /**
     * A document read for feature extraction: what each distinct word contributes on its own (its keys, shapes,
     * clusters, name-list kinds and the ids of the features that depend on it alone) is worked out once, not at every
     * occurrence, and serves both passes. A news article repeats most of its words; the ids are the same as worked out
     * token by token (issue 16).
     */
    public Document document(String[][] doc) {
        return new Document(doc);
    }

    /** See {@link #document}: one per document, read-only once built. */
    public final class Document {
        private final String[][] doc;
        private final Word[][] words;
        private final boolean[] allCaps;
        private final DocStats stats;

        private Document(String[][] doc) {
            this.doc = doc;
            int tokens = 0;
            for (String[] sentence : doc) {
                tokens += sentence.length;
            }
            // Sized for every token being a new word: no rehashing while it fills.
            Map<String, Word> seen = new HashMap<>(Math.max(16, tokens * 4 / 3 + 1));
            words = new Word[doc.length][];
            allCaps = new boolean[doc.length];
            for (int s = 0; s < doc.length; s++) {
                String[] sentence = doc[s];
                Word[] ws = new Word[sentence.length];
                for (int i = 0; i < sentence.length; i++) {
                    Word w = seen.get(sentence[i]);
                    if (w == null) {
                        w = new Word(sentence[i]);
                        seen.put(sentence[i], w);
                    }
                    ws[i] = w;
                }
                words[s] = ws;
                allCaps[s] = allCaps(ws);
            }
            stats = new DocStats(words, allCaps, documentContexts);
        }

        /** The first pass's feature ids of every token. */
        public int[][][] firstPass() {
            int[][][] out = new int[doc.length][][];
            IntBuffer buf = new IntBuffer();
            for (int s = 0; s < doc.length; s++) {
                out[s] = sentence(words[s], allCaps[s], stats, buf);
            }
            return out;
        }

        /**
         * The second pass's feature ids: each token's first-pass ids ({@code base}, from {@link #firstPass}, left
         * unchanged) followed by those of the first pass's labels. The same ids in the same order as
         * {@code extract(doc, firstPass)}, so the model's sums are bit for bit the same, without matching the gazetteer
         * and looking up clusters a second time for every token.
         */
        public int[][][] withFirstPass(int[][][] base, int[][] firstPass) {
            Map<String, int[]> typeVotes = typeVotes(words, firstPass);
            int[][][] out = new int[doc.length][][];
            IntBuffer buf = new IntBuffer();
            for (int s = 0; s < doc.length; s++) {
                Word[] ws = words[s];
                int n = ws.length;
                out[s] = new int[n][];
                for (int i = 0; i < n; i++) {
                    buf.clear();
                    buf.addAll(base[s][i]);
                    firstPassFeatures(buf, firstPass[s], i, ws[i].key, ws[i].cap || allCaps[s], typeVotes);
                    out[s][i] = buf.toArray();
                }
            }
            return out;
        }
    }

    /**
     * One distinct word of a document: its forms, and the ids of every feature that depends on it alone, in the
     * order {@link #sentence} adds them.
     */
    private final class Word {
        final String w;
        final String key;
        final String lower;
        final String shortShape;
        final boolean cap;
        final boolean hasLetter;
        final boolean hasLower;
        final String nameKinds;
        /** Templates 1-11: the word, its lower-case form, shape, prefixes and suffixes. */
        final int[] own;
        final int asPrev;
        final int asNext;
        final int asPrev2;
        final int asNext2;
        final int shapeAsPrev;
        final int shapeAsNext;
        final int firstShape;
        final int capsLower;
        /** Cluster templates of the token itself, then as the previous and as the next token. */
        final int[] clusterOwn;
        final int[] clusterAsPrev;
        final int[] clusterAsNext;
        /** Cased word-class templates of the token itself, then as the previous and as the next token (null: none). */
        final int[] casedOwn;
        final int[] casedAsPrev;
        final int[] casedAsNext;
        /**
         * What this word is as the neighbour of a repeated name (document contexts): its lower-case form and its
         * cluster, before and after. Worked out when first asked for: most words never stand beside one.
         */
        private String[] contextAsPrev;
        private String[] contextAsNext;

        Word(String token) {
            w = normalise(token);
            key = TextKeys.tokenKey(w);
            lower = digitsToZero(key);
            String shape = shape(w, 4);
            shortShape = shape(w, 1);
            cap = Character.isUpperCase(w.codePointAt(0));
            hasLetter = NerFeatures.hasLetter(w);
            hasLower = NerFeatures.hasLower(w);
            nameKinds = gazetteer.nameKinds(key);
            int len = w.length();
            int affixes = Math.min(4, len);
            own = new int[3 + 2 * affixes];
            own[0] = f(1, w);
            own[1] = f(2, lower);
            own[2] = f(3, shape);
            int ll = lower.length();
            for (int k = 1; k <= affixes; k++) {
                int p = Math.min(k, ll);
                own[1 + 2 * k] = f(3 + k, p, hash(lower, 0, p));
                int from = Math.max(0, ll - k);
                own[2 + 2 * k] = f(7 + k, ll - from, hash(lower, from, ll));
            }
            asPrev = f(12, lower);
            asNext = f(13, lower);
            asPrev2 = f(14, lower);
            asNext2 = f(15, lower);
            shapeAsPrev = f(16, shortShape);
            shapeAsNext = f(17, shortShape);
            firstShape = f(25, shape);
            capsLower = f(26, lower);
            int levels = clusters.levels();
            if (levels == 0) {
                clusterOwn = clusterAsPrev = clusterAsNext = null;
            } else {
                int[] c = clusters.lookup(key);
                if (c == null) {
                    clusterOwn = new int[] {f(50, -1), f(51, -1, shortShape)};
                    clusterAsPrev = new int[] {f(68, -1)};
                    clusterAsNext = new int[] {f(76, -1)};
                } else {
                    clusterOwn = new int[2 * levels];
                    clusterAsPrev = new int[levels];
                    clusterAsNext = new int[levels];
                    for (int l = 0; l < levels; l++) {
                        clusterOwn[2 * l] = f(52 + l, c[l]);
                        clusterOwn[2 * l + 1] = f(60 + l, c[l], shortShape);
                        clusterAsPrev[l] = f(68 + 1 + l, c[l]);
                        clusterAsNext[l] = f(76 + 1 + l, c[l]);
                    }
                }
            }
            int casedLevels = casedClasses.levels();
            if (casedLevels == 0) {
                casedOwn = casedAsPrev = casedAsNext = null;
            } else {
                int[] c = casedClasses.lookup(digitsToZero(w)); // casedKey(token): w is already normalised
                if (c == null) {
                    casedOwn = new int[] {f(119, -1)};
                    casedAsPrev = new int[] {f(129, -1)};
                    casedAsNext = new int[] {f(139, -1)};
                } else {
                    casedOwn = new int[casedLevels];
                    casedAsPrev = new int[casedLevels];
                    casedAsNext = new int[casedLevels];
                    for (int l = 0; l < casedLevels; l++) {
                        casedOwn[l] = f(120 + l, c[l]);
                        casedAsPrev[l] = f(130 + l, c[l]);
                        casedAsNext[l] = f(140 + l, c[l]);
                    }
                }
            }
        }

        String[] contextAsPrev() {
            if (contextAsPrev == null) {
                String cluster = contextCluster();
                contextAsPrev = cluster == null ? new String[] {"p|" + lower} : new String[] {"p|" + lower, "P|" + cluster};
            }
            return contextAsPrev;
        }

        String[] contextAsNext() {
            if (contextAsNext == null) {
                String cluster = contextCluster();
                contextAsNext = cluster == null ? new String[] {"n|" + lower} : new String[] {"n|" + lower, "N|" + cluster};
            }
            return contextAsNext;
        }

        /** The word's cluster at {@link #CONTEXT_CLUSTER_LEVEL}, "-" when it has none, null when the clusters lack it. */
        private String contextCluster() {
            if (clusters.levels() <= CONTEXT_CLUSTER_LEVEL) {
                return null;
            }
            int[] c = clusters.lookup(key);
            return c == null ? "-" : Integer.toString(c[CONTEXT_CLUSTER_LEVEL]);
        }
    }

    /** A sentence in capitals (a headline): at least two tokens with letters, none of them lower case. */
    private static boolean allCaps(Word[] words) {
        boolean allCaps = true;
        int letters = 0;
        for (Word w : words) {
            if (w.hasLetter) {
                letters++;
                allCaps &= !w.hasLower;
            }
        }
        return allCaps && letters >= 2;
    }

    /**
     * Ids of the word-identity features of one token (the word, its lower-case form, and the lower-case form
     * of an all-capitals sentence): what word-identity dropout hides in training.
     */
    public int[] identity(String word) {
        String w = normalise(word);
        String lower = digitsToZero(TextKeys.tokenKey(w));
        return new int[] {f(1, w), f(2, lower), f(26, lower)};
    }

    private static final int[] NO_IDS = new int[0];
    private static final String[] CASINGS = {"--", "-L", "C-", "CL"};
    /** A sentence's edge as a document context: the same with and without clusters. */
    private static final String[] CONTEXT_START = {"p|<S>", "P|<S>"};
    private static final String[] CONTEXT_END = {"n|</S>", "N|</S>"};

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
    private static final String START = "<S>";
    private static final String END = "</S>";

    private int[][] sentence(Word[] ws, boolean allCaps, DocStats stats, IntBuffer buf) {
        int n = ws.length;
        String[] keys = new String[n];
        boolean[] cap = new boolean[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ws[i].key;
            cap[i] = ws[i].cap;
        }
        int[][] gaz = gazetteer.matchCodes(keys, cap);
        boolean withClusters = clusters.levels() > 0;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            buf.clear();
            Word x = ws[i];
            Word prev = i > 0 ? ws[i - 1] : null;
            Word next = i + 1 < n ? ws[i + 1] : null;
            String ss = x.shortShape;
            buf.add(emptyFeature);
            buf.addAll(x.own);
            String p1 = prev != null ? prev.lower : START;
            String n1 = next != null ? next.lower : END;
            String ps = prev != null ? prev.shortShape : START;
            String ns = next != null ? next.shortShape : END;
            buf.add(prev != null ? prev.asPrev : prevStart);
            buf.add(next != null ? next.asNext : nextEnd);
            buf.add(i > 1 ? ws[i - 2].asPrev2 : prev2Start);
            buf.add(i + 2 < n ? ws[i + 2].asNext2 : next2End);
            buf.add(prev != null ? prev.shapeAsPrev : shapePrevStart);
            buf.add(next != null ? next.shapeAsNext : shapeNextEnd);
            buf.add(f(18, ps, ss));
            buf.add(f(19, ss, ns));
            buf.add(f(20, ps.length() + ss.length(), concatHash(ps, ss), ns));
            buf.add(f(21, p1, x.lower));
            buf.add(f(22, x.lower, n1));
            buf.add(f(23, p1, ss));
            buf.add(f(24, ss, n1));
            if (i == 0) {
                buf.add(x.firstShape);
            }
            if (allCaps) {
                buf.add(x.capsLower);
                buf.add(f(27, p1, x.lower));
            }
            for (int g : gaz[i]) {
                buf.add(gazFeatures[0][g]);
                buf.add(f(29, Gazetteer.matchName(g), ss));
            }
            if (i > 0) {
                for (int g : gaz[i - 1]) {
                    buf.add(gazFeatures[2][g]);
                }
            }
            if (i + 1 < n) {
                for (int g : gaz[i + 1]) {
                    buf.add(gazFeatures[3][g]);
                }
            }
            if (x.cap || allCaps) {
                String key = x.key;
                boolean initial = i == 0 || allCaps;
                int capElsewhere = stats.capitalised(key) - (!initial && isTitleCase(x.w) ? 1 : 0);
                int lowerElsewhere = stats.lowercase(key);
                String casing = CASINGS[(capElsewhere > 0 ? 2 : 0) + (lowerElsewhere > 0 ? 1 : 0)];
                buf.add(f(32, casing));
                buf.add(f(33, casing, initial ? "init" : "mid"));
                buf.add(f(34, casing, ss));
                // Person-name lists: a first name before a capitalised word, or a known surname, points to PER
                String names = x.nameKinds;
                String before = prev != null && (prev.cap || allCaps) ? prev.nameKinds : null;
                String after = next != null && (next.cap || allCaps) ? next.nameKinds : null;
                buf.add(f(35, names == null ? "-" : names));
                buf.add(f(36, before == null ? "-" : before, names == null ? "-" : names));
                buf.add(f(37, names == null ? "-" : names, after == null ? "-" : after));
            }
            if (x.casedOwn != null) {
                buf.addAll(x.casedOwn);
                buf.addAll(prev != null ? prev.casedAsPrev : NO_IDS);
                buf.addAll(next != null ? next.casedAsNext : NO_IDS);
            }
            if (withClusters) {
                buf.addAll(x.clusterOwn);
                if (prev != null) {
                    buf.addAll(prev.clusterAsPrev);
                }
                if (next != null) {
                    buf.addAll(next.clusterAsNext);
                }
            }
            // A word the document also writes in lower case ("The" at each sentence start) is no name: its contexts
            // would be many, say little, and cost a weight row per context at every occurrence.
            if (documentContexts && x.cap && !allCaps && stats.lowercase(x.key) == 0) {
                Map<String, Integer> elsewhere = stats.contexts(x.key);
                if (elsewhere != null) {
                    String[] ownPrev = prev != null ? prev.contextAsPrev() : CONTEXT_START;
                    String[] ownNext = next != null ? next.contextAsNext() : CONTEXT_END;
                    for (Map.Entry<String, Integer> e : elsewhere.entrySet()) {
                        // Only what the word's other occurrences add: this occurrence's own neighbours are features already.
                        String context = e.getKey();
                        int own = contains(ownPrev, context) || contains(ownNext, context) ? 1 : 0;
                        if (e.getValue() > own) {
                            buf.add(f(96, context));
                        }
                    }
                }
            }
            out[i] = buf.toArray();
        }
        return out;
    }

    /**
     * The first pass's labels of the token and its neighbours, and how the first pass labelled the same word elsewhere
     * in the document (for a capitalised token).
     */
    private void firstPassFeatures(IntBuffer buf, int[] tags1, int i, String key, boolean capitalised,
                                   Map<String, int[]> typeVotes) {
        int n = tags1.length;
        String t0 = NerTags.name(tags1[i]);
        buf.add(f(40, t0));
        buf.add(f(41, i > 0 ? NerTags.name(tags1[i - 1]) : "<S>", t0));
        buf.add(f(42, t0, i + 1 < n ? NerTags.name(tags1[i + 1]) : "</S>"));
        int[] votes = typeVotes.get(key);
        if (votes != null && capitalised) {
            int own = tags1[i] == 0 ? -1 : NerTags.type(tags1[i]);
            int best = -1;
            int bestVotes = 0;
            int total = 0;
            for (int t = 0; t < votes.length; t++) {
                int v = votes[t] - (t == own ? 1 : 0);
                total += v;
                if (v > bestVotes) {
                    best = t;
                    bestVotes = v;
                }
            }
            if (best >= 0) {
                String type = NerTags.TYPES[best];
                buf.add(f(43, type));
                buf.add(f(44, type, t0));
                buf.add(f(45, type, bestVotes == total ? "all" : "most"));
            }
        }
    }

    /** Per lower-case key, how often the first pass put it inside an entity of each type. */
    private static Map<String, int[]> typeVotes(Word[][] doc, int[][] tags) {
        Map<String, int[]> votes = new HashMap<>();
        for (int s = 0; s < doc.length; s++) {
            for (int i = 0; i < doc[s].length; i++) {
                if (tags[s][i] != 0) {
                    votes.computeIfAbsent(doc[s][i].key, k -> new int[NerTags.TYPES.length])[NerTags.type(tags[s][i])]++;
                }
            }
        }
        return votes;
    }

    private int f(int template, String s) {
        return f(template, s.length(), s.hashCode());
    }

    /** {@link #f(int, String)} of a string of this length and {@link String#hashCode}, without the string. */
    private int f(int template, int length, int hash) {
        long h = ((long) template << 40) ^ ((long) length << 32) ^ (hash & 0xFFFFFFFFL);
        return (int) (mix(h) >>> (64 - bits));
    }

    /** {@link #f(int, String, String)} with the first string given by its length and hash. */
    private int f(int template, int lengthA, int hashA, String b) {
        long h = ((long) template << 40) ^ ((long) lengthA << 32) ^ (hashA & 0xFFFFFFFFL);
        h = mix(h) * 0x9E3779B97F4A7C15L + (((long) b.length() << 32) ^ (b.hashCode() & 0xFFFFFFFFL));
        return (int) (mix(h) >>> (64 - bits));
    }

    /** {@link String#hashCode} of {@code s.substring(from, to)}, without the substring. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** {@link String#hashCode} of {@code a + b}, without the concatenation: the hash is a polynomial in 31. */
    private static int concatHash(String a, String b) {
        int h = a.hashCode();
        for (int i = 0; i < b.length(); i++) {
            h *= 31;
        }
        return h + b.hashCode();
    }

    /** Numeric-valued feature (cluster ids) without building a string. */
    private int f(int template, int value) {
        long h = ((long) template << 40) ^ 0xC1A5_0000_0000L ^ (value & 0xFFFFFFFFL);
        return (int) (mix(h) >>> (64 - bits));
    }

    private int f(int template, int value, String b) {
        long h = ((long) template << 40) ^ 0xC1A5_0000_0000L ^ (value & 0xFFFFFFFFL);
        h = mix(h) * 0x9E3779B97F4A7C15L + (((long) b.length() << 32) ^ (b.hashCode() & 0xFFFFFFFFL));
        return (int) (mix(h) >>> (64 - bits));
    }

    private int f(int template, String a, String b) {
        long h = ((long) template << 40) ^ ((long) a.length() << 32) ^ (a.hashCode() & 0xFFFFFFFFL);
        h = mix(h) * 0x9E3779B97F4A7C15L + (((long) b.length() << 32) ^ (b.hashCode() & 0xFFFFFFFFL));
        return (int) (mix(h) >>> (64 - bits));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** A token as the cased word classes know it: ASCII quotes, digits as 0, case kept. */
    public static String casedKey(String token) {
        return digitsToZero(normalise(token));
    }

    /** Typographic quotes and apostrophes as in the (ASCII) training data. */
    static String normalise(String w) {
        if (w.length() <= 2) {
            switch (w) {
                case "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB" -> {
                    return "\"";
                }
                case "\u2018", "\u2019" -> {
                    return "'";
                }
                case "\u2019s", "\u2019S" -> {
                    return "'s";
                }
                case "\u2013", "\u2014" -> {
                    return "-";
                }
                default -> {
                    return w;
                }
            }
        }
        return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
    }

    static String shape(String w, int maxRun) {
        StringBuilder sb = new StringBuilder(Math.min(w.length(), 12));
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length() && sb.length() < 12; i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= maxRun) {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    private static String digitsToZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                char[] cs = s.toCharArray();
                for (int k = i; k < cs.length; k++) {
                    if (Character.isDigit(cs[k])) {
                        cs[k] = '0';
                    }
                }
                return new String(cs);
            }
        }
        return s;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String w) {
        return Character.isUpperCase(w.charAt(0)) && hasLower(w);
    }

    /** How each word is cased across the document, and (with document contexts) a capitalised word's neighbours. */
    private static final class DocStats {
        /** Word key -> {capitalised inside a sentence, in lower case, capitalised anywhere}. */
        private final Map<String, int[]> counts = new HashMap<>();
        /** Capitalised word key -> its neighbours' context strings over the document, with how often each occurs. */
        private final Map<String, Map<String, Integer>> contexts;

        DocStats(Word[][] doc, boolean[] allCaps, boolean documentContexts) {
            for (int s = 0; s < doc.length; s++) {
                if (allCaps[s]) {
                    continue; // headlines in capitals say nothing about the usual casing of a word
                }
                Word[] sentence = doc[s];
                for (int i = 0; i < sentence.length; i++) {
                    Word w = sentence[i];
                    if (!w.hasLetter) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(w.key, k -> new int[3]);
                    if (Character.isLowerCase(w.w.codePointAt(0))) {
                        c[1]++;
                    } else if (i > 0 && isTitleCase(w.w)) {
                        c[0]++;
                    }
                    if (w.cap) {
                        c[2]++;
                    }
                }
            }
            contexts = documentContexts ? contexts(doc, allCaps) : null;
        }

        /**
         * The neighbours of every capitalised word that occurs more than once and never in lower case: only those
         * get context features, so only those are worth the maps.
         */
        private Map<String, Map<String, Integer>> contexts(Word[][] doc, boolean[] allCaps) {
            Map<String, Map<String, Integer>> out = new HashMap<>();
            for (int s = 0; s < doc.length; s++) {
                if (allCaps[s]) {
                    continue;
                }
                Word[] sentence = doc[s];
                for (int i = 0; i < sentence.length; i++) {
                    Word w = sentence[i];
                    int[] c = w.cap && w.hasLetter ? counts.get(w.key) : null;
                    if (c == null || c[1] > 0 || c[2] < 2) {
                        continue;
                    }
                    Map<String, Integer> m = out.computeIfAbsent(w.key, k -> new HashMap<>());
                    for (String context : i > 0 ? sentence[i - 1].contextAsPrev() : CONTEXT_START) {
                        m.merge(context, 1, Integer::sum);
                    }
                    for (String context : i + 1 < sentence.length ? sentence[i + 1].contextAsNext() : CONTEXT_END) {
                        m.merge(context, 1, Integer::sum);
                    }
                }
            }
            return out;
        }

        int capitalised(String key) {
            int[] c = counts.get(key);
            return c == null ? 0 : c[0];
        }

        int lowercase(String key) {
            int[] c = counts.get(key);
            return c == null ? 0 : c[1];
        }

        /** The neighbours of a capitalised word's occurrences, or null (none, or no document contexts). */
        Map<String, Integer> contexts(String key) {
            return contexts == null ? null : contexts.get(key);
        }
    }

    /** Growable int array reused across tokens. */
    private static final class IntBuffer {
        private int[] data = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void addAll(int[] values) {
            if (size + values.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + values.length));
            }
            System.arraycopy(values, 0, data, size, values.length);
            size += values.length;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
