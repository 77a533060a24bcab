package io.newsroom.ingest.service;

import io.newsroom.ingest.problem.PublishFailedException;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.mapping.RawEvent;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.RawArticle;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import io.opentelemetry.context.Context;

/**
 * Publishes an article unless it was already published with exactly this content: an identical re-send answers
 * "unchanged" with the same id and version and writes nothing. What was published is known from the raw topic itself
 * ({@link PublishedArticles}, filled by this instance's acknowledgements and by {@link RawTopicFollower}), so this
 * holds after a restart and across instances too, within the follower's retry window.
 * <p>
 * A version the source gave (or derived from its own time: versionCreated, ninjs versioncreated, RSS/Atom dates) is
 * the content's. When the source gave neither (native without both, ninjs without a numeric version or time, a feed
 * item without dates) the service makes the version up from the time of receipt, and a retry arrives at another
 * time: such an article waits until the follower has read the raw topic to its current end, then an identical
 * content already there keeps that first version ("unchanged"), and a changed content gets a version above it.
 * Other content under a version already published is refused (409), not silently lost downstream; so is a version
 * older than the newest published (409 stale-version: the store keeps the newest), unless it is identical to one of
 * the earlier versions remembered, which is a late retry ("unchanged" with that version).
 */
@ApplicationScoped
public class Ingestor {

    /** The problem type (slug) of a version older than one already published. */
    public static final String STALE_VERSION = "stale-version";

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestMetrics metrics;

    @Inject
    PublishedArticles published;

    @Inject
    RawTopicFollower follower;

    private final ConcurrentHashMap<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    private final Executor workers = Infrastructure.getDefaultWorkerPool();

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
        // The request's trace context follows the article onto the workers, so its publish span joins the request's trace.
        Executor onWorkers = Context.current().wrap(workers);
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        mine.whenComplete((o, e) -> inFlight.remove(id, mine));
        CompletableFuture<Outcome> before = inFlight.put(id, mine);
        if (before == null) {
            decideInto(candidate, mine, onWorkers);
        } else {
            // Completed on the Kafka client's network thread: decide on a worker, a send may block.
            before.whenComplete((o, e) -> onWorkers.execute(() -> decideInto(candidate, mine, onWorkers)));
        }
        return mine;
    }

    private void decideInto(Candidate candidate, CompletableFuture<Outcome> into, Executor onWorkers) {
        try {
            decide(candidate, onWorkers).whenComplete((o, e) -> {
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

    /**
     * Waits until what was published before is known: the raw topic read to its end for a made-up version, its
     * window read once after start for any other. Neither sent anything yet, so failing in time means "not written".
     */
    private CompletableFuture<Outcome> decide(Candidate candidate, Executor onWorkers) {
        boolean madeUp = !candidate.versionGiven() && !candidate.timeGiven();
        CompletableFuture<Void> known = madeUp ? follower.caughtUp()
                : follower.loaded();
        if (known.isDone() && !known.isCompletedExceptionally()) {
            return decideNow(candidate, madeUp);
        }
        // Completed on the follower's thread: decide on a worker, a send may block.
        return known.handleAsync((ignored, e) -> {
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                throw cause instanceof PublishFailedException p ? p : new PublishFailedException(
                        "what was published before could not be read from Kafka in time", cause, true);
            }
            return decideNow(candidate, madeUp);
        }, onWorkers).thenCompose(outcome -> outcome);
    }

    private CompletableFuture<Outcome> decideNow(Candidate candidate, boolean madeUp) {
        RawArticle article = candidate.article();
        byte[] hash = PublishedArticles.contentHash(article);
        PublishedArticles.Published last = published.last(article.id());
        if (last != null && last.sameAs(candidate, hash)) {
            metrics.unchanged();
            return CompletableFuture.completedFuture(Outcome.unchanged(article.id(), last.version()));
        }
        PublishedArticles.Published earlier = madeUp ? null : published.earlier(article.id(), candidate, hash);
        if (earlier != null) {
            // A retry of an earlier version that arrives after a newer one: it was written then, nothing to do now.
            metrics.unchanged();
            return CompletableFuture.completedFuture(Outcome.unchanged(article.id(), earlier.version()));
        }
        if (madeUp && last != null && last.version() >= article.version() && last.version() < Integer.MAX_VALUE) {
            // Changed within the same second as the version before (or after a version above the clock's): the
            // made-up version still has to be newer to win in the store.
            article = withVersion(article, last.version() + 1);
        }
        if (last != null && last.version() == article.version()) {
            // Downstream keeps one copy per id and version: a different content under a published version would
            // be dropped there as a duplicate, so refuse it here, where the sender can still act on it.
            throw new RequestRefusedException(Problem.of(409, "version-conflict",
                    "Version conflict", "Version " + article.version() + " of article " + article.id()
                            + " was already published with other content. Send the change with a higher version "
                            + "(or a later versionCreated)."), java.util.Map.of());
        }
        if (last != null && article.version() < last.version()) {
            // The store keeps the newest version only: an older one would be answered 202 and then dropped as stale.
            throw new RequestRefusedException(Problem.of(409, STALE_VERSION, "Stale version",
                    "Version " + article.version() + " of article " + article.id() + " is older than version "
                            + last.version() + ", which was already published; the archive keeps only the newest "
                            + "version, so this one would never be stored. Send a change with a version above "
                            + last.version() + " (or a later versionCreated)."), java.util.Map.of());
        }
        RawArticle sent = article;
        // Written once when it was checked; only a version raised here is written again.
        byte[] event = sent == candidate.article() ? candidate.event() : RawEvent.bytes(sent);
        return publisher.publish(sent, event).thenApply(ignored -> {
            published.remember(sent, hash);   // a made-up version changes no hashed field: the same hash
            metrics.published();
            return Outcome.accepted(sent.id(), sent.version());
        });
    }

    private static RawArticle withVersion(RawArticle a, int version) {
        return new RawArticle(a.id(), a.source(), a.sourceId(), a.url(), version, a.headline(), a.body(), a.language(),
                a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(), a.ingestedAt(), a.original());
    }
}
