package io.newsroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker or the database as {@code ./newsroom up} runs it: a LocalInfrastructure JVM ({@code kafka|postgres DIR
 * PORT}) on a fixed port and data folder, so a restart after kill -9 finds its topics or tables again.
 */
final class Infrastructure {

    enum Kind { KAFKA, POSTGRES }

    final Kind kind;
    final Path dataDir;
    final int port;
    private final Path logDir;
    private ChildProcess wrapper;

    Infrastructure(Kind kind, Path dataDir, int port, Path logDir) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.port = port;
        this.logDir = logDir;
    }

    /** Starts the wrapper and returns once it printed READY; retries while the port is still held by the dead one. */
    void start(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long logStart = logLength();
            wrapper = ChildProcess.start(name(), command(), Map.of(), logDir.resolve(name() + ".log"));
            while (Instant.now().isBefore(deadline) && wrapper.isAlive() && !logSaysReady(logStart)) {
                Thread.sleep(200);
            }
            if (logSaysReady(logStart)) {
                return;
            }
            if (wrapper.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name() + " not ready after " + timeout + "; see " + wrapper.log);
            }
            Thread.sleep(1_000); // exited (port still in use, stale lock): try again until the deadline
        }
    }

    /**
     * kill -9 of everything that serves clients: for PostgreSQL the real server (its pid is in postmaster.pid; the
     * wrapper JVM only supervises it) and then the wrapper, as an operator's crash would leave it.
     */
    void kill9() throws InterruptedException {
        if (kind == Kind.POSTGRES) {
            Optional<Long> server = postgresServerPid();
            server.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
            for (int i = 0; i < 100 && server.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(100);
            }
        }
        wrapper.kill9();
    }

    void stop() throws InterruptedException {
        if (wrapper != null) {
            wrapper.stop(30);
        }
    }

    String name() {
        return kind.name().toLowerCase();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/newsroom";
    }

    Optional<Long> postgresServerPid() {
        Path pidFile = dataDir.resolve("data").resolve("postmaster.pid");
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being written or removed right now
        }
    }

    private List<String> command() {
        Path infra = Path.of("..", "local-infrastructure", "target").toAbsolutePath().normalize();
        String classpath = infra.resolve("classes") + java.io.File.pathSeparator + infra.resolve("lib") + "/*";
        return List.of(ChildProcess.java(), kind == Kind.KAFKA ? "-Xmx512m" : "-Xmx128m",
                "-Dlog4j2.configurationFile=log4j2-broker.xml", "-cp", classpath,
                "io.newsroom.infra.LocalInfrastructure", name(), dataDir.toString(), Integer.toString(port));
    }

    private long logLength() {
        try {
            Path log = logDir.resolve(name() + ".log");
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean logSaysReady(long from) {
        try {
            Path log = logDir.resolve(name() + ".log");
            if (!Files.exists(log)) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(log);
            return new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                    java.nio.charset.StandardCharsets.UTF_8).contains("READY " + name());
        } catch (IOException e) {
            return false;
        }
    }
}
