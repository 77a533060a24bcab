package io.newsroom.nlp.train;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.multilingual.MultilingualTagger;
import io.newsroom.nlp.topics.LanguageTerms;
import io.newsroom.nlp.topics.TopicModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Held-out topic scores of a French, German or Spanish model ({@code eval-topics --lang}): per source of the data's
 * test split (never trained on), accuracy and per-topic precision/recall of the engine before (keyword and entity
 * signals alone), after (with the trained model), and of the model alone (its best topic, always one). The engine
 * reads each item as an article, language detection included, so an item detected as another language scores as the
 * engine would tag it. On the dev split it also sweeps the threshold above which the model's topic is taken.
 */
public final class LanguageTopicEvaluation {

    static final double[] THRESHOLDS = {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    /** Counts of one scorer over one set: per topic true positives, predictions and gold items. */
    public static final class Score {
        final Map<String, int[]> perTopic = new TreeMap<>(); // code -> {tp, predicted, gold}
        int correct;
        int total;
        int none;

        void add(String gold, String predicted) {
            total++;
            perTopic.computeIfAbsent(gold, k -> new int[3])[2]++;
            if (predicted == null) {
                none++;
                return;
            }
            perTopic.computeIfAbsent(predicted, k -> new int[3])[1]++;
            if (predicted.equals(gold)) {
                correct++;
                perTopic.get(gold)[0]++;
            }
        }

        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        String report(String name) {
            StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "  %-8s accuracy %.3f (%d/%d, no topic %d)  P/R:",
                    name, accuracy(), correct, total, none));
            perTopic.forEach((code, c) -> sb.append(String.format(java.util.Locale.ROOT, " %s %.2f/%.2f", TopicCodes.twoDigit(code),
                    c[1] == 0 ? 0 : (double) c[0] / c[1], c[2] == 0 ? 0 : (double) c[0] / c[2])));
            return sb.toString();
        }
    }

    private LanguageTopicEvaluation() {
    }

    public static void run(Path data, String language, Path modelsDir) throws IOException {
        TopicModel model;
        Path file = modelsDir.resolve("topics").resolve(language).resolve("topics.tsv.gz");
        try (InputStream in = Files.newInputStream(file)) {
            model = TopicModel.read(in);
        }
        NewsTagger before = NewsTagger.loadKeywordTopicsOnly();
        NewsTagger after = NewsTagger.loadDefault();
        System.out.println(language + " dev (threshold sweep: model topic taken from this probability, else the signals'):");
        for (Map.Entry<String, List<LanguageTopicData.Item>> e : LanguageTopicData.read(data, language, LanguageTopicData.Split.DEV).entrySet()) {
            List<List<Category>> signals = new ArrayList<>();
            for (LanguageTopicData.Item i : e.getValue()) {
                signals.add(before.analyze(i.headline(), i.body()).categories());
            }
            StringBuilder sb = new StringBuilder("  " + e.getKey() + " (" + e.getValue().size() + "):");
            for (double t : THRESHOLDS) {
                Score s = new Score();
                for (int k = 0; k < e.getValue().size(); k++) {
                    LanguageTopicData.Item i = e.getValue().get(k);
                    List<Category> chosen = MultilingualTagger.choose(signals.get(k), best(model, language, i), model.classCodes(), t);
                    s.add(i.code(), chosen.isEmpty() ? null : chosen.get(0).code());
                }
                sb.append(String.format(java.util.Locale.ROOT, "  %.1f→%.3f", t, s.accuracy()));
            }
            System.out.println(sb);
        }
        System.out.println(language + " test (held out, never trained on):");
        for (Map.Entry<String, List<LanguageTopicData.Item>> e : LanguageTopicData.read(data, language, LanguageTopicData.Split.TEST).entrySet()) {
            List<LanguageTopicData.Item> mapped = e.getValue();
            System.out.println(" " + e.getKey() + ": " + mapped.size() + " items with an IPTC topic; topics "
                    + new TreeSet<>(mapped.stream().map(LanguageTopicData.Item::code).toList()));
            System.out.println(score(mapped, i -> first(before.analyze(i.headline(), i.body()))).report("before"));
            System.out.println(score(mapped, i -> first(after.analyze(i.headline(), i.body()))).report("after"));
            System.out.println(score(mapped, i -> best(model, language, i).code()).report("model"));
        }
    }

    private static Score score(List<LanguageTopicData.Item> items, Function<LanguageTopicData.Item, String> predict) {
        Score s = new Score();
        for (LanguageTopicData.Item i : items) {
            s.add(i.code(), predict.apply(i));
        }
        return s;
    }

    private static String first(Analysis a) {
        return a.categories().stream().map(Category::code).filter(TopicCodes::isTopLevel).findFirst().orElse(null);
    }

    /** The model's best topic of an item, its probability as confidence. */
    static Category best(TopicModel model, String language, LanguageTopicData.Item item) {
        double[] p = model.probabilities(model.vector(LanguageTerms.ofArticle(language, item.headline(), item.body())));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        TopicModel.Topic t = model.classes().get(best);
        return new Category(t.code(), t.label(), Math.round(p[best] * 1000) / 1000.0);
    }
}
