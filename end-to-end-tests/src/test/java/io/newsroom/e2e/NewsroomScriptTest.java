package io.newsroom.e2e;

import io.newsroom.infra.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./newsroom status} and {@code ./newsroom restart} against a real PostgreSQL the script starts itself (in
 * a temporary run folder, on free ports): status takes the database's health from the server, not from the
 * wrapper JVM's pid, so a killed server under a live wrapper is DOWN; restart takes back a server whose wrapper
 * was killed (the orphan would otherwise hold the port) and brings it back UP.
 */
class NewsroomScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path runDir;

    private final int postgresPort = FreePort.find();

    /** Exit status and output of one script command. */
    record Result(int exit, String output) {
        /** The component's status line: the last line naming it (restart prints progress lines first). */
        String line(String component) {
            return output.lines().filter(l -> l.trim().startsWith(component + " ")).reduce((a, b) -> b).orElse("");
        }
    }

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
        ProcessBuilder builder = new ProcessBuilder(concat(ROOT.resolve("newsroom").toString(), args))
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSROOM_"));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("NEWSROOM_RUN_DIR", runDir.toString());
        env.put("NEWSROOM_POSTGRES_PORT", Integer.toString(postgresPort));
        for (String name : List.of("KAFKA", "INGEST", "ENRICH", "STORE")) {
            env.put("NEWSROOM_" + name + "_PORT", Integer.toString(FreePort.find()));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }

    private static List<String> concat(String first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toList();
    }
}
