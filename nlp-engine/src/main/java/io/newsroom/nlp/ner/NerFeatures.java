package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.text.TextKeys;

import java.util.ArrayList;
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
 * With document contexts (the English model's recipe), a capitalised word the document never writes in lower case
 * also gets the neighbours it has at its other occurrences in the document, as words and as clusters: "Tokayev"
 * alone in a sentence still stands where "President Tokayev said" put it. With cased word classes (learned from
 * unlabelled news, case kept), the classes of the token and of its neighbours, read forwards and backwards.
 *
 * <p>Stateless apart from the immutable gazetteer, clusters and common words: thread-safe.
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
    /** The word groups of a sentence's edge: as the previous, next, second previous and second next word. */
    private final int[][] edgeGroups;
    private final int[][] gazFeatures;
    /**
     * Frequent words read once for every document (normalised word → its {@link Word}, with the summed weights of its
     * word groups under {@link #commonModels}); empty when none. Read-only once built: shared by every thread.
     */
    private final Map<String, Word> common;
    private final NerModel[] commonModels;

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
        this(gazetteer, clusters, casedClasses, bits, documentContexts, List.of());
    }

    /**
     * Whether news writes this word in lower case (the cased word classes know its lower-case form): "level" and
     * "business" are words, "Kairat" is a name.
     */
    public boolean writtenInLowerCase(String word) {
        return casedClasses.lookup(casedKey(word.toLowerCase(java.util.Locale.ROOT))) != null;
    }

    /**
     * The same features, with the given words' features and their weights under {@code models} (the two passes of one
     * recogniser) worked out once here instead of in every document that has them: most of a news text's tokens are
     * a few thousand frequent words. The ids and scores are those worked out document by document.
     */
    public NerFeatures withCommonWords(List<String> words, NerModel... models) {
        return new NerFeatures(gazetteer, clusters, casedClasses, bits, documentContexts, words, models);
    }

    private NerFeatures(Gazetteer gazetteer, WordClusters clusters, WordClusters casedClasses, int bits,
                        boolean documentContexts, List<String> commonWords, NerModel... models) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.casedClasses = casedClasses;
        this.bits = bits;
        this.documentContexts = documentContexts;
        emptyFeature = f(0, "");
        edgeGroups = new int[][] {{f(12, START), f(16, START)}, {f(13, END), f(17, END)}, {f(14, START)}, {f(15, END)}};
        gazFeatures = new int[4][Gazetteer.MATCH_CODES];
        for (int g = 0; g < Gazetteer.MATCH_CODES; g++) {
            for (int t = 28; t <= 31; t++) {
                gazFeatures[t - 28][g] = f(t, Gazetteer.matchName(g));
            }
        }
        commonModels = models.clone();
        common = new HashMap<>(Math.max(16, commonWords.size() * 4 / 3 + 1));
        IntBuffer scratch = new IntBuffer();
        for (String word : commonWords) {
            String w = normalise(word);
            if (!w.isEmpty() && !common.containsKey(w)) {
                common.put(w, new Word(w, -1, scratch).shared(models));
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
     * occurrence, and serves both passes. A news article repeats most of its words, so {@link Document#emissions} also
     * adds up the weights of a word's own features once per word and model, not at every occurrence (issue 14).
     */
    public Document document(String[][] doc) {
        return new Document(doc);
    }

    /**
     * The features of one token come in six groups: five that depend on one word alone (the token itself, the word
     * before it, the one after it, the words two before and two after, each seen from the token: {@link Word#self},
     * {@link Word#asPrevious} …) and the rest, which depend on the token's context (word pairs, name-list matches,
     * casing in the document). A token's ids are the five word groups in this order, then the rest.
     */
    private static final int SELF = 0;
    private static final int PREVIOUS = 1;
    private static final int NEXT = 2;
    private static final int PREVIOUS_2 = 3;
    private static final int NEXT_2 = 4;
    private static final int GROUPS = 5;

    /** See {@link #document}: one per document, read-only once built (apart from each pass's own sums). */
    public final class Document {
        private final String[][] doc;
        private final Word[][] words;
        /** The document's own words (not {@link #common}), in order of first occurrence: {@link Word#index}. */
        private final Word[] own;
        private final boolean[] allCaps;
        private final DocStats stats;
        /** Per token, the ids of the features outside the word groups (worked out when first asked for). */
        private int[][][] context;

        private Document(String[][] doc) {
            this.doc = doc;
            int tokens = 0;
            for (String[] sentence : doc) {
                tokens += sentence.length;
            }
            // Sized for every token being a new word: no rehashing while it fills.
            Map<String, Word> seen = new HashMap<>(Math.max(16, tokens * 4 / 3 + 1));
            List<Word> ownWords = new ArrayList<>();
            IntBuffer scratch = new IntBuffer();
            words = new Word[doc.length][];
            allCaps = new boolean[doc.length];
            for (int s = 0; s < doc.length; s++) {
                String[] sentence = doc[s];
                Word[] ws = new Word[sentence.length];
                for (int i = 0; i < sentence.length; i++) {
                    Word w = seen.get(sentence[i]);
                    if (w == null) {
                        w = common.get(normalise(sentence[i]));
                        if (w == null) {
                            w = new Word(sentence[i], ownWords.size(), scratch);
                            ownWords.add(w);
                        }
                        seen.put(sentence[i], w);
                    }
                    ws[i] = w;
                }
                words[s] = ws;
                allCaps[s] = allCaps(ws);
            }
            own = ownWords.toArray(new Word[0]);
            stats = new DocStats(words, allCaps, documentContexts);
        }

        /** The first pass's feature ids of every token: its word groups, then the rest. */
        public int[][][] firstPass() {
            int[][][] rest = context();
            int[][][] out = new int[doc.length][][];
            IntBuffer buf = new IntBuffer();
            for (int s = 0; s < doc.length; s++) {
                int n = words[s].length;
                out[s] = new int[n][];
                for (int i = 0; i < n; i++) {
                    buf.clear();
                    for (int role = 0; role < GROUPS; role++) {
                        Word at = at(s, i, role);
                        buf.addAll(at == null ? edgeGroups[role - 1] : at.group(role));
                    }
                    buf.addAll(rest[s][i]);
                    out[s][i] = buf.toArray();
                }
            }
            return out;
        }

        /**
         * The second pass's feature ids: each token's first-pass ids ({@code base}, from {@link #firstPass}, left
         * unchanged) followed by those of the first pass's labels. The same ids in the same order as
         * {@code extract(doc, firstPass)}, without matching the gazetteer and looking up clusters a second time for
         * every token.
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

        /**
         * Each token's scores under {@code model}: the weights of the ids {@link #firstPass} gives (and, with
         * {@code firstPass} labels, of those {@link #withFirstPass} adds). A word group's weights are added up once per
         * word and model (for a common word once for all documents, see {@link #withCommonWords}) and then added to the
         * score of every token it serves: a model lookup per feature is most of the tagger's time, and a word's own
         * features are most of a token's. The sums equal the token-by-token ones up to the rounding of float addition
         * in another order.
         *
         * @param firstPass the first pass's labels for the second pass, or null for the first pass
         */
        public float[][][] emissions(NerModel model, int[][] firstPass) {
            int[][][] rest = context();
            Map<String, int[]> typeVotes = firstPass == null ? null : typeVotes(words, firstPass);
            int slot = Arrays.asList(commonModels).indexOf(model);
            // The sums of the document's own words' groups (own word × GROUPS + role), then of the edges (role - 1).
            float[][] sums = new float[GROUPS * own.length + GROUPS - 1][];
            float[][][] out = new float[doc.length][][];
            IntBuffer buf = new IntBuffer();
            for (int s = 0; s < doc.length; s++) {
                Word[] ws = words[s];
                int n = ws.length;
                out[s] = new float[n][];
                for (int i = 0; i < n; i++) {
                    float[] scores = new float[NerTags.COUNT];
                    for (int role = 0; role < GROUPS; role++) {
                        Word at = at(s, i, role);
                        if (at != null && at.index < 0 && slot >= 0) {
                            add(at.sums, (slot * GROUPS + role) * NerTags.COUNT, scores);
                        } else if (at != null && at.index < 0) {
                            add(model.weights(at.group(role)), 0, scores); // a model the common words were not summed for
                        } else {
                            int g = at == null ? GROUPS * own.length + role - 1 : GROUPS * at.index + role;
                            if (sums[g] == null) {
                                sums[g] = model.weights(at == null ? edgeGroups[role - 1] : at.group(role));
                            }
                            add(sums[g], 0, scores);
                        }
                    }
                    model.addWeights(rest[s][i], rest[s][i].length, scores);
                    if (firstPass != null) {
                        buf.clear();
                        firstPassFeatures(buf, firstPass[s], i, ws[i].key, ws[i].cap || allCaps[s], typeVotes);
                        model.addWeights(buf.data, buf.size, scores);
                    }
                    out[s][i] = scores;
                }
            }
            return out;
        }

        private int[][][] context() {
            if (context == null) {
                int[][][] rest = new int[doc.length][][];
                IntBuffer buf = new IntBuffer();
                for (int s = 0; s < doc.length; s++) {
                    rest[s] = sentence(words[s], allCaps[s], stats, buf);
                }
                context = rest;
            }
            return context;
        }

        /** The word whose group serves the token in this role, or null for the sentence's edge. */
        private Word at(int s, int i, int role) {
            Word[] ws = words[s];
            int at = switch (role) {
                case SELF -> i;
                case PREVIOUS -> i - 1;
                case NEXT -> i + 1;
                case PREVIOUS_2 -> i - 2;
                default -> i + 2;
            };
            return at < 0 || at >= ws.length ? null : ws[at];
        }
    }

    private static void add(float[] weights, int from, float[] scores) {
        for (int t = 0; t < scores.length; t++) {
            scores[t] += weights[from + t];
        }
    }

    /** One distinct word of a document: its forms, and the ids of every feature that depends on it alone. */
    private final class Word {
        /** The word's place among its document's own words; -1 for a common word (see {@link #withCommonWords}). */
        final int index;
        /** A common word's group sums: per model of {@link #commonModels}, per role, the tag scores. */
        private float[] sums;
        final String w;
        final String key;
        final String lower;
        final String shortShape;
        final boolean cap;
        final boolean hasLetter;
        final boolean hasLower;
        final String nameKinds;
        /**
         * The token's own features: the bias, the word, its lower-case form, shape, prefixes and suffixes (templates
         * 0-11), its cased word classes and its clusters at each granularity, alone and with its short shape.
         */
        final int[] self;
        /** What the word is as the token before: its lower-case form, short shape, cased classes and clusters. */
        final int[] asPrevious;
        /** The same as the token after. */
        final int[] asNext;
        /** Its lower-case form as the word two before and two after. */
        final int[] asPrevious2;
        final int[] asNext2;
        final int firstShape;
        final int capsLower;
        /**
         * What this word is as the neighbour of a repeated name (document contexts): its lower-case form and its
         * cluster, before and after. Worked out when first asked for: most words never stand beside one.
         */
        private String[] contextAsPrev;
        private String[] contextAsNext;

        /** @param scratch a buffer to work in: emptied and left with no meaning */
        Word(String token, int index, IntBuffer scratch) {
            this.index = index;
            w = normalise(token);
            key = TextKeys.tokenKey(w);
            lower = digitsToZero(key);
            String shape = shape(w, 4);
            shortShape = shape(w, 1);
            cap = Character.isUpperCase(w.codePointAt(0));
            hasLetter = NerFeatures.hasLetter(w);
            hasLower = NerFeatures.hasLower(w);
            nameKinds = gazetteer.nameKinds(key);
            asPrevious2 = new int[] {f(14, lower)};
            asNext2 = new int[] {f(15, lower)};
            firstShape = f(25, shape);
            capsLower = f(26, lower);
            int[] cased = casedClasses.levels() == 0 ? null : casedClasses.lookup(digitsToZero(w)); // casedKey: w is normalised
            int[] cluster = clusters.levels() == 0 ? null : clusters.lookup(key);
            scratch.clear();
            scratch.add(emptyFeature);
            scratch.add(f(1, w));
            scratch.add(f(2, lower));
            scratch.add(f(3, shape));
            int ll = lower.length();
            int affixes = Math.min(4, w.length());
            for (int k = 1; k <= affixes; k++) {
                int p = Math.min(k, ll);
                scratch.add(f(3 + k, p, hash(lower, 0, p)));
                int from = Math.max(0, ll - k);
                scratch.add(f(7 + k, ll - from, hash(lower, from, ll)));
            }
            addClasses(scratch, cased, casedClasses, 119);
            if (clusters.levels() > 0) {
                if (cluster == null) {
                    scratch.add(f(50, -1));
                    scratch.add(f(51, -1, shortShape));
                } else {
                    for (int l = 0; l < clusters.levels(); l++) {
                        scratch.add(f(52 + l, cluster[l]));
                        scratch.add(f(60 + l, cluster[l], shortShape));
                    }
                }
            }
            self = scratch.toArray();
            scratch.clear();
            scratch.add(f(12, lower));
            scratch.add(f(16, shortShape));
            addClasses(scratch, cased, casedClasses, 129);
            addClasses(scratch, cluster, clusters, 68);
            asPrevious = scratch.toArray();
            scratch.clear();
            scratch.add(f(13, lower));
            scratch.add(f(17, shortShape));
            addClasses(scratch, cased, casedClasses, 139);
            addClasses(scratch, cluster, clusters, 76);
            asNext = scratch.toArray();
        }

        /**
         * A word's classes (cased classes or clusters) under {@code template + 1 + level}, or {@code template} with -1
         * for a word the classes do not know; nothing without classes.
         */
        private void addClasses(IntBuffer out, int[] ids, WordClusters classes, int template) {
            if (classes.levels() == 0) {
                return;
            }
            if (ids == null) {
                out.add(f(template, -1));
                return;
            }
            for (int l = 0; l < classes.levels(); l++) {
                out.add(f(template + 1 + l, ids[l]));
            }
        }

        /** The ids of the word's group in this role. */
        int[] group(int role) {
            return switch (role) {
                case SELF -> self;
                case PREVIOUS -> asPrevious;
                case NEXT -> asNext;
                case PREVIOUS_2 -> asPrevious2;
                default -> asNext2;
            };
        }

        /**
         * Makes this word ready to be shared by every document and thread: its group sums under each model, and its
         * document-context forms, which are otherwise worked out when first asked for.
         */
        Word shared(NerModel[] models) {
            sums = new float[models.length * GROUPS * NerTags.COUNT];
            for (int m = 0; m < models.length; m++) {
                for (int role = 0; role < GROUPS; role++) {
                    System.arraycopy(models[m].weights(group(role)), 0, sums, (m * GROUPS + role) * NerTags.COUNT, NerTags.COUNT);
                }
            }
            contextAsPrev();
            contextAsNext();
            return this;
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
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            buf.clear();
            Word x = ws[i];
            Word prev = i > 0 ? ws[i - 1] : null;
            Word next = i + 1 < n ? ws[i + 1] : null;
            String ss = x.shortShape;
            String p1 = prev != null ? prev.lower : START;
            String n1 = next != null ? next.lower : END;
            String ps = prev != null ? prev.shortShape : START;
            String ns = next != null ? next.shortShape : END;
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
