package io.newsroom.enrich.tagging;

import io.newsroom.schemas.EnrichedArticle.Category;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking skeleton's classifier: counts cue words of each IPTC Media Topic top-level category in the text
 * and reports those with evidence, confidence being their share of all cues found. The trained classifier of
 * the NLP issue replaces it.
 */
final class KeywordTopicClassifier {

    private record Topic(String code, String label, Set<String> cues) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("medtop:01000000", "arts, culture, entertainment and media", Set.of("film", "music", "album", "actor", "actress", "festival", "museum", "theatre", "novel", "concert", "oscar", "band", "singer", "art")),
            new Topic("medtop:02000000", "crime, law and justice", Set.of("police", "court", "trial", "judge", "arrested", "murder", "prison", "sentenced", "lawsuit", "prosecutor", "crime", "fraud")),
            new Topic("medtop:03000000", "disaster, accident and emergency incident", Set.of("earthquake", "flood", "fire", "crash", "accident", "disaster", "rescue", "victims", "hurricane", "explosion", "evacuated")),
            new Topic("medtop:04000000", "economy, business and finance", Set.of("market", "shares", "company", "profit", "economy", "inflation", "bank", "investors", "sales", "prices", "growth", "trade", "gas", "energy", "billion", "revenue")),
            new Topic("medtop:05000000", "education", Set.of("school", "schools", "university", "students", "teachers", "education", "exam", "pupils")),
            new Topic("medtop:06000000", "environment", Set.of("climate", "emissions", "pollution", "carbon", "environment", "wildlife", "renewable", "biodiversity")),
            new Topic("medtop:07000000", "health", Set.of("health", "hospital", "disease", "vaccine", "patients", "doctors", "virus", "medical", "cancer")),
            new Topic("medtop:08000000", "human interest", Set.of("birthday", "celebrity", "wedding", "animal", "oldest")),
            new Topic("medtop:09000000", "labour", Set.of("strike", "union", "workers", "wages", "jobs", "unemployment", "employees")),
            new Topic("medtop:10000000", "lifestyle and leisure", Set.of("travel", "food", "fashion", "holiday", "restaurant", "tourism", "recipe")),
            new Topic("medtop:11000000", "politics", Set.of("government", "minister", "election", "president", "parliament", "party", "vote", "summit", "leaders", "policy", "diplomatic", "talks", "sanctions", "treaty")),
            new Topic("medtop:12000000", "religion", Set.of("church", "pope", "religious", "mosque", "faith", "bishop")),
            new Topic("medtop:13000000", "science and technology", Set.of("technology", "software", "research", "scientists", "space", "computer", "internet", "ai", "satellite", "chip", "data")),
            new Topic("medtop:14000000", "society", Set.of("community", "migrants", "housing", "poverty", "welfare", "population", "family")),
            new Topic("medtop:15000000", "sport", Set.of("match", "goal", "league", "cup", "team", "coach", "season", "win", "championship", "player", "tournament", "olympic")),
            new Topic("medtop:16000000", "conflict, war and peace", Set.of("war", "troops", "military", "ceasefire", "attack", "army", "missile", "peace", "conflict")),
            new Topic("medtop:17000000", "weather", Set.of("weather", "storm", "rain", "snow", "temperatures", "forecast", "heatwave")));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private KeywordTopicClassifier() {
    }

    static List<Category> classify(String headline, String bodyText) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        int total = 0;
        Matcher words = WORD.matcher((headline + "\n" + bodyText).toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Topic topic : TOPICS) {
                if (topic.cues.contains(word)) {
                    hits.merge(topic.code, 1, Integer::sum);
                    total++;
                }
            }
        }
        List<Category> categories = new ArrayList<>();
        for (Topic topic : TOPICS) {
            int n = hits.getOrDefault(topic.code, 0);
            // One stray cue word is not evidence; a topic needs two, or to be the only one found.
            if (n >= 2 || (n == 1 && total == 1)) {
                categories.add(new Category(topic.code, topic.label, Math.round(1000.0 * n / total) / 1000.0));
            }
        }
        categories.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return categories.size() > 3 ? categories.subList(0, 3) : categories;
    }
}
