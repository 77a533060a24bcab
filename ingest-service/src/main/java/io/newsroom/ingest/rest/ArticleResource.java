package io.newsroom.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.feed.FeedMapper;
import io.newsroom.ingest.feed.FeedMapper.ParsedFeed;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.security.RateLimiter;
import io.newsroom.ingest.security.SourceKeys;
import io.newsroom.ingest.service.ArticleIntake;
import io.newsroom.ingest.service.BatchIngest;
import io.newsroom.ingest.service.BatchIngest.BatchResult;
import io.newsroom.ingest.service.BatchIngest.Slot;
import io.newsroom.ingest.service.IdempotencyStore;
import io.newsroom.ingest.service.Ingestor;
import io.newsroom.ingest.service.IngestMetrics;
import io.newsroom.ingest.service.InvalidArticleException;
import io.newsroom.ingest.service.RequestRefusedException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
    ArticleIntake intake;

    @Inject
    Ingestor ingestor;

    @Inject
    BatchIngest batches;

    @Inject
    FeedMapper feeds;

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

    @Override
    public Uni<Response> submit(byte[] body, String authorization, String idempotencyKey, String contentType) {
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            metrics.received();
            Candidate candidate = intake.fromBody(body, source, isType(contentType, NINJS));
            return Uni.createFrom().completionStage(ingestor.ingest(candidate)).emitOn(workers).map(o -> Response.status(o.status())
                    .entity(new Accepted(o.id(), o.version(), o.outcome()))
                    .type(MediaType.APPLICATION_JSON)
                    .location(URI.create(config.articleLocationBase() + o.id()))
                    .build());
        });
    }

    @Override
    public Uni<Response> submitBatch(byte[] body, String authorization, String idempotencyKey, String contentType) {
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            intake.checkSize(body);
            String text = ArticleIntake.decodeUtf8(body);
            List<Slot> slots = isType(contentType, NDJSON) ? ndjsonSlots(text, source) : arraySlots(text, source);
            return Uni.createFrom().completionStage(batches.ingest(slots)).emitOn(workers).map(this::multiStatus);
        });
    }

    @Override
    public Uni<Response> submitFeed(byte[] body, String authorization, String idempotencyKey) {
        String source = admit(authorization);
        return idempotency.run(source, idempotencyKey, body, () -> {
            intake.checkSize(body);
            ParsedFeed feed = feeds.parse(body, source);
            requireBatchSize(feed.items().size(), true);
            List<Slot> slots = feed.items().stream()
                    .map(item -> new Slot(item.ref(), item.candidate(), item.problem(), item.warnings())).toList();
            return Uni.createFrom().completionStage(batches.ingest(slots)).emitOn(workers).map(this::multiStatus);
        });
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

    private List<Slot> arraySlots(String text, String source) {
        JsonNode array = ArticleIntake.parse(text);
        if (!array.isArray()) {
            throw InvalidArticleException.of(400, "batch-not-array", "Not a batch",
                    "A JSON batch is an array of articles; send one article to POST /articles, or NDJSON as " + NDJSON + ".");
        }
        requireBatchSize(array.size(), false);
        List<Slot> slots = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            slots.add(slot(item, source));
        }
        return slots;
    }

    private List<Slot> ndjsonSlots(String text, String source) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        requireBatchSize(lines.size(), false);
        List<Slot> slots = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                slots.add(slot(ArticleIntake.parse(line), source));
            } catch (RequestRefusedException e) {
                slots.add(Slot.refused(null, e));
            }
        }
        return slots;
    }

    private Slot slot(JsonNode item, String source) {
        String ref = item.path("sourceId").isTextual() ? item.get("sourceId").asText()
                : item.path("uri").isTextual() ? item.get("uri").asText() : null;
        try {
            return Slot.of(ref, intake.fromJson(item, source, false));
        } catch (RequestRefusedException e) {
            return Slot.refused(ref, e);
        }
    }

    private void requireBatchSize(int items, boolean mayBeEmpty) {
        if (items == 0 && !mayBeEmpty) {
            throw InvalidArticleException.of(400, "empty-batch", "Empty batch", "The batch holds no article.");
        }
        if (items > config.maxBatchItems()) {
            throw InvalidArticleException.of(413, "batch-too-large", "Batch too large",
                    "The batch has " + items + " items; the limit is " + config.maxBatchItems() + " per request.");
        }
    }

    private static boolean isType(String contentType, String type) {
        return contentType != null && contentType.toLowerCase().startsWith(type);
    }
}
