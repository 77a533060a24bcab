package io.newsroom.enrich.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking skeleton's tagger: plain text, language, capitalised names, cue-word categories, frequent words
 * as keywords and the lead sentence as summary. Non-English articles get their language and no English tags.
 */
public final class HeuristicTagger implements ArticleTagger {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’]?\\s+(?=[\"'“‘]?\\p{Lu})|\\n\\s*\\n");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> STOP = Set.of("that", "with", "have", "from", "this", "they", "were", "been", "their",
            "said", "will", "would", "which", "there", "about", "after", "also", "into", "more", "than", "them", "some",
            "could", "when", "what", "other", "over", "only", "such", "these", "those", "while", "where", "being");

    @Override
    public Tags tag(String headline, String body) {
        String safeHeadline = headline == null ? "" : headline;
        String text = PlainText.of(body);
        String language = LanguageGuesser.guess(safeHeadline + "\n" + text);
        String summary = leadSentence(text);
        if (!"en".equals(language)) {
            return new Tags(language, text, List.of(), List.of(), List.of(), summary);
        }
        return new Tags(language, text,
                KeywordTopicClassifier.classify(safeHeadline, text),
                CapitalisedNameFinder.find(safeHeadline, text),
                keywords(safeHeadline + "\n" + text),
                summary);
    }

    @Override
    public String version() {
        return "heuristic-tagger/1";
    }

    private static String leadSentence(String text) {
        if (text.isBlank()) {
            return null;
        }
        String first = SENTENCE_END.split(text, 2)[0].strip();
        return first.length() > 400 ? first.substring(0, 400) : first;
    }

    private static List<String> keywords(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
    }
}
