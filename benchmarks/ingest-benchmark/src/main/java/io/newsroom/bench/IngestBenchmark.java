package io.newsroom.bench;

import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.TempDirectories;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures ingest-service on loopback against a real broker it starts itself, and Kafka's own ProducerPerformance
 * with the same record size and producer settings in the same run:
 * <ol>
 *   <li>single POST /articles open-loop at a fixed rate (default 1,000/s): p50/p99/max from the intended send time;</li>
 *   <li>single POST /articles closed-loop with N connections: maximum requests/s;</li>
 *   <li>POST /articles/batch (500 items) with a few concurrent requests: records/s;</li>
 *   <li>ProducerPerformance (acks=all, idempotent, linger.ms=5) with the raw event's size: records/s.</li>
 * </ol>
 * Bounded: each phase runs for a fixed time; everything it starts is stopped at the end.
 * Usage: {@code IngestBenchmark <ingest-service quarkus-run.jar> [seconds per phase] [open-loop rate] [phases]}, phases a
 * comma list of {@code single,closed,batch,producer} (default all); {@code INGEST_JVM_OPTIONS} adds options to the
 * service JVM (e.g. {@code -XX:StartFlightRecording=filename=ingest.jfr} to profile it).
 */
public final class IngestBenchmark {

    private static final String KEY = "bench-key";
    private static final String SOURCE = "bench";
    private static final String BODY = "<p>" + "BRUSSELS - European Union leaders agreed on Thursday to buy gas jointly. ".repeat(20) + "</p>";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicLong sequence = new AtomicLong();
    private String base;
    private ServiceProcess service;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "ingest-service/target/quarkus-app/quarkus-run.jar");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Set<String> phases = Set.of((args.length > 3 ? args[3] : "single,closed,batch,producer").split(","));
        new IngestBenchmark().run(jar, seconds, rate, phases);
    }

    private void run(Path jar, int seconds, int rate, Set<String> phases) throws Exception {
        System.out.printf("HOST thread hand-off round trip %.1f µs before the run%n", HandOffProbe.roundTripMicros());
        Path data = TempDirectories.create("ingest-bench-kafka");
        try (KafkaBroker broker = KafkaBroker.start(data, 0)) {
            int port = FreePort.find();
            base = "http://127.0.0.1:" + port;
            ServiceProcess ingest = startIngest(jar, broker.bootstrapServers(), port);
            service = ingest;
            double batchRate = Double.NaN;
            int eventBytes;
            try {
                ingest.awaitReady(Duration.ofSeconds(120), Duration.ofMillis(500));
                System.out.printf("ingest-service ready at %s, broker %s%n", base, broker.bootstrapServers());
                eventBytes = eventSize();
                openLoop(Math.min(rate, 500), 5, false);                 // warm-up
                if (phases.contains("single")) {
                    openLoop(rate, seconds, true);
                }
                if (phases.contains("closed")) {
                    closedLoop(64, seconds);
                }
                if (phases.contains("batch")) {
                    batches(500, 4, seconds, false);                     // warm-up: the JIT compiles the batch path
                    batchRate = batches(500, 4, seconds, true);
                }
            } finally {
                ingest.close();
            }
            // The yardstick runs alone on the warm broker, as long as the batch phase (its own JIT warm-up included),
            // with the service stopped so that nothing of it takes CPU from ProducerPerformance.
            double kafkaRate = phases.contains("producer")
                    ? producerPerformance(broker.bootstrapServers(), eventBytes, Math.max(300_000, 60_000 * seconds)) : Double.NaN;
            System.out.printf("%nBATCH vs PRODUCER-PERFORMANCE: %.0f / %.0f records/s = %.0f %% (record size %d bytes)%n",
                    batchRate, kafkaRate, 100 * batchRate / kafkaRate, eventBytes);
            System.out.printf("HOST thread hand-off round trip %.1f µs after the run%n", HandOffProbe.roundTripMicros());
        } finally {
            TempDirectories.deleteRecursively(data);   // several GB of broker log per run
        }
    }

    /** The packaged service as ops run it, its log in the temporary directory; INGEST_JVM_OPTIONS adds JVM options. */
    private ServiceProcess startIngest(Path jar, String bootstrap, int port) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8)));
        return ServiceProcess.start("ingest-service", jar, port,
                Path.of(System.getProperty("java.io.tmpdir"), "ingest-bench-service.log"), Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                        "NEWSROOM_INGEST_API_KEYS", SOURCE + ":" + hash,
                        "NEWSROOM_INGEST_RATE_LIMIT_PER_SECOND", "1000000",
                        "NEWSROOM_INGEST_RATE_LIMIT_BURST", "1000000",
                        "QUARKUS_LOG_LEVEL", "WARN"));
    }

    private String article() {
        return article(Long.toString(sequence.incrementAndGet()));
    }

    private static String article(String n) {
        return "{\"source\":\"" + SOURCE + "\",\"sourceId\":\"bench-" + n + "\",\"url\":\"https://bench.example/story/" + n
                + "\",\"headline\":\"EU leaders agree joint gas purchases " + n + "\",\"body\":\"" + BODY
                + "\",\"language\":\"en\",\"versionCreated\":\"2026-11-26T09:40:00Z\",\"authors\":[\"Anna Keller\"]}";
    }

    /** The size of the raw event an article of the benchmark becomes (what ProducerPerformance must send). */
    private int eventSize() {
        // The raw event repeats the submission and adds id, version, pubStatus, ingestedAt and nulls: about 200 bytes more.
        return article().getBytes(StandardCharsets.UTF_8).length + 200;
    }

    private HttpRequest single() {
        return HttpRequest.newBuilder(URI.create(base + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(article())).build();
    }

    /** Sends at a fixed rate whatever the answers take; latency counts from when each request was due. */
    private void openLoop(int rate, int seconds, boolean report) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            pending.add(http.sendAsync(single(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 202) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (report) {
            Arrays.sort(latencies);
            System.out.printf("SINGLE open-loop %d/s for %d s: %d requests, %d not 202, achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    rate, seconds, total, errors.get(), total / elapsed, latencies[total / 2] / 1e6,
                    latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6);
        }
    }

    /** N requests in flight at all times: the most single POSTs per second the service sustains. */
    private void closedLoop(int concurrency, int seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        long serviceCpu = CpuTime.of(service.toHandle());
        long ownCpu = CpuTime.ofThisJvm();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            loops.add(loop(end, ok, errors));
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("SINGLE closed-loop %d connections for %d s: %.0f requests/s (%d not 202)%n",
                concurrency, seconds, ok.get() / elapsed, errors.get());
        CpuTime.report("SINGLE closed-loop", ok.get(), "ingest-service", CpuTime.of(service.toHandle()) - serviceCpu,
                "broker + load generator", CpuTime.ofThisJvm() - ownCpu);
    }

    private CompletableFuture<Void> loop(long end, AtomicLong ok, AtomicLong errors) {
        if (System.nanoTime() >= end) {
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(single(), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure == null && response.statusCode() == 202) {
                ok.incrementAndGet();
            } else {
                errors.incrementAndGet();
            }
            return null;
        }).thenCompose(ignored -> loop(end, ok, errors));
    }

    /** Batches of {@code size} articles, {@code concurrency} requests at once: records written per second. */
    private double batches(int size, int concurrency, int seconds, boolean report) throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long serviceCpu = CpuTime.of(service.toHandle());
        long ownCpu = CpuTime.ofThisJvm();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            BatchTemplate template = new BatchTemplate(size);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    byte[] body = template.next(sequence);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/articles/batch"))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                        requests.incrementAndGet();
                        String json = response.body();
                        int at = json.indexOf("\"accepted\":");
                        written.addAndGet(Long.parseLong(json.substring(at + 11, json.indexOf(',', at))));
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double rate = written.get() / elapsed;
        if (report) {
            System.out.printf("BATCH %d items x %d concurrent for %d s: %d requests, %.0f records/s written (%d failures)%n",
                    size, concurrency, seconds, requests.get(), rate, failures.size());
            CpuTime.report("BATCH", written.get(), "ingest-service", CpuTime.of(service.toHandle()) - serviceCpu,
                    "broker + load generator", CpuTime.ofThisJvm() - ownCpu);
        }
        return rate;
    }

    /**
     * A batch body made once, with a fixed-width number in each article that every request overwrites in place: the
     * load generator then costs a copy per request instead of building a megabyte of JSON, as ProducerPerformance
     * sends pre-made bytes. Each request still carries new, unique articles (so each is written, none deduplicated).
     */
    private static final class BatchTemplate {
        private static final int DIGITS = 12;
        private final byte[] bytes;
        private final int[] slots;           // offsets of the number placeholders, three per article
        private final int articles;

        BatchTemplate(int articles) {
            this.articles = articles;
            String placeholder = "#".repeat(DIGITS);
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < articles; i++) {
                body.append(i == 0 ? "" : ",").append(article(placeholder));
            }
            bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
            List<Integer> offsets = new ArrayList<>();
            for (int at = indexOf(bytes, 0); at >= 0; at = indexOf(bytes, at + DIGITS)) {
                offsets.add(at);
            }
            slots = offsets.stream().mapToInt(Integer::intValue).toArray();
        }

        byte[] next(AtomicLong sequence) {
            byte[] body = bytes.clone();
            long first = sequence.getAndAdd(articles) + 1;
            int perArticle = slots.length / articles;
            for (int i = 0; i < slots.length; i++) {
                long n = first + i / perArticle;
                for (int d = DIGITS - 1, at = slots[i]; d >= 0; d--, n /= 10) {
                    body[at + d] = (byte) ('0' + n % 10);
                }
            }
            return body;
        }

        private static int indexOf(byte[] bytes, int from) {
            outer:
            for (int i = from; i <= bytes.length - DIGITS; i++) {
                for (int d = 0; d < DIGITS; d++) {
                    if (bytes[i + d] != '#') {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** Kafka's own producer benchmark, same record size and producer settings as ingest-service, in a child JVM. */
    private double producerPerformance(String bootstrap, int recordSize, int records) throws Exception {
        String topic = "bench.producer-performance";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        List<String> command = List.of("java", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true", "linger.ms=5");
        long brokerCpu = CpuTime.ofThisJvm();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double rate = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(records + " records sent")) {
                    System.out.println("PRODUCER-PERFORMANCE " + line.strip());
                    String perSecond = line.substring(line.indexOf(',') + 1, line.indexOf("records/sec")).strip();
                    rate = Double.parseDouble(perSecond);
                    // Its last line: the process is still there to be asked for its CPU time.
                    CpuTime.report("PRODUCER-PERFORMANCE", records, "producer", CpuTime.of(process.toHandle()),
                            "broker", CpuTime.ofThisJvm() - brokerCpu);
                }
            }
        }
        process.waitFor(300, TimeUnit.SECONDS);
        return rate;
    }
}
