package io.newsroom.e2e;

import io.newsroom.e2e.NewsroomScript.Result;
import io.newsroom.infra.FreePort;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./newsroom up --scale enrich-service=2,store-service=2} as a developer runs it, with its own broker and
 * database (in a temporary run folder, everything on free ports, so nothing it publishes reaches the other tests'
 * broker; the samples it sends would make their identical posts "unchanged"): instance 2 of each scaled service runs on its
 * service's port + 10 and joins the service's consumer group as its own member; {@code status} has a line per
 * instance, {@code restart enrich-service-2} brings back that instance alone, {@code down} stops them all. A scale the
 * script cannot honour is refused before anything starts.
 */
class NewsroomScaleTest {

    @TempDir
    Path runDir;

    private final int kafkaPort = FreePort.find();
    private final int postgresPort = FreePort.find();
    private final int ingestPort = portWithItsSecondInstanceFree();
    private final int enrichPort = portWithItsSecondInstanceFree();
    private final int storePort = portWithItsSecondInstanceFree();

    @AfterEach
    void stopEverything() throws Exception {
        newsroom("down");
    }

    @Test
    void shouldRunTwoInstancesOfEnrichAndStoreInOneGroupEachAndStatusRestartAndStopThem() throws Exception {
        Result up = newsroom("up", "--detach", "--scale", "enrich-service=2,store-service=2");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.line("enrich-service-2")).contains("http://localhost:" + (enrichPort + 10) + "/q/health");
        assertThat(up.line("store-service-2")).contains("http://localhost:" + (storePort + 10) + "/q/health");

        Result status = newsroom("status");
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(status.output().lines().map(l -> l.trim().split(" +")[0]).toList()).containsExactly(
                "postgres", "kafka", "store-service", "store-service-2", "enrich-service", "enrich-service-2", "ingest-service");
        assertThat(status.line("enrich-service-2")).contains("UP", "port " + (enrichPort + 10), "live, ready");
        assertThat(status.line("store-service-2")).contains("UP", "port " + (storePort + 10), "live, ready");
        assertThat(status.line("enrich-service")).contains("UP", "port " + enrichPort);
        assertThat(membersOf("enrich-service")).containsExactly("enrich-service-" + enrichPort, "enrich-service-" + (enrichPort + 10));
        assertThat(membersOf("store-service")).containsExactly("store-service-" + storePort, "store-service-" + (storePort + 10));

        String pidBefore = Files.readString(runDir.resolve("pids/enrich-service-2.pid")).trim();
        Result restarted = newsroom("restart", "enrich-service-2");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.line("enrich-service-2")).contains("UP", "port " + (enrichPort + 10));
        assertThat(Files.readString(runDir.resolve("pids/enrich-service-2.pid")).trim()).isNotEqualTo(pidBefore);
        assertThat(runDir.resolve("logs/enrich-service-2.previous.log")).exists();

        Result down = newsroom("down");
        assertThat(down.output()).contains("stopping enrich-service-2", "stopping store-service-2", "stopping store-service ");
        try (Stream<Path> pids = Files.list(runDir.resolve("pids"))) {
            assertThat(pids).isEmpty();
        }
    }

    @Test
    void shouldRefuseAScaleItCannotHonourBeforeStartingAnything() throws Exception {
        Result infrastructure = newsroom("up", "--scale", "kafka=2");
        Result tooMany = newsroom("up", "--scale", "enrich-service=7");
        Result malformed = newsroom("up", "--scale", "enrich-service");

        assertThat(infrastructure.exit()).isNotZero();
        assertThat(infrastructure.output()).contains("'kafka' cannot be scaled");
        assertThat(tooMany.exit()).isNotZero();
        assertThat(tooMany.output()).contains("at most 6 instances");
        assertThat(malformed.exit()).isNotZero();
        assertThat(malformed.output()).contains("--scale takes SERVICE=COUNT");
        assertThat(runDir.resolve("settings.env")).doesNotExist();
    }

    /** Instance ids of the group's members (each instance's consumers are {@code <instance id>-<n>}), once both joined. */
    private Set<String> membersOf(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort))) {
            // Until the first member joins, the broker does not know the group and says so with an error: "not yet".
            return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(e -> e.getCause() instanceof GroupIdNotFoundException).until(() -> admin
                    .describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group).members().stream()
                    .map(m -> m.groupInstanceId().orElse(m.clientId()))
                    .map(id -> id.substring(0, id.lastIndexOf('-')))
                    .collect(Collectors.toCollection(TreeSet::new)), ids -> ids.size() == 2);
        }
    }

    /** A free port whose +10 is free too: the port of a service's second instance. */
    private static int portWithItsSecondInstanceFree() {
        int port;
        do {
            port = FreePort.find();
        } while (port > 65_000 || !FreePort.isFree(port + 10));
        return port;
    }

    private Result newsroom(String... args) throws Exception {
        return NewsroomScript.run(runDir, Map.of("KAFKA", kafkaPort, "POSTGRES", postgresPort, "INGEST", ingestPort,
                "ENRICH", enrichPort, "STORE", storePort), Duration.ofSeconds(240), args);
    }
}
