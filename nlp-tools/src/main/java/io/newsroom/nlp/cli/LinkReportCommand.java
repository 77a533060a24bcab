package io.newsroom.nlp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.train.MasakhaNewsCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code link-report ARTICLE...}: how many PERSON, ORGANIZATION and LOCATION entities get a Wikidata id. An
 * article is a sample JSON ({@code headline}, {@code body}), a text file (first line the headline) or a
 * MasakhaNEWS row id such as {@code test-0546} (read from the checkout, never from the repository: research-use
 * texts). Prints each entity with its id or {@code -}, then one line {@code LINKS linked=<n> of=<m> share=<s>}.
 */
final class LinkReportCommand {

    private static final Set<String> COUNTED = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private LinkReportCommand() {
    }

    static void run(List<String> articles, Path masakhaNews) throws IOException {
        NewsTagger tagger = NewsTagger.loadDefault();
        ObjectMapper json = new ObjectMapper();
        Map<String, List<MasakhaNewsCorpus.Row>> splits = new HashMap<>();
        int linked = 0;
        int total = 0;
        Map<String, int[]> byType = new java.util.TreeMap<>();
        for (String article : articles) {
            String[] headlineBody = read(article, json, masakhaNews, splits);
            Analysis a = tagger.analyze(headlineBody[0], headlineBody[1]);
            System.out.println("== " + article + ": " + headlineBody[0]);
            for (Entity e : a.entities()) {
                if (!COUNTED.contains(e.type())) {
                    continue;
                }
                boolean has = e.wikidataId() != null;
                linked += has ? 1 : 0;
                total++;
                int[] counts = byType.computeIfAbsent(e.type(), k -> new int[2]);
                counts[0] += has ? 1 : 0;
                counts[1]++;
                System.out.printf("  %-12s %-10s %s%n", e.type(), has ? e.wikidataId() : "-", e.name());
            }
        }
        byType.forEach((type, c) -> System.out.printf("%s %d of %d%n", type, c[0], c[1]));
        System.out.printf("LINKS linked=%d of=%d share=%.3f%n", linked, total, total == 0 ? 0.0 : (double) linked / total);
    }

    private static String[] read(String article, ObjectMapper json, Path masakhaNews,
                                 Map<String, List<MasakhaNewsCorpus.Row>> splits) throws IOException {
        Path path = Path.of(article);
        if (Files.exists(path) && article.endsWith(".json")) {
            JsonNode n = json.readTree(path.toFile());
            return new String[]{n.path("headline").asText(""), n.path("body").asText("")};
        }
        if (Files.exists(path)) {
            String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            int nl = text.indexOf('\n');
            return nl < 0 ? new String[]{"", text} : new String[]{text.substring(0, nl).strip(), text.substring(nl + 1)};
        }
        int dash = article.lastIndexOf('-');
        if (dash < 0 || masakhaNews == null) {
            throw new IllegalArgumentException("no such file, nor a MasakhaNEWS row id with a checkout: " + article);
        }
        String split = article.substring(0, dash);
        if (!splits.containsKey(split)) {
            splits.put(split, new ArrayList<>(MasakhaNewsCorpus.readSplit(masakhaNews, split)));
        }
        List<MasakhaNewsCorpus.Row> known = splits.get(split);
        return row(known, article.substring(dash + 1)).orElseThrow(() -> new IllegalArgumentException(
                "no such MasakhaNEWS row: " + article + " (rows of " + split + " are numbered 1 to " + known.size() + ")"));
    }

    /** Row {@code number} (from 1, as the ids the dev set and the notes use), or empty when there is none. */
    static java.util.Optional<String[]> row(List<MasakhaNewsCorpus.Row> rows, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        if (n < 1 || n > rows.size()) {
            return java.util.Optional.empty();
        }
        MasakhaNewsCorpus.Row row = rows.get(n - 1);
        return java.util.Optional.of(new String[]{row.headline(), row.text()});
    }
}
