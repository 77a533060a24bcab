package io.newsroom.bench.store;

import io.newsroom.bench.store.EntityPool.PoolEntity;
import io.newsroom.bench.store.ServiceArtifacts.Topic;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.PubStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Enriched article number {@code i}, always the same for the same seed: the Kafka phase and the JDBC baseline each
 * regenerate the articles instead of holding 100,000 of them (about 1 GB) in memory.
 * <p>
 * Shape of an article: about 3,000 characters of body in paragraphs, 1-3 IPTC categories, 5-15 entities whose
 * names really occur in the text at the mention offsets, one year of publication times in id order.
 */
public final class ArticleGenerator {

    static final Instant FIRST_PUBLISHED = Instant.parse("2025-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(365);
    public static final List<String> SOURCES = List.of("wire-eu", "wire-us", "wire-asia", "city-desk", "business-desk",
            "sports-desk", "culture-desk", "science-desk", "regional-north", "regional-south", "partner-feed",
            "agency-fr");
    private static final List<String> OTHER_LANGUAGES = List.of("de", "fr", "es", "it");
    private static final int BODY_CHARS = 3_000;

    private final long seed;
    private final int count;
    private final Vocabulary words;
    private final EntityPool entities;
    private final List<Topic> topLevel;
    private final Map<String, List<Topic>> children;
    private final Zipf topicSkew;
    private final Zipf sourceSkew = new Zipf(SOURCES.size(), 1.0);
    private final List<String> authors;

    public ArticleGenerator(long seed, int count, List<Topic> taxonomy) {
        this.seed = seed;
        this.count = count;
        this.words = new Vocabulary(seed, 20_000);
        this.entities = new EntityPool(seed + 1, 4_000);
        this.topLevel = taxonomy.stream().filter(t -> t.parent().isEmpty()).toList();
        this.children = taxonomy.stream().filter(t -> !t.parent().isEmpty())
                .collect(Collectors.groupingBy(Topic::parent, LinkedHashMap::new, Collectors.toList()));
        this.topicSkew = new Zipf(topLevel.size(), 0.7);
        SplittableRandom random = new SplittableRandom(seed + 2);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add(cap(Vocabulary.pseudoWord(random, 2)) + " " + cap(Vocabulary.pseudoWord(random, 2 + random.nextInt(2))));
        }
        this.authors = List.copyOf(names);
    }

    Vocabulary vocabulary() {
        return words;
    }

    EntityPool entityPool() {
        return entities;
    }

    List<Topic> topLevelTopics() {
        return topLevel;
    }

    /** A code and its children, as store-service expands a top-level category filter. */
    List<String> withChildren(String code) {
        List<String> codes = new ArrayList<>(List.of(code));
        children.getOrDefault(code, List.of()).forEach(t -> codes.add(t.code()));
        return codes;
    }

    int count() {
        return count;
    }

    EnrichedArticle article(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String source = SOURCES.get(sourceSkew.next(random));
        String sourceId = "bench-" + seed + "-" + i;
        Instant time = FIRST_PUBLISHED.plus(SPAN.multipliedBy(i).dividedBy(Math.max(count, 1)))
                .plusSeconds(random.nextLong(-7_200, 7_200));
        String url = "https://" + source + ".example/" + time.toString().substring(0, 10).replace('-', '/') + "/story-" + i;
        String language = random.nextDouble() < 0.9 ? "en" : OTHER_LANGUAGES.get(random.nextInt(OTHER_LANGUAGES.size()));
        double status = random.nextDouble();
        PubStatus pubStatus = status < 0.985 ? PubStatus.USABLE : status < 0.995 ? PubStatus.WITHHELD : PubStatus.CANCELED;
        Instant published = random.nextDouble() < 0.95 ? time : null;
        Instant versionCreated = time.plusSeconds(random.nextInt(0, 900));
        Instant ingestedAt = versionCreated.plusMillis(random.nextInt(200, 2_000));

        List<PoolEntity> mentioned = pickEntities(random);
        Text text = new Text();
        String headline = headline(random, mentioned.get(0), text);
        String bodyText = body(random, mentioned, text);
        String body = "<p>" + bodyText.replace("\n\n", "</p>\n<p>") + "</p>";

        return new EnrichedArticle(ArticleIds.derive(source, sourceId, url), source, sourceId, url,
                1 + (i % 10 == 0 ? 1 : 0), headline, body, language, time.minusSeconds(600), versionCreated, published,
                pickAuthors(random), pubStatus, ingestedAt, bodyText, categories(random), text.entities(mentioned, random),
                keywords(random), bodyText.substring(0, bodyText.indexOf('.') + 1), ingestedAt.plusMillis(1_500),
                "nlp-engine-bench", null);
    }

    /** Mentions found while writing the text, per entity key. */
    private static final class Text {
        final Map<String, List<Mention>> mentions = new LinkedHashMap<>();

        void mention(PoolEntity entity, String field, int start) {
            mentions.computeIfAbsent(entity.key(), k -> new ArrayList<>())
                    .add(new Mention(field, start, start + entity.name().length()));
        }

        List<Entity> entities(List<PoolEntity> pool, SplittableRandom random) {
            List<Entity> result = new ArrayList<>();
            for (PoolEntity e : pool) {
                List<Mention> found = mentions.getOrDefault(e.key(), List.of());
                if (!found.isEmpty()) {
                    result.add(new Entity(e.type(), e.name(), e.key(), e.wikidataId(), found.size(), found,
                            Math.round((0.6 + 0.39 * random.nextDouble()) * 1000) / 1000.0));
                }
            }
            return result;
        }
    }

    private List<PoolEntity> pickEntities(SplittableRandom random) {
        int wanted = random.nextInt(5, 16);
        Set<PoolEntity> picked = new LinkedHashSet<>();
        while (picked.size() < wanted) {
            picked.add(entities.next(random));
        }
        return List.copyOf(picked);
    }

    private String headline(SplittableRandom random, PoolEntity lead, Text text) {
        StringBuilder h = new StringBuilder();
        text.mention(lead, Mention.HEADLINE, 0);
        h.append(lead.name());
        int n = random.nextInt(5, 11);
        for (int w = 0; w < n; w++) {
            h.append(' ').append(words.next(random));
        }
        return h.toString();
    }

    /** Sentences of Zipf-drawn words; each entity is named 1-3 times, stock phrases now and then. */
    private String body(SplittableRandom random, List<PoolEntity> mentioned, Text text) {
        List<PoolEntity> toMention = new ArrayList<>();
        for (PoolEntity e : mentioned) {
            int times = random.nextInt(1, 4);
            for (int t = 0; t < times; t++) {
                toMention.add(e);
            }
        }
        StringBuilder b = new StringBuilder(BODY_CHARS + 200);
        int sentence = 0;
        while (b.length() < BODY_CHARS || !toMention.isEmpty()) {
            if (sentence > 0) {
                b.append(sentence % 4 == 0 ? "\n\n" : " ");
            }
            int words = random.nextInt(8, 20);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    b.append(' ');
                }
                double x = random.nextDouble();
                if (x < 0.06 && !toMention.isEmpty()) {
                    PoolEntity e = toMention.remove(toMention.size() - 1);
                    text.mention(e, Mention.BODY_TEXT, b.length());
                    b.append(e.name());
                } else if (x < 0.075) {
                    b.append(Vocabulary.PHRASES.get(random.nextInt(Vocabulary.PHRASES.size())));
                } else {
                    String word = this.words.next(random);
                    b.append(w == 0 ? cap(word) : word);
                }
            }
            b.append('.');
            sentence++;
        }
        return b.toString();
    }

    private List<Category> categories(SplittableRandom random) {
        int wanted = random.nextInt(1, 4);
        Map<String, Category> picked = new LinkedHashMap<>();
        double confidence = 0.95;
        while (picked.size() < wanted) {
            Topic top = topLevel.get(topicSkew.next(random));
            List<Topic> kids = children.getOrDefault(top.code(), List.of());
            Topic topic = !kids.isEmpty() && random.nextDouble() < 0.6 ? kids.get(random.nextInt(kids.size())) : top;
            picked.putIfAbsent(topic.code(), new Category(topic.code(), topic.label(), Math.round(confidence * 1000) / 1000.0));
            confidence *= 0.7;
        }
        return List.copyOf(picked.values());
    }

    private List<String> pickAuthors(SplittableRandom random) {
        return random.nextDouble() < 0.1 ? List.of()
                : List.of(authors.get(random.nextInt(authors.size())));
    }

    private List<String> keywords(SplittableRandom random) {
        Set<String> keywords = new LinkedHashSet<>();
        int wanted = random.nextInt(3, 9);
        while (keywords.size() < wanted) {
            keywords.add(words.contentWord(random));
        }
        return List.copyOf(keywords);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
