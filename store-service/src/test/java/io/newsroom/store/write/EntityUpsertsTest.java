package io.newsroom.store.write;

import io.agroal.api.AgroalDataSource;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    @Test
    void shouldNotMakeAConcurrentWriterWaitForAnUnchangedPopularEntity() throws SQLException {
        String name = "Popular " + uniqueId().substring(0, 8);
        EnrichedArticle mention = builder(uniqueId()).entity(EntityType.PERSON, name, null).build();
        try (Connection setup = dataSource.getConnection()) {
            EntityUpserts.write(setup, List.of(mention), Map.of(), Instant.now());
        }

        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            EntityUpserts.write(first, List.of(builder(uniqueId()).entity(EntityType.PERSON, name, null).build()), Map.of(), Instant.now());
            try (Statement s = second.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '2s'");
            }
            // Before: the second writer queued behind the first's open transaction until lock_timeout.
            assertThatCode(() -> EntityUpserts.write(second,
                    List.of(builder(uniqueId()).entity(EntityType.PERSON, name, null).build()), Map.of(), Instant.now()))
                    .doesNotThrowAnyException();
            second.commit();
            first.commit();
        }
    }

    @Test
    void shouldStillRefreshTheNameAndWikidataIdOfAKnownEntity() throws SQLException {
        String tag = uniqueId().substring(0, 8);
        String wikidataId = "Q" + Math.abs(tag.hashCode());
        try (Connection c = dataSource.getConnection()) {
            EntityUpserts.write(c, List.of(builder(uniqueId()).entity(EntityType.PERSON, "Old " + tag, wikidataId).build()), Map.of(), Instant.now());
            EntityUpserts.write(c, List.of(builder(uniqueId()).entity(EntityType.PERSON, "New " + tag, wikidataId).build()), Map.of(), Instant.now());
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
}
