package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.infra.ExternalInfrastructure.Database;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.SharedInfrastructure;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as ops run it: a real broker and a real PostgreSQL, the three packaged services as separate
 * processes configured by environment variables. Articles posted to ingest are found enriched in the store; a
 * malformed raw record lands on the dead-letter topic while the next good article is still stored. Tracing is on, as
 * ops turn it on (environment only), exporting to an in-memory OTLP collector: one article is one trace across the
 * three processes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final IngestPoster poster = new IngestPoster("e2e-key-");
    private final List<ServiceProcess> services = new ArrayList<>();
    private String bootstrap;
    private ServiceProcess ingest;
    private ServiceProcess enrich;
    private ServiceProcess store;
    private OtlpCollector traces;

    @BeforeAll
    void startPipeline() throws Exception {
        bootstrap = SharedInfrastructure.kafkaBootstrapServers();
        Database db = SharedInfrastructure.database();
        traces = new OtlpCollector();
        int storePort = FreePort.find();
        Map<String, String> kafka = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        store = start("store-service", storePort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", db.user(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password()));
        enrich = start("enrich-service", FreePort.find(), kafka);
        ingest = start("ingest-service", FreePort.find(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "NEWSROOM_INGEST_ARTICLE_LOCATION_BASE", "http://127.0.0.1:" + storePort + "/articles/",
                "NEWSROOM_INGEST_API_KEYS", poster.keyHashes(List.of("wire-eu", "sportdesk", "markets-daily", "wire-asia", "regional-news", "wire-fr", "e2e"))));
        poster.target(ingest.url("/articles"));
        for (ServiceProcess service : services) {
            service.awaitReady(READY);
        }
    }

    @AfterAll
    void stopPipeline() throws InterruptedException {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    /**
     * One article, one trace across three processes: ingest's request span → its publish span → enrich's process span
     * → the store's span, each the parent of the next, joined only by the traceparent headers of the records between.
     */
    @Test
    void shouldTraceAnArticleFromItsRequestToItsStoreAsOneTrace() throws Exception {
        String unique = UUID.randomUUID().toString();
        HttpResponse<String> accepted = poster.post("""
                {"source":"e2e","sourceId":"%s","url":"https://e2e.example/%s",
                 "headline":"Chancellor meets union leaders in Berlin",
                 "body":"BERLIN - The Chancellor met union leaders on Monday to talk about wages."}
                """.formatted(unique, unique));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = json.readTree(accepted.body()).get("id").asText();
        awaitStored(accepted.headers().firstValue("Location").orElseThrow());

        OtlpCollector.ReceivedSpan stored = awaitSpan("store-service", "news.articles.enriched.v1 store", id);
        OtlpCollector.ReceivedSpan enriched = awaitSpan("enrich-service", "news.articles.raw.v1 process", id);
        OtlpCollector.ReceivedSpan published = awaitSpan("ingest-service", "news.articles.raw.v1 publish", id);
        OtlpCollector.ReceivedSpan request = await().atMost(Duration.ofSeconds(30)).until(() -> traces.spans().stream()
                .filter(s -> s.spanId().equals(published.parentSpanId())).findFirst().orElse(null), s -> s != null);

        assertThat(List.of(request, published, enriched, stored)).extracting(OtlpCollector.ReceivedSpan::traceId)
                .containsOnly(request.traceId());
        assertThat(request.service()).isEqualTo("ingest-service");
        assertThat(request.name()).isEqualTo("POST /articles");
        assertThat(enriched.parentSpanId()).isEqualTo(published.spanId());
        assertThat(stored.parentSpanId()).isEqualTo(enriched.spanId());
    }

    private OtlpCollector.ReceivedSpan awaitSpan(String service, String name, String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> traces.spans().stream()
                .filter(s -> s.service().equals(service) && s.name().equals(name) && s.key().equals(key))
                .findFirst().orElse(null), s -> s != null);
    }

    @Test
    void shouldStoreEverySampleArticleEnrichedWithEntitiesAndACategory() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        List<String> locations = new ArrayList<>();
        for (Path sample : samples) {
            HttpResponse<String> response = poster.post(Files.readString(sample));
            assertThat(response.statusCode()).as(sample + ": " + response.body()).isEqualTo(202);
            locations.add(response.headers().firstValue("Location").orElseThrow());
        }

        Map<String, JsonNode> byLanguage = new java.util.HashMap<>();
        for (String location : locations) {
            JsonNode article = awaitStored(location);
            assertThat(EventSchemas.get().validate(Kind.ENRICHED, article)).as(location).isEmpty();
            // Every language the engine knows (English, French, German, Spanish) gets entities and a topic.
            assertThat(article.get("entities").size()).as(location + " entities").isPositive();
            assertThat(article.get("categories").size()).as(location + " categories").isPositive();
            byLanguage.put(article.get("language").asText(), article);
        }
        assertThat(byLanguage).containsKeys("en", "fr", "de", "es");
        // The French sample is stored with its place linked to Wikidata and filed under politics (issue 19).
        JsonNode french = byLanguage.get("fr");
        assertThat(french.get("entities").findValuesAsText("wikidataId")).contains("Q90");
        assertThat(french.get("categories").findValuesAsText("code")).contains("medtop:11000000");
        JsonNode sport = json.readTree(get(store.url("/articles?category=medtop:15000000")).body());
        assertThat(sport.findValuesAsText("headline")).anyMatch(h -> h.contains("Arsenal"));
        // Ops see the flow in each service's counters.
        assertThat(ingest.counter("newsroom_articles_published_total")).isGreaterThanOrEqualTo(samples.size());
        assertThat(enrich.counter("newsroom_articles_enriched_total")).isGreaterThanOrEqualTo(samples.size());
        assertThat(store.counter("newsroom_articles_stored_total{outcome=\"inserted\"")).isGreaterThanOrEqualTo(samples.size());
    }

    @Test
    void shouldDeadLetterAMalformedRawRecordAndStillStoreTheNextArticle() throws Exception {
        String poisonKey = "e2e-poison-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, poisonKey, "<rss>not an article</rss>")).get(30, TimeUnit.SECONDS);
        }
        String unique = UUID.randomUUID().toString();
        HttpResponse<String> accepted = poster.post("""
                {"source":"e2e","sourceId":"%s","url":"https://e2e.example/%s",
                 "headline":"Police arrest suspect after court hearing in Leeds",
                 "body":"LEEDS - Police arrested a man after a court hearing on Monday. The judge said the trial would start in May."}
                """.formatted(unique, unique));
        assertThat(accepted.statusCode()).isEqualTo(202);

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonKey);
        assertThat(dead.value()).isEqualTo("<rss>not an article</rss>");
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("Not JSON");
        JsonNode stored = awaitStored(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(stored.get("headline").asText()).contains("Police arrest suspect");
        assertThat(enrich.counter("newsroom_articles_dead_lettered_total")).isGreaterThanOrEqualTo(1);
    }

    /**
     * Accepted means stored, at every edge of the storage contract: what ingest answers 202 is found in the archive
     * and listed (a far-future publication time, the oldest date, the largest event with tags that must be trimmed,
     * emoji), and what could not be stored is refused up front with a 400/413, never accepted and lost.
     */
    @Test
    void shouldStoreEveryArticleItAcceptsAtTheEdgesOfTheContract() throws Exception {
        Map<String, String> accepted = new java.util.LinkedHashMap<>();
        accepted.put("far-future publication", submission("Markets close higher \uD83D\uDE00", "Shares rose in Frankfurt.",
                ",\"published\":\"9999-12-31T23:59:59Z\",\"firstCreated\":\"0001-01-01T00:00:00Z\""));
        // Near the largest raw event: thousands of mentions of the same people, so enrich must trim the tags to fit.
        String longBody = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris. ".repeat(6_800);
        accepted.put("largest event", submission("Scholz and Macron talk for hours", longBody, ""));
        // ~50,000 distinct words: the largest full-text vector the archive builds (PostgreSQL caps one at 1 MB).
        java.util.Random random = new java.util.Random(42);
        StringBuilder words = new StringBuilder();
        while (words.length() < 420_000) {
            for (int i = 5 + random.nextInt(6); i > 0; i--) {
                words.append((char) ('a' + random.nextInt(26)));
            }
            words.append(' ');
        }
        accepted.put("many distinct words", submission("Word list", words.toString().strip(), ""));
        // A run of 300 capitalised words: whatever the recogniser makes of it must fit the archive's indexed columns.
        StringBuilder capitals = new StringBuilder("Officials said ");
        for (int i = 0; i < 300; i++) {
            capitals.append((char) ('A' + i % 26)).append("or").append((char) ('a' + (i / 26) % 26)).append("an ");
        }
        accepted.put("run of capitals", submission("Capitals", capitals + "met on Monday.", ""));
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("NUL in the body", submission("Nul", "before\\u0000after", ""));
        refused.put("unpaired surrogate", submission("Broken \\ud800", "Body.", ""));
        refused.put("version created in 2300", submission("Future", "Body.", ",\"versionCreated\":\"2300-01-01T00:00:00Z\""));
        refused.put("URL without host", submission("No host", "Body.", "").replaceFirst("https://e2e.example/[^\"]*", "https://"));
        refused.put("event over the contract", submission("Too long", "y".repeat(460_000), ""));

        Map<String, String> locations = new java.util.LinkedHashMap<>();
        for (var entry : accepted.entrySet()) {
            HttpResponse<String> response = poster.post(entry.getValue());
            assertThat(response.statusCode()).as(entry.getKey() + ": " + response.body()).isEqualTo(202);
            locations.put(entry.getKey(), response.headers().firstValue("Location").orElseThrow());
        }
        for (var entry : refused.entrySet()) {
            HttpResponse<String> response = poster.post(entry.getValue());
            assertThat(response.statusCode()).as(entry.getKey() + ": " + response.body()).isIn(400, 413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        for (var entry : locations.entrySet()) {
            JsonNode stored = awaitStored(entry.getValue());
            assertThat(EventSchemas.get().validate(Kind.ENRICHED, stored)).as(entry.getKey()).isEmpty();
        }
        JsonNode future = awaitStored(locations.get("far-future publication"));
        assertThat(future.get("published").asText()).isEqualTo("9999-12-31T23:59:59Z");
        assertThat(future.get("headline").asText()).endsWith("\uD83D\uDE00");
        assertThat(awaitStored(locations.get("largest event")).get("body").asText()).isEqualTo(longBody);
        // The newest-first list that holds the far-future article answers, and pages through it.
        HttpResponse<String> list = get(store.url("/articles?source=e2e&limit=1"));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json.readTree(list.body()).findValuesAsText("id")).contains(future.get("id").asText());
        String cursor = json.readTree(list.body()).path("nextCursor").asText();
        assertThat(get(store.url("/articles?source=e2e&limit=1&cursor=" + cursor)).statusCode()).isEqualTo(200);
        assertThat(store.counter("newsroom_articles_dead_lettered_total")).isZero();
    }

    private static String submission(String headline, String body, String extraFields) {
        String id = UUID.randomUUID().toString();
        return """
                {"source":"e2e","sourceId":"%s","url":"https://e2e.example/%s","headline":"%s","body":"%s"%s}"""
                .formatted(id, id, headline, body, extraFields);
    }


    /** Every service traced as ops would turn it on, exporting to {@link #traces} quickly. */
    private ServiceProcess start(String module, int port, Map<String, String> env) throws IOException {
        Map<String, String> traced = new java.util.HashMap<>(env);
        traced.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        traced.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        traced.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        traced.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        ServiceProcess process = ServiceProcess.start(module, port, traced);
        services.add(process);
        return process;
    }

    private JsonNode awaitStored(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            HttpResponse<String> response = get(location);
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        }, article -> article != null);
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICH_DEAD_LETTER));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            return await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
            }, record -> record != null);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
