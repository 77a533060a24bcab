package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.topics.LanguageTerms;
import io.newsroom.nlp.topics.TopicModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic model trained for French, German or Spanish (issue 19; {@code NlpCli train-topics --lang}): the English
 * engine's softmax regression over {@link LanguageTerms}, over only the top-level topics that language's labelled data
 * has (MasakhaNEWS French, SIB-200). A language's model is read with its first article, as its NER model is. Thread-safe.
 */
final class LearnedTopics {

    static final String DIR = "/io/newsroom/nlp/models/topics/";
    static final String FILE = "topics.tsv.gz";

    /** The model's best topic of an article (its confidence the probability, rounded) and every topic the model knows. */
    record Guess(Category category, Set<String> known) {
    }

    private final Map<String, Optional<TopicModel>> models = new ConcurrentHashMap<>();

    static String resource(String language) {
        return DIR + language + "/" + FILE;
    }

    /** The best topic of the language's model, or none when the language has no model or the text no known term. */
    Optional<Guess> guess(String language, String headline, String body) {
        TopicModel model = model(language);
        if (model == null) {
            return Optional.empty();
        }
        Map<Integer, Float> x = model.vector(LanguageTerms.ofArticle(language, headline, body));
        if (x.isEmpty()) {
            return Optional.empty();
        }
        double[] p = model.probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        TopicModel.Topic topic = model.classes().get(best);
        Category category = new Category(topic.code(), topic.label(), Math.round(p[best] * 1000) / 1000.0);
        return Optional.of(new Guess(category, model.classCodes()));
    }

    /** Whether this language's model has been read. */
    boolean loaded(String language) {
        return models.getOrDefault(language, Optional.empty()).isPresent();
    }

    private TopicModel model(String language) {
        return models.computeIfAbsent(language, LearnedTopics::read).orElse(null);
    }

    private static Optional<TopicModel> read(String language) {
        try (InputStream in = LearnedTopics.class.getResourceAsStream(resource(language))) {
            return in == null ? Optional.empty() : Optional.of(TopicModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language + " topic model", e);
        }
    }
}
