package io.newsroom.bench.store;

import io.newsroom.bench.store.EntityPool.PoolEntity;
import io.newsroom.bench.store.ServiceArtifacts.Topic;
import io.newsroom.schemas.EnrichedArticle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The kinds of GET /articles requests a newsroom front end sends, each drawing its parameter values from what the
 * generator really stored (popular and rare entities, common and rare words), so each class has a known,
 * realistic selectivity.
 */
final class QueryClasses {

    /** One class of request: {@code next} gives the query string of the next request. */
    record QueryClass(String group, String name, Function<SplittableRandom, String> next) {
    }

    private QueryClasses() {
    }

    static List<QueryClass> all(ArticleGenerator generator) {
        List<Topic> topics = generator.topLevelTopics();
        EntityPool entities = generator.entityPool();
        Vocabulary words = generator.vocabulary();
        List<String> common = words.commonWords();
        List<String> rare = words.rareWords();
        Instant first = ArticleGenerator.FIRST_PUBLISHED;
        long spanDays = ArticleGenerator.SPAN.toDays();

        Function<SplittableRandom, String> category = r -> "category=" + topics.get(r.nextInt(topics.size())).code();
        // Half popular (top 50: thousands of articles each), half from the long tail (dozens each).
        Function<SplittableRandom, PoolEntity> entity = r -> entities.atRank(r.nextBoolean()
                ? r.nextInt(50) : 50 + r.nextInt(entities.size() - 50));
        Function<SplittableRandom, String> week = r -> {
            Instant from = first.plus(Duration.ofDays(r.nextLong(spanDays - 7)));
            return "from=" + from.truncatedTo(ChronoUnit.SECONDS) + "&to=" + from.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        };
        return List.of(
                new QueryClass("filtered list", "category", category),
                new QueryClass("filtered list", "entity key", r -> "entity=" + enc(entity.apply(r).key())),
                new QueryClass("filtered list", "entity name", r -> "entity=" + enc(entity.apply(r).name())),
                new QueryClass("filtered list", "source", r -> "source=" + ArticleGenerator.SOURCES.get(r.nextInt(ArticleGenerator.SOURCES.size()))),
                new QueryClass("filtered list", "entityType",
                        r -> "entityType=" + EnrichedArticle.EntityType.values()[r.nextInt(EnrichedArticle.EntityType.values().length)]),
                new QueryClass("filtered list", "time range (7 days)", week),
                new QueryClass("filtered list", "combined (category+entity+30 days)", r -> {
                    Instant from = first.plus(Duration.ofDays(r.nextLong(spanDays - 30)));
                    return category.apply(r) + "&entity=" + enc(entities.atRank(r.nextInt(20)).key())
                            + "&from=" + from.truncatedTo(ChronoUnit.SECONDS) + "&to=" + from.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
                }),
                new QueryClass("full text", "q common word", r -> "q=" + enc(common.get(r.nextInt(common.size())))),
                new QueryClass("full text", "q rare word", r -> "q=" + enc(rare.get(r.nextInt(rare.size())))),
                new QueryClass("full text", "q phrase", r -> "q=" + enc("\"" + Vocabulary.PHRASES.get(r.nextInt(Vocabulary.PHRASES.size())) + "\"")),
                new QueryClass("full text", "q rare word + category", r -> "q=" + enc(rare.get(r.nextInt(rare.size()))) + "&" + category.apply(r)),
                new QueryClass("facets", "category + facets", r -> category.apply(r) + "&facets=true"),
                new QueryClass("facets", "entity + facets", r -> "entity=" + enc(entity.apply(r).key()) + "&facets=true"),
                new QueryClass("facets", "q common word + facets", r -> "q=" + enc(common.get(r.nextInt(common.size()))) + "&facets=true"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
