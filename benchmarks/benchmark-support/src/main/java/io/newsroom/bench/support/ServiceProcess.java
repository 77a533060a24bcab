package io.newsroom.bench.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service (ingest-service, enrich-service, store-service) as its own process, configured only through
 * environment variables as ops would run it (same approach as the end-to-end test's ServiceProcess); every benchmark
 * that measures a service starts it so. {@code <SERVICE>_JVM_OPTIONS} (e.g. {@code INGEST_JVM_OPTIONS},
 * {@code STORE_JVM_OPTIONS}) adds JVM options such as a profiler agent.
 */
public final class ServiceProcess implements AutoCloseable {

    /** One HTTP answer: status -1 when there was none (refused, reset, timed out), with the reason as body. */
    public record Answer(int status, String body, double seconds) {
        public boolean ok() {
            return status == 200;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** @param name the service's name, e.g. {@code store-service}: names the JVM options variable and the messages */
    public static ServiceProcess start(String name, Path runJar, int port, Path log, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmOptions(name));
        command.addAll(List.of("-jar", runJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, builder.start(), port, log);
    }

    /**
     * The extra JVM options of a process the benchmarks start, from {@code <NAME>_JVM_OPTIONS} (store-service →
     * STORE_JVM_OPTIONS, kafka → KAFKA_JVM_OPTIONS), split at white space; none when unset.
     */
    public static List<String> jvmOptions(String name) {
        String options = System.getenv(jvmOptionsVariable(name));
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** store-service → STORE_JVM_OPTIONS. */
    static String jvmOptionsVariable(String name) {
        int dash = name.indexOf('-');
        return (dash > 0 ? name.substring(0, dash) : name).toUpperCase(Locale.ROOT) + "_JVM_OPTIONS";
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** The service JVM's process, e.g. to read the CPU time it spent. */
    public ProcessHandle toHandle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Polls /q/health/ready every {@code interval}; returns once it answers 200. */
    public void awaitReady(Duration timeout, Duration interval) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            if (get("/q/health/ready") != null) {
                return;
            }
            Thread.sleep(interval.toMillis());
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /** The body of a GET on loopback answered with 200, else null (not listening yet, not ready, error). */
    public String get(String path) throws InterruptedException {
        Answer answer = probe(path, Duration.ofSeconds(5));
        return answer.ok() ? answer.body() : null;
    }

    /** A GET on loopback with its status, body and duration, whatever the outcome. */
    public Answer probe(String path, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e9);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "no answer within " + timeout.toMillis() + " ms", (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Quarkus stops its consumer and commits before exiting
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
