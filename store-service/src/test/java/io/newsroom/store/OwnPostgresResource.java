package io.newsroom.store;

import io.newsroom.infra.FreePort;
import io.newsroom.infra.Postgres;
import io.newsroom.infra.TempDirectories;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL of the test's own (not the JVM's shared one, which other test classes use) that the test can
 * stop, start again on the same port and data, freeze (SIGSTOP of the server and its backends: TCP is still accepted,
 * nothing answers) and thaw.
 */
public class OwnPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static Path data;
    private static int port;
    private static Postgres server;
    private static List<Long> frozen = List.of();

    /** After the shared PostgresResource that other test classes declare for every test: this datasource wins. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public synchronized Map<String, String> start() {
        data = TempDirectories.create("newsroom-test-own-postgres");
        port = FreePort.find();
        startDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD);
    }

    @Override
    public synchronized void stop() {
        thaw();
        if (server != null) {
            server.close();
            server = null;
        }
        TempDirectories.deleteEventually(data);
    }

    public static synchronized void startDatabase() {
        server = Postgres.start(data, port, false);
    }

    public static synchronized void stopDatabase() {
        server.close();
    }

    /** SIGSTOP the postmaster and every backend: a server that accepts connections and never answers. */
    public static synchronized void freeze() {
        long postmaster = postmasterPid();
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(child -> pids.add(child.pid())));
        signal("-STOP", pids);
        frozen = pids;
    }

    public static synchronized void thaw() {
        if (!frozen.isEmpty()) {
            signal("-CONT", frozen);
            frozen = List.of();
        }
    }

    private static long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("data").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
