package io.newsroom.store.database;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read path's statements on one connection see one snapshot, on the real database: a reader of an article takes
 * its row, categories and entities as of one moment, never across the commit of the transaction that stores it.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class JdbcSnapshotTest {

    @Inject
    Jdbc jdbc;

    @Test
    void shouldReadEveryStatementOfOneReadFromOneReadOnlySnapshot() {
        List<String> seen = jdbc.read("Snapshot", reads -> List.of(
                reads.list("SHOW transaction_isolation", List.of(), rs -> rs.getString(1)).get(0),
                reads.list("SHOW transaction_read_only", List.of(), rs -> rs.getString(1)).get(0),
                reads.list("SELECT now()::text", List.of(), rs -> rs.getString(1)).get(0),
                reads.list("SELECT pg_sleep(0.05)::text || now()::text", List.of(), rs -> rs.getString(1)).get(0)));

        assertThat(seen.get(0)).isEqualTo("repeatable read");
        assertThat(seen.get(1)).isEqualTo("on");
        assertThat(seen.get(3)).as("one transaction: now() is its start in every statement").isEqualTo(seen.get(2));
    }

    @Test
    void shouldNameAFailedReadAndServeTheNextOne() {
        assertThatThrownBy(() -> jdbc.read("Failing read", reads -> reads.list("SELECT no_such_column FROM article",
                List.of(), rs -> rs.getString(1)))).isInstanceOf(IllegalStateException.class).hasMessage("Failing read failed");

        List<Integer> next = jdbc.read("Next read", reads -> reads.list("SELECT 1", List.of(), rs -> rs.getInt(1)));
        assertThat(next).containsExactly(1);
        assertThat(jdbc.list("One statement", "SHOW transaction_read_only", List.of(), rs -> rs.getString(1)))
                .as("a single statement runs outside the read-only snapshot").containsExactly("off");
    }
}
