package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.query.ArticleChanges;
import io.newsroom.store.query.ArticleChanges.Change;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.newsroom.store.EnrichedEvents.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /articles/stream: Server-Sent Events of stored articles with filters, resumable with Last-Event-ID. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ArticleStreamTest {

    private record Event(long id, String name, String data) {
    }

    @TestHTTPResource("/articles/stream")
    URL stream;

    @Inject
    ArticleUpsert upsert;

    @Inject
    ArticleChanges changes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldReplayAfterLastEventIdThenDeliverNewArticlesLive() throws Exception {
        String source = uniqueSource();
        EnrichedArticle first = store(source, PubStatus.USABLE);
        EnrichedArticle second = store(source, PubStatus.USABLE);

        List<Event> replay = read(source, "0", 2, null);
        assertThat(replay).extracting(Event::data).satisfiesExactly(
                d -> assertThat(d).contains(first.id()), d -> assertThat(d).contains(second.id()));
        assertThat(replay.get(0).id()).isLessThan(replay.get(1).id());

        // Resume after the first event: the second comes again, then a new one as it is stored.
        List<Event> resumed = read(source, Long.toString(replay.get(0).id()), 2, () -> store(source, PubStatus.USABLE));
        assertThat(resumed.get(0).data()).contains(second.id());
        assertThat(resumed.get(1).id()).isGreaterThan(replay.get(1).id());
        assertThat(resumed.get(1).name()).isEqualTo("article");
    }

    @Test
    void shouldAnnounceCancellationsAndKeepToTheFilter() throws Exception {
        String source = uniqueSource();
        store(uniqueSource(), PubStatus.USABLE); // another source: must not appear
        String sourceId = uniqueId();
        upsert.upsert(builder(sourceId).source(source).version(1).build());
        upsert.upsert(builder(sourceId).source(source).version(2).status(PubStatus.CANCELED).build());

        List<Event> events = read(source, "0", 1, null);
        assertThat(events.get(0).name()).isEqualTo("canceled");
        assertThat(events.get(0).data()).contains("\"version\":2");
    }

    @Test
    void shouldCatchUpWithABacklogInOnePollUpToItsBound() {
        String source = uniqueSource();
        ArticleFilter bySource = new ArticleFilter(List.of(), null, null, source, null, null, null, null);
        List<EnrichedArticle> burst = Stream.generate(() -> builder(uniqueId()).source(source).build()).limit(250).toList();
        QuarkusTransaction.requiringNew().run(() -> upsert.upsertAll(burst));
        ArticleChanges.Feed feed = changes.feed(bySource);

        // Pages of 100: a poll no longer stops after one page while more wait.
        List<Change> all = changes.catchUp(feed, 0, 100, 2000);
        assertThat(all).extracting(Change::id)
                .containsExactlyInAnyOrderElementsOf(burst.stream().map(EnrichedArticle::id).toList());
        assertThat(all).extracting(Change::seq).isSorted();
        // The bound holds exactly, and the next poll resumes after it.
        List<Change> bounded = changes.catchUp(feed, 0, 100, 150);
        assertThat(bounded).hasSize(150);
        assertThat(changes.catchUp(feed, bounded.get(149).seq(), 100, 2000)).hasSize(100);
    }

    @Test
    void shouldRefuseABadLastEventIdOrUnknownFilter() {
        given().header("Last-Event-ID", "yesterday").get("/articles/stream").then().statusCode(400);
        given().queryParam("limit", 5).get("/articles/stream").then().statusCode(400);
    }

    @Test
    void shouldNeverRevealANumberBeforeAnEarlierOneStillBeingWritten() throws Exception {
        String source = uniqueSource();
        ArticleFilter bySource = new ArticleFilter(List.of(), null, null, source, null, null, null, null);
        EnrichedArticle early = builder(uniqueId()).source(source).build();
        EnrichedArticle late = builder(uniqueId()).source(source).build();
        CountDownLatch earlyWritten = new CountDownLatch(1);
        CountDownLatch releaseEarly = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            // Two writers (two instances): the first has written its batch but not committed yet ...
            Future<?> first = writers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                upsert.upsertAll(List.of(early));
                earlyWritten.countDown();
                awaitQuietly(releaseEarly);
            }));
            assertThat(earlyWritten.await(10, TimeUnit.SECONDS)).isTrue();
            // ... while the second stores another article and would commit right away.
            Future<?> second = writers.submit(() -> upsert.upsert(late));
            try {
                second.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException waitingForTheFirst) {
                // expected: it takes its change number after the first commits
            }
            List<Change> seenMeanwhile = changes.after(changes.feed(bySource), 0, 10);
            releaseEarly.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);

            List<Change> feed = changes.after(changes.feed(bySource), 0, 10);
            assertThat(feed).extracting(Change::id).containsExactly(early.id(), late.id());
            // A client resumes after the last number it saw: what it saw must stay the start of the feed.
            assertThat(feed.subList(0, seenMeanwhile.size())).isEqualTo(seenMeanwhile);
        } finally {
            releaseEarly.countDown();
            writers.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EnrichedArticle store(String source, PubStatus status) {
        EnrichedArticle article = builder(uniqueId()).source(source).status(status).build();
        upsert.upsert(article);
        return article;
    }

    /** Opens the stream, runs {@code whileOpen} once connected, and returns the first {@code count} events. */
    private List<Event> read(String source, String lastEventId, int count, Runnable whileOpen) throws Exception {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?source=" + source))
                .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId).build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> open = response.get(10, TimeUnit.SECONDS);
        assertThat(open.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> open.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        if (whileOpen != null) {
            whileOpen.run();
        }
        List<Event> events = new ArrayList<>();
        Long id = null;
        String name = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (events.size() < count && System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("id:")) {
                id = Long.parseLong(line.substring(3).trim());
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                events.add(new Event(id, name, line.substring(5).trim()));
            }
        }
        reader.interrupt();
        open.body().close();
        assertThat(events).as("events received within 20 s").hasSize(count);
        return events;
    }
}
