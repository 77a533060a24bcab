package io.newsroom.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One packaged service as ops run it ({@code java -jar target/quarkus-app/quarkus-run.jar}, configured by
 * environment variables) on a fixed port, so clients and the health monitor find it again after a restart.
 */
final class Service {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final String module;
    final int port;
    private final Map<String, String> env;
    private final String heap;
    private final Path log;
    private ChildProcess process;

    Service(String name, String module, int port, String heap, Map<String, String> env, Path logDir) {
        this.name = name;
        this.module = module;
        this.port = port;
        this.heap = heap;
        this.env = env;
        this.log = logDir.resolve(name + ".log");
    }

    void start() {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with mvn -B verify -pl fault-tests -am");
        }
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process = ChildProcess.start(name, List.of(ChildProcess.java(), "-Xmx" + heap, "-jar", jar.toString()), all, log);
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        if (!becomesReady(timeout)) {
            throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
        }
    }

    /** True once /q/health/ready answers 200 within the timeout; false when it did not (or the process died). */
    boolean becomesReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                return false;
            }
            if (status("/q/health/ready") == 200) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** HTTP status of a GET, or 0 when nothing answered within a second. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void kill9() throws InterruptedException {
        process.kill9();
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.stop(30);
        }
    }
}
