package io.newsroom.nlp.cli;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.text.TextKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code eval-articles [DIR]}: entity-level precision, recall and F1 of what {@code tag} gives for whole pasted articles
 * (furniture and all), against the gold entities of {@code dev-sets/entities-en} (README there), and the share of gold
 * entities that have a Wikidata item which the engine links. An entity the engine gives counts as right when its type
 * is the gold one and its name or one of its mentions' texts is one of the gold entity's forms; a second entity
 * matching the same gold one (a name split in two) counts as wrong; gold lines whose type starts with {@code ?} are
 * neither rewarded nor punished.
 */
final class ArticleEntityEvaluation {

    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");
    static final List<String> GOLD_TYPES = List.of("PER", "ORG", "LOC", "MISC");

    /** One gold entity: its type, canonical name, every form the text writes it in (normalised), whether Wikidata has it. */
    record Gold(String type, String name, Set<String> forms, boolean inWikidata, boolean optional) {
    }

    /** Counts of one type (or all): right entities, entities given, gold entities, gold with an item, of them linked. */
    static final class Counts {
        int right;
        int given;
        int gold;
        int withItem;
        int linked;

        void add(Counts o) {
            right += o.right;
            given += o.given;
            gold += o.gold;
            withItem += o.withItem;
            linked += o.linked;
        }

        double precision() {
            return given == 0 ? 0 : (double) right / given;
        }

        double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%d gold, %d given, %d right); linked %d of %d with an item",
                    precision(), recall(), f1(), gold, given, right, linked, withItem);
        }
    }

    private ArticleEntityEvaluation() {
    }

    static void run(Path dir) throws IOException {
        NewsTagger tagger = NewsTagger.loadDefault();
        Map<String, Counts> byType = new TreeMap<>();
        GOLD_TYPES.forEach(t -> byType.put(t, new Counts()));
        List<Path> articles;
        try (Stream<Path> files = Files.list(dir)) {
            articles = files.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no NN.txt articles in " + dir);
        }
        for (Path article : articles) {
            String id = article.getFileName().toString().replace(".txt", "");
            List<Gold> gold = readGold(dir.resolve(id + ".gold.tsv"));
            PastedArticle pasted = PastedArticle.of(Files.readString(article, StandardCharsets.UTF_8));
            Analysis analysis = tagger.analyze(pasted.headline(), pasted.body());
            Map<String, Counts> counts = score(pasted.headline(), analysis, gold, id);
            Counts all = new Counts();
            counts.forEach((t, c) -> {
                byType.get(t).add(c);
                all.add(c);
            });
            System.out.printf(Locale.ROOT, "%s  %s%n", id, all);
        }
        Counts total = new Counts();
        int linked = 0;
        int withItem = 0;
        for (String t : GOLD_TYPES) {
            System.out.printf(Locale.ROOT, "%-4s  %s%n", t, byType.get(t));
            total.add(byType.get(t));
            if (!"MISC".equals(t)) { // demonyms and events are not linked, by design
                linked += byType.get(t).linked;
                withItem += byType.get(t).withItem;
            }
        }
        System.out.printf(Locale.ROOT, "ARTICLE ENTITIES P=%.3f R=%.3f F1=%.3f (%d gold, %d given, %d right); "
                        + "PER/ORG/LOC linked %d of %d with an item; %d articles%n", total.precision(), total.recall(),
                total.f1(), total.gold, total.given, total.right, linked, withItem, articles.size());
    }

    /** Scores one article's entities by gold type; prints each wrong and missed entity under {@code label} if given. */
    static Map<String, Counts> score(String headline, Analysis analysis, List<Gold> gold, String label) {
        Map<String, Counts> counts = new TreeMap<>();
        GOLD_TYPES.forEach(t -> counts.put(t, new Counts()));
        Set<Gold> matched = new HashSet<>();
        // An entity named as a gold line is named claims that line first ("Manchester City" before a stray "City").
        Set<String> canonical = new HashSet<>();
        gold.forEach(g -> canonical.add(norm(g.name())));
        List<Entity> ordered = new ArrayList<>(analysis.entities());
        ordered.sort(java.util.Comparator.comparing((Entity e) -> !canonical.contains(norm(e.name()))));
        for (Entity e : ordered) {
            String type = TYPES.get(e.type());
            Set<String> forms = forms(e, headline, analysis.bodyText());
            Gold hit = gold.stream().filter(g -> !g.optional() && g.type().equals(type) && intersects(g.forms(), forms))
                    .min((a, b) -> Boolean.compare(!a.forms().contains(norm(e.name())), !b.forms().contains(norm(e.name()))))
                    .orElse(null);
            if (hit == null && gold.stream().anyMatch(g -> g.optional() && intersects(g.forms(), forms))) {
                continue;
            }
            counts.get(type).given++;
            if (hit != null && matched.add(hit)) {
                counts.get(type).right++;
                if (hit.inWikidata() && e.wikidataId() != null) {
                    counts.get(type).linked++;
                }
            } else if (label != null) {
                System.out.printf("  %s wrong:  %s %s%s%n", label, type, e.name(), hit != null ? " (a second entity for it)" : "");
            }
        }
        for (Gold g : gold) {
            if (g.optional()) {
                continue;
            }
            counts.get(g.type()).gold++;
            counts.get(g.type()).withItem += g.inWikidata() ? 1 : 0;
            if (!matched.contains(g) && label != null) {
                System.out.printf("  %s missed: %s %s%n", label, g.type(), g.name());
            } else if (matched.contains(g) && g.inWikidata() && label != null && !linked(analysis, g, headline)) {
                System.out.printf("  %s unlinked: %s %s%n", label, g.type(), g.name());
            }
        }
        return counts;
    }

    private static boolean linked(Analysis analysis, Gold g, String headline) {
        return analysis.entities().stream().anyMatch(e -> e.wikidataId() != null && g.type().equals(TYPES.get(e.type()))
                && intersects(g.forms(), forms(e, headline, analysis.bodyText())));
    }

    /** The entity's name and the texts of its mentions, normalised. */
    private static Set<String> forms(Entity e, String headline, String body) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm(e.name()));
        for (Mention m : e.mentions()) {
            String field = Mention.HEADLINE.equals(m.field()) ? headline : body;
            out.add(norm(field.substring(m.start(), m.end())));
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return b.stream().anyMatch(a::contains);
    }

    /** The engine's name key (case, accents, quotes, spaces), and a leading "the" and a possessive do not matter. */
    static String norm(String s) {
        return TextKeys.key(s).replaceFirst("^the ", "").replaceFirst("'s?$", "");
    }

    static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException(file + ": a gold line needs TYPE and name: " + line);
            }
            boolean optional = f[0].startsWith("?");
            String type = optional ? f[0].substring(1) : f[0];
            if (!GOLD_TYPES.contains(type)) {
                throw new IllegalArgumentException(file + ": unknown type " + f[0]);
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(norm(f[1]));
            if (f.length > 2 && !f[2].isBlank() && !f[2].strip().equals("-")) {
                for (String form : f[2].split("\\|")) {
                    forms.add(norm(form));
                }
            }
            out.add(new Gold(type, f[1].strip(), forms, f.length > 3 && f[3].strip().equals("W"), optional));
        }
        return out;
    }
}
