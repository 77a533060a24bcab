package io.newsroom.bench.pipeline;

import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.infra.FreePort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The broker or the database as its own process, exactly as {@code ./newsroom up} runs them
 * ({@code io.newsroom.infra.LocalInfrastructure kafka|postgres <dir> <port>}), not inside the benchmark JVM: so the
 * CPU each one spends is read from /proc apart from the load generator's. The database is two trees: the launcher JVM
 * (idle once started) and the postgres server with its backends, which pg_ctl started as a daemon outside the
 * launcher's tree (re-parented to init), so its pid comes from the cluster's {@code postmaster.pid}. Read through the
 * launcher alone, a run that stored 10,000 articles showed the database at 0.01 CPU seconds.
 */
final class InfrastructureProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final String address;
    private final Path dataDir;

    private InfrastructureProcess(String name, Process process, String address, Path dataDir) {
        this.name = name;
        this.process = process;
        this.address = address;
        this.dataDir = dataDir;
    }

    /** Starts {@code kafka} or {@code postgres} and returns once it printed its READY line (its address). */
    static InfrastructureProcess start(String kind, String heap, Path dataDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap));
        // KAFKA_JVM_OPTIONS / POSTGRES_JVM_OPTIONS: the launcher JVM's options (the broker runs inside it; for the
        // database it is only the launcher), as the services take theirs from <SERVICE>_JVM_OPTIONS.
        command.addAll(ServiceProcess.jvmOptions(kind));
        command.addAll(List.of("-Dlog4j2.configurationFile=log4j2-broker.xml", "-cp", System.getProperty("java.class.path"),
                "io.newsroom.infra.LocalInfrastructure", kind, dataDir.toString(), Integer.toString(FreePort.find())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String ready = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("READY ")).findFirst().orElse(null);
            if (ready != null) {
                return new InfrastructureProcess(kind, process, ready.substring(ready.indexOf('=') + 1).trim(), dataDir);
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

    /** The roots of every process tree this part runs in: the launcher, and for the database its server too. */
    List<Long> pids() {
        Path postmaster = dataDir.resolve("data").resolve("postmaster.pid"); // where io.newsroom.infra.Postgres puts the cluster
        if (!Files.exists(postmaster)) {
            return List.of(process.pid());
        }
        try {
            // postmaster.pid: the server's pid on its first line (PostgreSQL's documented lock file layout).
            long server = Long.parseLong(Files.readAllLines(postmaster, StandardCharsets.US_ASCII).get(0).trim());
            return List.of(process.pid(), server);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the postgres server's pid from " + postmaster, e);
        }
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
