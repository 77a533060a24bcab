package io.newsroom.nlp.train;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact-span, typed precision/recall/F1 of the whole engine on our French, German and Spanish development paragraphs
 * ({@code dev-sets/ner-multilingual/<lang>.txt}: one paragraph a line, gold entities marked {@code [[name|TYPE]]} with
 * TYPE one of PER, ORG, LOC, MISC). Each paragraph goes through {@link NewsTagger#analyze} as a body, so a paragraph
 * whose language the detector misses scores as the engine would tag it. Prints one line per language and one total.
 */
public final class MultilingualEvaluation {

    private static final Pattern GOLD = Pattern.compile("\\[\\[([^|\\]]+)\\|(PER|ORG|LOC|MISC)]]");
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");
    public static final List<String> LANGUAGES = List.of("fr", "de", "es");

    /** One paragraph: its plain text and gold spans "start:end:TYPE". */
    public record Paragraph(String text, Set<String> gold) {
    }

    /** Counts of one language. */
    public record Counts(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private MultilingualEvaluation() {
    }

    public static void run(Path dir) throws IOException {
        NewsTagger tagger = NewsTagger.loadDefault();
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (String lang : LANGUAGES) {
            Counts c = evaluate(tagger, read(dir.resolve(lang + ".txt")));
            System.out.printf("%s  P=%.3f R=%.3f F1=%.3f  (%d gold, %d predicted, %d correct)%n", lang, c.precision(),
                    c.recall(), c.f1(), c.gold(), c.predicted(), c.truePositives());
            tp += c.truePositives();
            predicted += c.predicted();
            gold += c.gold();
        }
        Counts all = new Counts(tp, predicted, gold);
        System.out.printf("MULTILINGUAL NER P=%.3f R=%.3f F1=%.3f n=%d%n", all.precision(), all.recall(), all.f1(), gold);
    }

    public static List<Paragraph> read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(parse(line.strip()));
            }
        }
        return out;
    }

    public static Paragraph parse(String marked) {
        StringBuilder text = new StringBuilder();
        Set<String> gold = new HashSet<>();
        Matcher m = GOLD.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            gold.add(start + ":" + text.length() + ":" + m.group(2));
            last = m.end();
        }
        text.append(marked.substring(last));
        return new Paragraph(text.toString(), gold);
    }

    /** "Élysée LOC" for "12:18:LOC". */
    private static String show(String text, String span) {
        String[] f = span.split(":");
        return text.substring(Integer.parseInt(f[0]), Integer.parseInt(f[1])) + " " + f[2];
    }

    public static Counts evaluate(NewsTagger tagger, List<Paragraph> paragraphs) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (Paragraph p : paragraphs) {
            Analysis a = tagger.analyze("", p.text());
            if (!a.bodyText().equals(p.text())) {
                throw new IllegalStateException("the cleaner changed a dev paragraph; offsets would not compare: " + p.text());
            }
            Set<String> found = new HashSet<>();
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    found.add(m.start() + ":" + m.end() + ":" + TYPES.get(e.type()));
                }
            }
            predicted += found.size();
            gold += p.gold().size();
            for (String f : found) {
                tp += p.gold().contains(f) ? 1 : 0;
                if (!p.gold().contains(f)) {
                    System.out.println("  wrong:  " + show(p.text(), f));
                }
            }
            for (String g : p.gold()) {
                if (!found.contains(g)) {
                    System.out.println("  missed: " + show(p.text(), g));
                }
            }
        }
        return new Counts(tp, predicted, gold);
    }
}
