package io.newsroom.ingest.rest;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.feed.FeedMapper;
import io.newsroom.ingest.mapping.Batch;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.mapping.Item;
import io.newsroom.ingest.mapping.JsonItems;
import io.newsroom.ingest.mapping.StrictJson;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.support.http.Problem;
import io.newsroom.ingest.security.RateLimiter;
import io.newsroom.ingest.security.SourceKeys;
import io.newsroom.ingest.service.BatchIngest;
import io.newsroom.ingest.service.BatchIngest.BatchResult;
import io.newsroom.ingest.service.Ingestor;
import io.newsroom.ingest.service.IngestMetrics;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The push API: one article ({@code POST /articles}, native JSON or ninjs), a batch ({@code POST /articles/batch},
 * JSON array or NDJSON) and an RSS/Atom document ({@code POST /articles/feed}). Every request needs the source's
 * API key and fits its rate limit; answers come only after Kafka acknowledged (or refused) each article.
 */
@Blocking   // parsing and sending may wait for the broker (max.block.ms): never on an event loop
public class ArticleResource implements ArticleApi {

    /** Answers are built off the Kafka client's network thread, which completes the acknowledgements. */
    private final Executor workers = Infrastructure.getDefaultWorkerPool();

    @Inject
    BodyLimit bodyLimit;

    @Inject
    Ingestor ingestor;

    @Inject
    BatchIngest batches;

    @Inject
    SourceKeys keys;

    @Inject
    RateLimiter limiter;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    IngestMetrics metrics;

    @Inject
    IngestConfig config;

    @Inject
    Clock clock;

    @Override
    public Uni<Response> submit(byte[] body, String authorization, String idempotencyKey, String contentType) {
        requireContentType(contentType, MediaType.APPLICATION_JSON, NINJS);
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            metrics.received();
            bodyLimit.check(body);
            Candidate candidate = JsonItems.one(StrictJson.parse(StrictJson.decodeUtf8(body)), source,
                    isType(contentType, NINJS), clock).candidateOrThrow();
            return Uni.createFrom().completionStage(ingestor.ingest(candidate)).emitOn(workers).map(o -> Response.status(o.httpStatus())
                    .entity(o)
                    .type(MediaType.APPLICATION_JSON)
                    .location(URI.create(config.articleLocationBase() + o.id()))
                    .build());
        });
    }

    @Override
    public Uni<Response> submitBatch(byte[] body, String authorization, String idempotencyKey, String contentType) {
        requireContentType(contentType, MediaType.APPLICATION_JSON, NDJSON);
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            bodyLimit.check(body);
            String text = StrictJson.decodeUtf8(body);
            return ingest(isType(contentType, NDJSON) ? JsonItems.ndjson(text, source, clock) : JsonItems.array(text, source, clock));
        });
    }

    @Override
    public Uni<Response> submitFeed(byte[] body, String authorization, String idempotencyKey, String contentType) {
        requireContentType(contentType, RSS, ATOM, MediaType.APPLICATION_XML, MediaType.TEXT_XML);
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            bodyLimit.check(body);
            return ingest(FeedMapper.parse(body, source, null, clock.instant()).entries());
        });
    }

    /** A pushed batch, JSON or feed: held to max-batch-items before any item is mapped, then each item in its slot. */
    private Uni<Response> ingest(Batch batch) {
        List<Item> items = batch.pushed(config.maxBatchItems());
        return Uni.createFrom().completionStage(batches.ingest(items)).emitOn(workers).map(this::multiStatus);
    }

    /** 207: the request was read; each slot says whether its item was written. Retry-After when any was not. */
    private Response multiStatus(BatchResult result) {
        Response.ResponseBuilder response = Response.status(207).entity(result).type(MediaType.APPLICATION_JSON);
        if (result.failed() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds());
        }
        return response.build();
    }

    private String admit(String authorization) {
        String source = keys.authenticate(authorization);
        limiter.acquire(source);
        return source;
    }

    /**
     * A body without Content-Type is refused like one of a type the endpoint does not take (JAX-RS lets it through to
     * every method): guessing JSON would read an XML or form body as malformed JSON, a 400 that hides the real mistake.
     */
    private static void requireContentType(String contentType, String... accepted) {
        if (contentType == null || contentType.isBlank()) {
            throw new RequestRefusedException(Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "The request has no Content-Type; this endpoint takes " + String.join(", ", accepted) + "."),
                    Map.of("Accept-Post", String.join(", ", accepted)));
        }
    }

    private static boolean isType(String contentType, String type) {
        return contentType != null && contentType.toLowerCase().startsWith(type);
    }
}
