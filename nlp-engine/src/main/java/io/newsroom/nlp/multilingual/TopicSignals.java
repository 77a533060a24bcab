package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;
import io.newsroom.nlp.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-level IPTC topic for a French, German or Spanish article from signals that need no trained model: our
 * per-language keyword lists ({@code topic-keywords.tsv}) and the linked entities (a head of state or a parliament is
 * politics, a central bank economy). One topic, only when the evidence is clear, with a confidence kept below what the
 * English classifier usually gives, since these are counts, not a trained model. Immutable and thread-safe.
 */
final class TopicSignals {

    static final String RESOURCE = "/io/newsroom/nlp/models/multilingual/topic-keywords.tsv";
    static final String POLITICS = "medtop:11000000";
    static final String ECONOMY = "medtop:04000000";
    static final String HEALTH = "medtop:07000000";
    static final String SPORT = "medtop:15000000";
    /** Fewer points than this is no evidence. */
    static final int MIN_SCORE = 3;
    /** The best topic needs this many times the runner-up's points. */
    static final double MIN_LEAD = 2.0;
    /** Confidence of a topic that has every point: English topics usually score 0.7-0.95 (softmax). */
    public static final double MAX_CONFIDENCE = 0.6;
    /** One word counts at most this often, so a repeated word ("match") does not decide alone. */
    private static final int MAX_PER_WORD = 3;
    private static final int ENTITY_POINTS = 2;

    /** Words of organisations' English names that say which topic they belong to. */
    private static final Map<String, String> ORGANISATION_WORDS = Map.ofEntries(
            Map.entry("parliament", POLITICS), Map.entry("council", POLITICS), Map.entry("commission", POLITICS),
            Map.entry("assembly", POLITICS), Map.entry("bank", ECONOMY), Map.entry("monetary", ECONOMY),
            Map.entry("trade", ECONOMY), Map.entry("economic", ECONOMY), Map.entry("health", HEALTH),
            Map.entry("olympic", SPORT), Map.entry("football", SPORT));

    /** Unions of states whose news is politics (international relations is politics in IPTC). */
    private static final Set<String> POLITICAL_UNIONS = Set.of("United Nations", "European Union",
            "North Atlantic Treaty Organisation", "African Union", "Council of Europe");

    private final Map<String, String> labels = new LinkedHashMap<>();
    /** lang -> exact word key -> topic code. */
    private final Map<String, Map<String, String>> exact = new HashMap<>();
    /** lang -> word-key prefix -> topic code. */
    private final Map<String, Map<String, String>> prefixes = new HashMap<>();
    private final Gazetteer english;

    private TopicSignals(Gazetteer english) {
        this.english = english;
    }

    static TopicSignals loadDefault(Gazetteer english) {
        TopicSignals t = new TopicSignals(english);
        try (InputStream in = TopicSignals.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                t.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return t;
    }

    private void read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 3) {
                continue;
            }
            if (f[0].equals("topic")) {
                labels.put(f[1], f[2]);
                continue;
            }
            for (String w : f[2].split(" ")) {
                boolean prefix = w.endsWith("*");
                String key = TextKeys.key(prefix ? w.substring(0, w.length() - 1) : w);
                (prefix ? prefixes : exact).computeIfAbsent(f[0], k -> new HashMap<>()).put(key, f[1]);
            }
        }
    }

    /** The topic of one word in this language, else null. */
    String topicOf(String language, String word) {
        String key = TextKeys.key(word);
        String topic = exact.getOrDefault(language, Map.of()).get(key);
        if (topic != null) {
            return topic;
        }
        Map<String, String> p = prefixes.getOrDefault(language, Map.of());
        for (int end = key.length(); end >= 3 && topic == null; end--) {
            topic = p.get(key.substring(0, end));
        }
        return topic;
    }

    /** Points per topic: headline words count twice (an editor chose them), entities {@value #ENTITY_POINTS} each. */
    Map<String, Integer> score(String language, List<Token> head, List<Token> body, Set<GazetteerEntry> entities) {
        Map<String, Integer> perWord = new HashMap<>();
        Map<String, String> topicOfWord = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Token t : pass == 0 ? head : body) {
                String topic = topicOf(language, t.text());
                if (topic != null) {
                    String key = TextKeys.key(t.text());
                    perWord.merge(key, pass == 0 ? 2 : 1, Integer::sum);
                    topicOfWord.put(key, topic);
                }
            }
        }
        Map<String, Integer> points = new HashMap<>();
        perWord.forEach((word, n) -> points.merge(topicOfWord.get(word), Math.min(n, MAX_PER_WORD), Integer::sum));
        for (GazetteerEntry e : entities) {
            String topic = topicOf(e);
            if (topic != null) {
                points.merge(topic, ENTITY_POINTS, Integer::sum);
            }
        }
        return points;
    }

    /** The one clear topic, else none. */
    List<Category> classify(String language, List<Token> head, List<Token> body, Set<GazetteerEntry> entities) {
        Map<String, Integer> points = score(language, head, body, entities);
        String best = null;
        int bestPoints = 0;
        int second = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestPoints) {
                second = bestPoints;
                best = e.getKey();
                bestPoints = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        if (best == null || bestPoints < MIN_SCORE || bestPoints < MIN_LEAD * second || !labels.containsKey(best)) {
            return List.of();
        }
        double confidence = Math.round(MAX_CONFIDENCE * bestPoints / total * 1000) / 1000.0;
        return new ArrayList<>(List.of(new Category(best, labels.get(best), confidence)));
    }

    /** Heads of state and government are politics; an organisation by the words of its English name. */
    private String topicOf(GazetteerEntry e) {
        if (e.kind() == GazetteerKind.PERSON) {
            return english.isLeader(e) || e.english() ? POLITICS : null;
        }
        if (MultilingualNames.SPORT.equals(e.note())) {
            return SPORT;
        }
        if (e.kind() != GazetteerKind.ORGANISATION) {
            return null;
        }
        if (POLITICAL_UNIONS.contains(e.canonical())) {
            return POLITICS;
        }
        for (String word : TextKeys.key(e.canonical()).split("[ ,-]+")) {
            String topic = ORGANISATION_WORDS.get(word);
            if (topic != null) {
                return topic;
            }
        }
        return null;
    }
}
