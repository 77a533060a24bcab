package io.newsroom.bench.pipeline;

import io.newsroom.infra.FreePort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The broker or the database as its own process, exactly as {@code ./newsroom up} runs them
 * ({@code io.newsroom.infra.LocalInfrastructure kafka|postgres <dir> <port>}), not inside the benchmark JVM: so the
 * CPU each one spends is read from /proc apart from the load generator's. The database's process tree is the launcher
 * JVM (idle once started), the postgres server and its backends.
 */
final class InfrastructureProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final String address;

    private InfrastructureProcess(String name, Process process, String address) {
        this.name = name;
        this.process = process;
        this.address = address;
    }

    /** Starts {@code kafka} or {@code postgres} and returns once it printed its READY line (its address). */
    static InfrastructureProcess start(String kind, String heap, Path dataDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dlog4j2.configurationFile=log4j2-broker.xml", "-cp", System.getProperty("java.class.path"),
                "io.newsroom.infra.LocalInfrastructure", kind, dataDir.toString(), Integer.toString(FreePort.find()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String ready = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("READY ")).findFirst().orElse(null);
            if (ready != null) {
                return new InfrastructureProcess(kind, process, ready.substring(ready.indexOf('=') + 1).trim());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(kind + " exited with " + process.exitValue() + "; see " + log);
            }
            Thread.sleep(200);
        }
        process.destroy();
        throw new IllegalStateException(kind + " not ready after " + timeout + "; see " + log);
    }

    /** bootstrap.servers of the broker, or the JDBC URL of the database. */
    String address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: LocalInfrastructure's hook stops the broker or the postgres server cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            System.err.println(name + " did not stop in 60 s; killing it");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
