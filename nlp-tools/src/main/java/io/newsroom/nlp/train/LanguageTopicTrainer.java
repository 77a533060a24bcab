package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.LanguageTerms;
import io.newsroom.nlp.topics.TopicModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a French, German or Spanish topic model (issue 19, {@code train-topics --lang}): the English trainer's softmax
 * regression ({@link TopicTrainer#sgd}, same epochs, learning rate, decay and class weighting) on tf-idf vectors of
 * {@link LanguageTerms}, over only the top-level topics the labelled items have. No second-level topics (the data
 * labels none) and no IPTC pseudo-documents (their names and definitions are English). Vocabulary: terms in two or
 * more items, which also keeps the model small.
 */
public final class LanguageTopicTrainer {

    private LanguageTopicTrainer() {
    }

    public static TopicModel train(String language, List<LanguageTopicData.Item> items) {
        List<TopicModel.Topic> classes = new ArrayList<>();
        Map<String, Integer> classIndex = new HashMap<>();
        for (String code : new TreeSet<>(items.stream().map(LanguageTopicData.Item::code).toList())) {
            classIndex.put(code, classes.size());
            classes.add(new TopicModel.Topic(code, LanguageTopicData.LABELS.getOrDefault(code, code), null));
        }
        List<List<String>> docs = new ArrayList<>();
        for (LanguageTopicData.Item i : items) {
            docs.add(LanguageTerms.ofArticle(language, i.headline(), i.body()));
        }
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : docs) {
            for (String t : new HashSet<>(d)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        List<String> sorted = new ArrayList<>(df.keySet());
        Collections.sort(sorted);
        Map<String, Integer> termIndex = new LinkedHashMap<>();
        for (String t : sorted) {
            if (df.get(t) >= 2) {
                termIndex.put(t, termIndex.size());
            }
        }
        float[] idf = TopicTrainer.idf(termIndex, df, docs.size());
        float[][] weights = new float[classes.size()][termIndex.size()];
        float[] bias = new float[classes.size()];
        TopicModel partial = new TopicModel(classes, termIndex, idf, weights, bias, List.of(), List.of(), docs.size());
        List<Map<Integer, Float>> vectors = new ArrayList<>();
        double[][] targets = new double[items.size()][classes.size()];
        int[] count = new int[classes.size()];
        for (int i = 0; i < items.size(); i++) {
            vectors.add(partial.vector(docs.get(i)));
            int c = classIndex.get(items.get(i).code());
            targets[i][c] = 1;
            count[c]++;
        }
        double[] classWeights = TopicTrainer.classWeights(count);
        double[] exampleWeights = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            exampleWeights[i] = classWeights[classIndex.get(items.get(i).code())];
        }
        TopicTrainer.sgd(vectors, targets, exampleWeights, weights, bias);
        return new TopicModel(classes, termIndex, idf, weights, bias, List.of(), List.of(), docs.size());
    }
}
