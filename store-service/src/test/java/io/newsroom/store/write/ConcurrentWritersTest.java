package io.newsroom.store.write;

import io.agroal.api.AgroalDataSource;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.EnrichedEvents;
import io.newsroom.store.database.DatabaseErrors;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.newsroom.store.EnrichedEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several writers (consumers of one instance, or several instances) store batches at the same time: they must never
 * deadlock, whatever the order of the articles in their batches and however much their entities overlap. The writers
 * call {@link ArticleUpsert} directly (no retry), on the real PostgreSQL, so a deadlock the database detects surfaces
 * as an exception, and the database's own deadlock counter must not move.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentWritersTest {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 10;
    private static final int SHARED_ARTICLES = 60;
    private static final int SHARED_ENTITIES = 200;

    @Inject
    ArticleUpsert upsert;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNeverDeadlockWhenWritersStoreOverlappingBatchesInDifferentOrders() throws Exception {
        String tag = uniqueId().substring(0, 8);
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < SHARED_ARTICLES; i++) {
            shared.add(tag + "-shared-" + i);
        }
        // The shared articles exist before the race: concurrent inserts of one new id are a duplicate-key error for
        // the later writer (retried by ArticleStore), not a deadlock; the writers still insert new articles of their own.
        upsert.upsertAll(shared.stream().map(id -> article(tag, id, 1, 0, 0, new Random(0))).toList());
        long deadlocksBefore = deadlocks();

        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CyclicBarrier everyRound = new CyclicBarrier(WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                Random random = new Random(writer);
                for (int round = 1; round <= ROUNDS; round++) {
                    List<EnrichedArticle> batch = new ArrayList<>();
                    // A higher version each round, different per writer: some writes win, some are stale.
                    int version = 1 + round * WRITERS + writer;
                    // Each writer's own articles, new ones and new versions of earlier ones; now and then an article
                    // another writer also stores (overlapping articles serialise writers on that article's row).
                    for (int i = 0; i < 10; i++) {
                        batch.add(article(tag, tag + "-own-" + writer + "-" + round + "-" + i, 1, round, writer, random));
                        int earlier = 1 + random.nextInt(round);
                        batch.add(article(tag, tag + "-own-" + writer + "-" + earlier + "-" + i, 1 + round, round, writer, random));
                    }
                    if (random.nextInt(3) == 0) {
                        batch.add(article(tag, shared.get(random.nextInt(shared.size())), version, round, writer, random));
                    }
                    Collections.shuffle(batch, random);
                    try {
                        everyRound.await(60, TimeUnit.SECONDS);
                        upsert.upsertAll(batch);
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
                return null;
            }));
        }
        writers.shutdown();
        for (Future<?> writer : done) {
            writer.get(5, TimeUnit.MINUTES);
        }

        assertThat(failures).as("writers' failures (a deadlock is detected after deadlock_timeout, then one writer fails)")
                .extracting(DatabaseErrors::describe).isEmpty();
        // The counter may lag by a moment (statistics are flushed periodically), so it can only under-count: the
        // exceptions above are the authoritative check; this one catches a deadlock something else retried.
        assertThat(deadlocks()).isEqualTo(deadlocksBefore);
    }

    /**
     * An article mentioning popular entities that every writer mentions (their names change between rounds, so rows are
     * refreshed), entities new in this round that the other writers also create, and a few canceled versions.
     */
    private static EnrichedArticle article(String tag, String sourceId, int version, int round, int writer, Random random) {
        EnrichedEvents.Builder builder = EnrichedEvents.builder(sourceId).version(version)
                .status(version > 1 && random.nextInt(8) == 0 ? PubStatus.CANCELED : PubStatus.USABLE);
        for (int i = 0; i < 6; i++) {
            int entity = random.nextInt(SHARED_ENTITIES);
            // Mostly the name every writer uses; now and then a writer's own spelling, which refreshes the row.
            String name = random.nextInt(4) == 0 ? " as named by writer " + writer + " in round " + round : "";
            builder.entity(EntityType.PERSON, "Person " + entity + name, "Q" + Math.abs(tag.hashCode()) + "x" + entity);
        }
        for (int i = 0; i < 3; i++) {
            builder.entity(EntityType.ORGANIZATION, "Org " + tag + " round " + round + " number " + random.nextInt(10), null);
        }
        return builder.build();
    }

    private long deadlocks() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
