package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Two-pass named-entity tagger. The first pass labels each sentence from local and document-casing
 * features; the second pass sees the first pass's labels for the whole document, so repeated mentions
 * agree ("Tokayev" later in the text gets the PER label of "Kassym-Jomart Tokayev"). Immutable: thread-safe.
 */
public final class NamedEntityRecognizer {

    public static final String MODEL_DIR = "/io/newsroom/nlp/models/ner/";
    public static final String STAGE1 = "ner-pass1.bin.gz";
    public static final String STAGE2 = "ner-pass2.bin.gz";
    /**
     * How many of the most frequent words of the news the cased word classes were learned from are read once at load,
     * with their weights, instead of in every document (see {@link NerFeatures#withCommonWords}). They are about nine
     * tokens in ten of a news article; more would cost heap for what is left, mostly names seen once.
     */
    static final int COMMON_WORDS = 8_192;
    /** Converts a score margin into a 0..1 confidence; set so that a typical correct margin maps near 0.9. */
    private static final double MARGIN_SCALE = 4.0;

    private final NerFeatures features;
    private final NerModel pass1;
    private final NerModel pass2;

    public NamedEntityRecognizer(NerFeatures features, NerModel pass1, NerModel pass2) {
        this.features = features;
        this.pass1 = pass1;
        this.pass2 = pass2;
    }

    /** The first-pass model (sentence features only). */
    public NerModel pass1() {
        return pass1;
    }

    /** The second-pass model (adds the first pass's labels in the document). */
    public NerModel pass2() {
        return pass2;
    }

    /** Loads the committed models; returns null when they are absent (e.g. before the first training). */
    public static NamedEntityRecognizer loadDefault(Gazetteer gazetteer) {
        return loadDefault(() -> gazetteer);
    }

    /**
     * As above, the gazetteers asked for only once the models and word clusters are read: another thread may still be
     * reading them (see {@code NewsTagger.loadDefault}).
     */
    public static NamedEntityRecognizer loadDefault(java.util.function.Supplier<Gazetteer> gazetteer) {
        NerModel m1 = readModel(STAGE1);
        if (m1 == null) {
            return null;
        }
        NerModel m2 = readModel(STAGE2);
        WordClusters cased = WordClusters.loadDefaultCased();
        WordClusters clusters = WordClusters.loadDefault();
        NerFeatures features = new NerFeatures(gazetteer.get(), clusters, cased, m1.bits(), true);
        NerModel[] passes = m2 == null ? new NerModel[] {m1} : new NerModel[] {m1, m2};
        return new NamedEntityRecognizer(features.withCommonWords(cased.first(COMMON_WORDS), passes), m1, m2);
    }

    /**
     * The French, German or Spanish model (issue 19) under {@code MODEL_DIR + language + "/"}, or null when there is
     * none. These models were trained without the English word clusters, so they are read without them.
     */
    public static NamedEntityRecognizer loadLanguage(String language, Gazetteer gazetteer) {
        NerModel m1 = readModel(language + "/" + STAGE1);
        if (m1 == null) {
            return null;
        }
        return forLanguage(gazetteer, m1, readModel(language + "/" + STAGE2));
    }

    /** A recogniser of another language than English from its two passes: features without word clusters. */
    public static NamedEntityRecognizer forLanguage(Gazetteer gazetteer, NerModel pass1, NerModel pass2) {
        return new NamedEntityRecognizer(new NerFeatures(gazetteer, WordClusters.NONE, pass1.bits()), pass1, pass2);
    }

    private static NerModel readModel(String name) {
        try (InputStream in = NamedEntityRecognizer.class.getResourceAsStream(MODEL_DIR + name)) {
            return in == null ? null : NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + name, e);
        }
    }

    /** Whether news writes this word in lower case, by the cased word classes (false for a recogniser without them). */
    public boolean writtenInLowerCase(String word) {
        return features.writtenInLowerCase(word);
    }

    /** BILOU tags for every sentence of a document. */
    public int[][] tag(String[][] doc) {
        NerFeatures.Document d = features.document(doc);
        int[][] tags = decode(pass1, d.emissions(pass1, null));
        return pass2 == null ? tags : decode(pass2, d.emissions(pass2, tags));
    }

    /** Entity spans with confidences for every sentence of a document. */
    public List<List<ScoredSpan>> recognise(String[][] doc) {
        NerFeatures.Document d = features.document(doc);
        float[][][] em = d.emissions(pass1, null);
        int[][] tags = decode(pass1, em);
        if (pass2 != null) {
            em = d.emissions(pass2, tags);
            tags = decode(pass2, em);
        }
        List<List<ScoredSpan>> out = new ArrayList<>(doc.length);
        for (int s = 0; s < doc.length; s++) {
            List<ScoredSpan> spans = new ArrayList<>();
            if (doc[s].length > 0) {
                for (NerTags.Span span : NerTags.spans(tags[s])) {
                    spans.add(new ScoredSpan(span.start(), span.end(), span.type(), confidence(em[s], tags[s], span)));
                }
            }
            out.add(spans);
        }
        return out;
    }

    private static int[][] decode(NerModel model, float[][][] emissions) {
        int[][] tags = new int[emissions.length][];
        for (int s = 0; s < emissions.length; s++) {
            tags[s] = model.decode(emissions[s]);
        }
        return tags;
    }

    /** Mean over the span's tokens of the emission margin of the chosen tag over the best competing type. */
    private static double confidence(float[][] em, int[] tags, NerTags.Span span) {
        double sum = 0;
        for (int i = span.start(); i < span.end(); i++) {
            float chosen = em[i][tags[i]];
            float other = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < em[i].length; t++) {
                // Compare with "not an entity of this type" (O or another type), not with B-/L- variants
                // of the same type that the sequence constraints ruled out anyway.
                if (t == 0 ? tags[i] != 0 : NerTags.type(t) != NerTags.type(tags[i])) {
                    other = Math.max(other, em[i][t]);
                }
            }
            sum += chosen - other;
        }
        double margin = sum / (span.end() - span.start());
        return 1.0 / (1.0 + Math.exp(-margin / MARGIN_SCALE));
    }

    /** A token span with its type and a 0..1 confidence. */
    public record ScoredSpan(int start, int end, String type, double confidence) {
    }
}
