package io.newsroom.ingest.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.schemas.Problem;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Publishes an article unless this instance already published exactly its content: an identical re-send
 * answers "unchanged" with the same id and version and writes nothing. The content hash covers every field
 * except ingestedAt, and except the version and time when the service made them up (so a re-sent native
 * article without versionCreated is still identical). The memory is bounded ({@code dedupe-entries}, least
 * recently used dropped) and per instance: after a restart or on another instance the same content is
 * published once more, which is safe because the store upserts by id and version (same version = duplicate).
 * Other content under a version this instance already published is refused (409), not silently lost downstream.
 */
@ApplicationScoped
public class Ingestor {

    /** What happened to one article: 202 accepted (written now) or 200 unchanged (written before). */
    public record Outcome(int status, String outcome, String id, int version) {
        public static final String ACCEPTED = "accepted";
        public static final String UNCHANGED = "unchanged";
    }

    private record Published(byte[] hash, int version) {
    }

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestMetrics metrics;

    private final Cache<String, Published> published;
    private final ConcurrentHashMap<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    private final Executor workers = Infrastructure.getDefaultWorkerPool();

    @Inject
    public Ingestor(IngestConfig config) {
        this.published = Caffeine.newBuilder().maximumSize(config.dedupeEntries()).build();
    }

    /**
     * Completes when the broker acknowledged (or nothing was needed); fails with PublishFailedException, or with
     * RequestRefusedException when the article is refused (version conflict, event too large).
     * <p>
     * Requests for the same article run one after another: the check against what was published and the publishing
     * are one step per id. Otherwise requests in flight at the same moment all passed the check (it is recorded only
     * once the broker acknowledged): different content under one version was answered 202 several times while the
     * store kept only one of them, and identical re-sends were published again.
     */
    public CompletableFuture<Outcome> ingest(Candidate candidate) {
        String id = candidate.article().id();
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        mine.whenComplete((o, e) -> inFlight.remove(id, mine));
        CompletableFuture<Outcome> before = inFlight.put(id, mine);
        if (before == null) {
            decideInto(candidate, mine);
        } else {
            // Completed on the Kafka client's network thread: decide on a worker, a send may block.
            before.whenComplete((o, e) -> workers.execute(() -> decideInto(candidate, mine)));
        }
        return mine;
    }

    private void decideInto(Candidate candidate, CompletableFuture<Outcome> into) {
        try {
            decide(candidate).whenComplete((o, e) -> {
                if (e == null) {
                    into.complete(o);
                } else {
                    into.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                }
            });
        } catch (RuntimeException e) {
            into.completeExceptionally(e);
        }
    }

    private CompletableFuture<Outcome> decide(Candidate candidate) {
        RawArticle article = candidate.article();
        byte[] hash = contentHash(candidate);
        Published last = published.getIfPresent(article.id());
        if (last != null && Arrays.equals(last.hash(), hash)) {
            metrics.unchanged();
            return CompletableFuture.completedFuture(new Outcome(200, Outcome.UNCHANGED, article.id(), last.version()));
        }
        if (last != null && last.version() == article.version()) {
            // Downstream keeps one copy per id and version: a different content under a published version would
            // be dropped there as a duplicate, so refuse it here, where the sender can still act on it.
            throw new RequestRefusedException(Problem.of(409, "version-conflict",
                    "Version conflict", "Version " + article.version() + " of article " + article.id()
                            + " was already published with other content. Send the change with a higher version "
                            + "(or a later versionCreated)."), java.util.Map.of());
        }
        return publisher.publish(article).thenApply(ignored -> {
            published.put(article.id(), new Published(hash, article.version()));
            metrics.published();
            return new Outcome(202, Outcome.ACCEPTED, article.id(), article.version());
        });
    }

    static byte[] contentHash(Candidate candidate) {
        RawArticle a = candidate.article();
        MessageDigest digest = sha256();
        for (Object field : new Object[]{a.id(), a.source(), a.sourceId(), a.url(),
                candidate.versionGiven() ? a.version() : null, a.headline(), a.body(), a.language(),
                a.firstCreated(), candidate.timeGiven() ? a.versionCreated() : null, a.published(),
                String.join("\u0001", a.authors()), a.pubStatus(),
                a.original() == null ? null : a.original().document()}) {
            digest.update(Objects.toString(field, "\u0002").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
