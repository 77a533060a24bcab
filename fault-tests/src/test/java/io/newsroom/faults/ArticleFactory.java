package io.newsroom.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Native article submissions as a wire feed sends them: a unique {@code sourceId}, a URL, a headline and a 2-4 KB
 * HTML body of news sentences with people, organisations and places (work for the recogniser and the classifier),
 * no explicit {@code version} (the feed leaves versioning to ingest).
 */
final class ArticleFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PEOPLE = List.of("Olaf Scholz", "Emmanuel Macron", "Ursula von der Leyen",
            "Kassym-Jomart Tokayev", "Xi Jinping", "Rishi Sunak", "Antonio Guterres", "Christine Lagarde", "Mikel Arteta",
            "Jerome Powell", "Giorgia Meloni", "Narendra Modi");
    private static final List<String> ORGANISATIONS = List.of("European Union", "United Nations", "NATO",
            "European Central Bank", "Arsenal", "World Health Organization", "Federal Reserve", "Siemens", "Reuters");
    private static final List<String> PLACES = List.of("Berlin", "Paris", "Brussels", "London", "Astana", "Beijing",
            "Rome", "New Delhi", "Geneva", "Frankfurt", "Leeds");
    private static final List<String> SENTENCES = List.of(
            "%s met officials from the %s in %s on Monday to discuss the rising cost of energy.",
            "Speaking to reporters in %s, %s said the %s would publish its proposals before the summer.",
            "The %s warned that inflation in %s remained higher than expected, %s told parliament.",
            "%s scored twice as %s won the match in %s, lifting the club to the top of the table.",
            "Police in %s arrested a man after a court hearing, and %s said the %s would review the case.",
            "Shares rose in %s after %s signalled that the %s would keep interest rates unchanged.",
            "Thousands of workers marched through %s as %s urged the %s to raise wages.",
            "Health officials in %s said %s and the %s would expand vaccination for children.");

    private final String source;
    private final Random random;

    ArticleFactory(String source, long seed) {
        this.source = source;
        this.random = new Random(seed);
    }

    String source() {
        return source;
    }

    /** One new article (a fresh sourceId each call) as the JSON body of POST /articles. */
    String next() {
        String sourceId = UUID.randomUUID().toString();
        ObjectNode article = JSON.createObjectNode();
        article.put("source", source);
        article.put("sourceId", sourceId);
        article.put("url", "https://" + source + ".example/news/" + sourceId);
        article.put("headline", sentence().replaceAll("[,.].*", ""));
        article.put("body", body(2_000 + random.nextInt(2_000)));
        article.putArray("authors").add(pick(PEOPLE.subList(0, 3)) + " staff");
        article.put("published", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return article.toString();
    }

    private String body(int targetBytes) {
        StringBuilder body = new StringBuilder();
        while (body.length() < targetBytes) {
            body.append("<p>");
            for (int i = 0; i < 3; i++) {
                body.append(sentence()).append(' ');
            }
            body.append("</p>");
        }
        return body.toString();
    }

    private String sentence() {
        String template = pick(SENTENCES);
        List<String> a = List.of(pick(PEOPLE), pick(ORGANISATIONS), pick(PLACES));
        // Each template names a person, an organisation and a place, in its own order.
        return switch (SENTENCES.indexOf(template) % 4) {
            case 0 -> template.formatted(a.get(0), a.get(1), a.get(2));
            case 1 -> template.formatted(a.get(2), a.get(0), a.get(1));
            case 2 -> template.formatted(a.get(1), a.get(2), a.get(0));
            default -> template.formatted(a.get(0), a.get(1), a.get(2));
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
