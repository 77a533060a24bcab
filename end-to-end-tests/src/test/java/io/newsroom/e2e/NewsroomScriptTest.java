package io.newsroom.e2e;

import io.newsroom.e2e.NewsroomScript.Result;
import io.newsroom.infra.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./newsroom status} and {@code ./newsroom restart} against a real PostgreSQL the script starts itself (in
 * a temporary run folder, on free ports): status takes the database's health from the server, not from the
 * wrapper JVM's pid, so a killed server under a live wrapper is DOWN; restart takes back a server whose wrapper
 * was killed (the orphan would otherwise hold the port) and brings it back UP.
 */
class NewsroomScriptTest {

    @TempDir
    Path runDir;

    private final int postgresPort = FreePort.find();

    @AfterEach
    void stopEverything() throws Exception {
        newsroom("down");
    }

    @Test
    void shouldReportADatabaseKilledUnderItsLiveWrapperAsDownAndBringItBackWithRestart() throws Exception {
        Result started = newsroom("restart", "postgres");
        assertThat(started.exit()).as(started.output()).isZero();
        assertThat(started.line("postgres")).contains("UP", "port " + postgresPort, "answers a query");

        long serverPid = serverPid();
        ProcessHandle.of(serverPid).orElseThrow().destroyForcibly();
        ProcessHandle.of(serverPid).ifPresent(p -> p.onExit().join());
        Result afterKill = newsroom("status");

        assertThat(afterKill.exit()).isNotZero();
        assertThat(afterKill.line("postgres")).contains("DOWN", "server not running under a live wrapper JVM");

        Result restarted = newsroom("restart", "postgres");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.line("postgres")).contains("UP", "answers a query");
    }

    @Test
    void shouldTakeBackAServerOrphanedByAKilledWrapper() throws Exception {
        assertThat(newsroom("restart", "postgres").exit()).isZero();
        long orphan = serverPid();
        long wrapper = Long.parseLong(Files.readString(runDir.resolve("pids/postgres.pid")).trim());
        ProcessHandle.of(wrapper).orElseThrow().destroyForcibly();
        ProcessHandle.of(wrapper).ifPresent(p -> p.onExit().join());

        Result orphaned = newsroom("status");
        assertThat(orphaned.line("postgres")).contains("UP", "pid " + orphan, "orphaned");

        Result restarted = newsroom("restart", "postgres");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("stopping orphaned postgres server (pid " + orphan + ")");
        assertThat(restarted.line("postgres")).contains("UP", "wrapper JVM pid");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void shouldExitNonZeroWithOneDownLinePerComponentWhenNothingRuns() throws Exception {
        Result status = newsroom("status");

        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.output().lines().map(String::trim).map(l -> l.split(" +")[0]))
                .containsExactly("postgres", "kafka", "store-service", "enrich-service", "ingest-service");
        assertThat(status.output().lines()).allSatisfy(l -> assertThat(l).contains("DOWN", "not running"));
    }

    private long serverPid() throws IOException {
        return Long.parseLong(Files.readAllLines(runDir.resolve("postgres/data/postmaster.pid")).get(0).trim());
    }

    private Result newsroom(String... args) throws Exception {
        Map<String, Integer> ports = new java.util.HashMap<>(Map.of("POSTGRES", postgresPort));
        for (String name : List.of("KAFKA", "INGEST", "ENRICH", "STORE")) {
            ports.put(name, FreePort.find());
        }
        return NewsroomScript.run(runDir, ports, Duration.ofSeconds(120), args);
    }

}
