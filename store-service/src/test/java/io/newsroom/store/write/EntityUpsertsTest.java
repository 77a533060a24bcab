package io.newsroom.store.write;

import io.agroal.api.AgroalDataSource;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Entity rows are written without locking the popular ones: a batch that mentions an entity already known, with
 * nothing new about it, must not make another writer's batch (another instance) wait for its commit.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class EntityUpsertsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void shouldNotMakeAConcurrentWriterWaitForAnUnchangedPopularEntity() throws Exception {
        String name = "Popular " + uniqueId().substring(0, 8);
        write(builder(uniqueId()).entity(EntityType.PERSON, name, null).build());

        // Two writers (two instances), each in its own transaction on its own thread: the first has written and
        // not committed yet while the second writes the same known entity.
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService writers = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = writers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                EntityUpserts.write(em, List.of(builder(uniqueId()).entity(EntityType.PERSON, name, null).build()),
                        Map.of(), Instant.now());
                firstWrote.countDown();
                awaitQuietly(releaseFirst);
            }));
            assertThat(firstWrote.await(20, TimeUnit.SECONDS)).isTrue();
            // Before: the second writer queued behind the first's open transaction until lock_timeout.
            assertThatCode(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SET LOCAL lock_timeout = '2s'").executeUpdate();
                EntityUpserts.write(em, List.of(builder(uniqueId()).entity(EntityType.PERSON, name, null).build()),
                        Map.of(), Instant.now());
            })).doesNotThrowAnyException();
            releaseFirst.countDown();
            first.get(20, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            writers.shutdownNow();
        }
    }

    @Test
    void shouldStillRefreshTheNameAndWikidataIdOfAKnownEntity() throws SQLException {
        String tag = uniqueId().substring(0, 8);
        String wikidataId = "Q" + Math.abs(tag.hashCode());
        write(builder(uniqueId()).entity(EntityType.PERSON, "Old " + tag, wikidataId).build());
        write(builder(uniqueId()).entity(EntityType.PERSON, "New " + tag, wikidataId).build());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT name, wikidata_id FROM entity WHERE entity_key = ?")) {
                s.setString(1, "wikidata:" + wikidataId);
                try (ResultSet row = s.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("New " + tag);
                    assertThat(row.getString(2)).isEqualTo(wikidataId);
                    assertThat(row.next()).isFalse();
                }
            }
        }
    }

    /** One writer's batch of one article, committed. */
    private void write(EnrichedArticle article) {
        QuarkusTransaction.requiringNew().run(() -> EntityUpserts.write(em, List.of(article), Map.of(), Instant.now()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
