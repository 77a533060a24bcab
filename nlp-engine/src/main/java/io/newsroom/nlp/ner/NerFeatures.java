package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.text.TextKeys;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>Stateless apart from the immutable gazetteer: thread-safe.
 */
public final class NerFeatures {

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final int bits;

    public NerFeatures(Gazetteer gazetteer, WordClusters clusters, int bits) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.bits = bits;
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
        DocStats stats = new DocStats(doc);
        int[][][] out = new int[doc.length][][];
        IntBuffer buf = new IntBuffer();
        for (int s = 0; s < doc.length; s++) {
            out[s] = sentence(doc[s], stats, buf);
        }
        return firstPass == null ? out : withFirstPass(doc, out, firstPass);
    }

    /**
     * The second pass's feature ids: each token's first-pass ids ({@code base}, from {@code extract(doc, null)}, left
     * unchanged) followed by those of the first pass's labels. The same ids in the same order as extracting them
     * afresh, so the model's sums are bit for bit the same, without matching the gazetteer and looking up clusters
     * a second time for every token.
     */
    public int[][][] withFirstPass(String[][] doc, int[][][] base, int[][] firstPass) {
        Map<String, int[]> typeVotes = typeVotes(doc, firstPass);
        int[][][] out = new int[doc.length][][];
        IntBuffer buf = new IntBuffer();
        for (int s = 0; s < doc.length; s++) {
            String[] words = doc[s];
            int n = words.length;
            String[] keys = new String[n];
            boolean[] cap = new boolean[n];
            for (int i = 0; i < n; i++) {
                String w = normalise(words[i]);
                keys[i] = TextKeys.tokenKey(w);
                cap[i] = Character.isUpperCase(w.codePointAt(0));
            }
            boolean allCaps = allCaps(words);
            out[s] = new int[n][];
            for (int i = 0; i < n; i++) {
                buf.clear();
                buf.addAll(base[s][i]);
                firstPassFeatures(buf, firstPass[s], i, keys[i], cap[i] || allCaps, typeVotes);
                out[s][i] = buf.toArray();
            }
        }
        return out;
    }

    /** A sentence in capitals (a headline): at least two tokens with letters, none of them lower case. */
    private static boolean allCaps(String[] words) {
        boolean allCaps = true;
        int letters = 0;
        for (String word : words) {
            String w = normalise(word);
            if (hasLetter(w)) {
                letters++;
                allCaps &= !hasLower(w);
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

    private int[][] sentence(String[] words, DocStats stats, IntBuffer buf) {
        int n = words.length;
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[] shortShape = new String[n];
        boolean[] cap = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = normalise(words[i]);
            lower[i] = digitsToZero(TextKeys.tokenKey(w));
            shape[i] = shape(w, 4);
            shortShape[i] = shape(w, 1);
            cap[i] = Character.isUpperCase(w.codePointAt(0));
        }
        boolean allCaps = allCaps(words);
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = TextKeys.tokenKey(normalise(words[i]));
        }
        List<List<String>> gaz = gazetteer.matchSequence(keys, cap);
        // Looked up once per token: each capitalised token reads its own and its neighbours' kinds.
        String[] nameKinds = new String[n];
        for (int i = 0; i < n; i++) {
            nameKinds[i] = gazetteer.nameKinds(keys[i]);
        }
        int[][] cl = new int[n][];
        if (clusters.levels() > 0) {
            for (int i = 0; i < n; i++) {
                cl[i] = clusters.lookup(keys[i]);
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            buf.clear();
            String w = normalise(words[i]);
            buf.add(f(0, ""));
            buf.add(f(1, w));
            buf.add(f(2, lower[i]));
            buf.add(f(3, shape[i]));
            int len = w.length();
            for (int k = 1; k <= 4 && k <= len; k++) {
                buf.add(f(3 + k, lower[i].substring(0, Math.min(k, lower[i].length()))));
                buf.add(f(7 + k, lower[i].substring(Math.max(0, lower[i].length() - k))));
            }
            String p1 = i > 0 ? lower[i - 1] : "<S>";
            String p2 = i > 1 ? lower[i - 2] : "<S>";
            String n1 = i + 1 < n ? lower[i + 1] : "</S>";
            String n2 = i + 2 < n ? lower[i + 2] : "</S>";
            String ps = i > 0 ? shortShape[i - 1] : "<S>";
            String ns = i + 1 < n ? shortShape[i + 1] : "</S>";
            buf.add(f(12, p1));
            buf.add(f(13, n1));
            buf.add(f(14, p2));
            buf.add(f(15, n2));
            buf.add(f(16, ps));
            buf.add(f(17, ns));
            buf.add(f(18, ps, shortShape[i]));
            buf.add(f(19, shortShape[i], ns));
            buf.add(f(20, ps + shortShape[i], ns));
            buf.add(f(21, p1, lower[i]));
            buf.add(f(22, lower[i], n1));
            buf.add(f(23, p1, shortShape[i]));
            buf.add(f(24, shortShape[i], n1));
            if (i == 0) {
                buf.add(f(25, shape[i]));
            }
            if (allCaps) {
                buf.add(f(26, lower[i]));
                buf.add(f(27, p1, lower[i]));
            }
            for (String g : gaz.get(i)) {
                buf.add(f(28, g));
                buf.add(f(29, g, shortShape[i]));
            }
            if (i > 0) {
                for (String g : gaz.get(i - 1)) {
                    buf.add(f(30, g));
                }
            }
            if (i + 1 < n) {
                for (String g : gaz.get(i + 1)) {
                    buf.add(f(31, g));
                }
            }
            if (cap[i] || allCaps) {
                String key = keys[i];
                boolean initial = i == 0 || allCaps;
                int capElsewhere = stats.capitalised(key) - (!initial && isTitleCase(w) ? 1 : 0);
                int lowerElsewhere = stats.lowercase(key);
                String casing = (capElsewhere > 0 ? "C" : "-") + (lowerElsewhere > 0 ? "L" : "-");
                buf.add(f(32, casing));
                buf.add(f(33, casing, initial ? "init" : "mid"));
                buf.add(f(34, casing, shortShape[i]));
                // Person-name lists: a first name before a capitalised word, or a known surname, points to PER
                String names = nameKinds[i];
                String before = i > 0 && (cap[i - 1] || allCaps) ? nameKinds[i - 1] : null;
                String after = i + 1 < n && (cap[i + 1] || allCaps) ? nameKinds[i + 1] : null;
                buf.add(f(35, names == null ? "-" : names));
                buf.add(f(36, before == null ? "-" : before, names == null ? "-" : names));
                buf.add(f(37, names == null ? "-" : names, after == null ? "-" : after));
            }
            if (clusters.levels() > 0) {
                clusterFeatures(buf, cl, i, shortShape[i]);
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

    /**
     * Cluster ids of the token (alone and with its short shape) and of its neighbours, one template per
     * granularity; a word without a vector gets one "unknown" feature of its own instead.
     */
    private void clusterFeatures(IntBuffer buf, int[][] cl, int i, String shortShape) {
        int levels = clusters.levels();
        int[] c = cl[i];
        if (c == null) {
            buf.add(f(50, -1));
            buf.add(f(51, -1, shortShape));
        } else {
            for (int l = 0; l < levels; l++) {
                buf.add(f(52 + l, c[l]));
                buf.add(f(60 + l, c[l], shortShape));
            }
        }
        if (i > 0) {
            neighbour(buf, cl[i - 1], 68, levels);
        }
        if (i + 1 < cl.length) {
            neighbour(buf, cl[i + 1], 76, levels);
        }
    }

    private void neighbour(IntBuffer buf, int[] c, int template, int levels) {
        if (c == null) {
            buf.add(f(template, -1));
        } else {
            for (int l = 0; l < levels; l++) {
                buf.add(f(template + 1 + l, c[l]));
            }
        }
    }

    /** Per lower-case key, how often the first pass put it inside an entity of each type. */
    private static Map<String, int[]> typeVotes(String[][] doc, int[][] tags) {
        Map<String, int[]> votes = new HashMap<>();
        for (int s = 0; s < doc.length; s++) {
            for (int i = 0; i < doc[s].length; i++) {
                if (tags[s][i] != 0) {
                    votes.computeIfAbsent(TextKeys.tokenKey(normalise(doc[s][i])), k -> new int[NerTags.TYPES.length])
                            [NerTags.type(tags[s][i])]++;
                }
            }
        }
        return votes;
    }

    private int f(int template, String s) {
        long h = ((long) template << 40) ^ ((long) s.length() << 32) ^ (s.hashCode() & 0xFFFFFFFFL);
        return (int) (mix(h) >>> (64 - bits));
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

    /** How each word is cased across the document. */
    private static final class DocStats {
        private final Map<String, int[]> counts = new HashMap<>();

        DocStats(String[][] doc) {
            for (String[] sentence : doc) {
                int letters = 0;
                boolean allCaps = true;
                for (String w : sentence) {
                    if (hasLetter(w)) {
                        letters++;
                        allCaps &= !hasLower(w);
                    }
                }
                if (allCaps && letters >= 2) {
                    continue; // headlines in capitals say nothing about the usual casing of a word
                }
                for (int i = 0; i < sentence.length; i++) {
                    String w = normalise(sentence[i]);
                    if (!hasLetter(w)) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(TextKeys.tokenKey(w), k -> new int[2]);
                    if (Character.isLowerCase(w.codePointAt(0))) {
                        c[1]++;
                    } else if (i > 0 && isTitleCase(w)) {
                        c[0]++;
                    }
                }
            }
        }

        int capitalised(String key) {
            int[] c = counts.get(key);
            return c == null ? 0 : c[0];
        }

        int lowercase(String key) {
            int[] c = counts.get(key);
            return c == null ? 0 : c[1];
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
