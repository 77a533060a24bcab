package io.newsroom.ingest.service;

import io.newsroom.ingest.problem.PublishProblems;
import io.newsroom.ingest.problem.PublishFailedException;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.Item;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.support.http.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Publishes the items of one request or pulled feed (batch, NDJSON, pushed or pulled feed) and reports each in its slot, in order: one
 * refused or unwritten item never stops the others, and every slot says whether that item was written.
 */
@ApplicationScoped
public class BatchIngest {

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);

    /**
     * The whole answer: counts by outcome, then one result per item in request order. {@code skipped} (pulled feeds
     * only, left out when 0) counts items older than the version already published, which a pull passes over.
     */
    public record BatchResult(int received, int accepted, int unchanged, int rejected, int failed,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) int skipped, List<ItemResult> items) {
        public static BatchResult of(List<ItemResult> items) {
            int accepted = 0, unchanged = 0, rejected = 0, failed = 0, skipped = 0;
            for (ItemResult item : items) {
                if (ItemResult.SKIPPED.equals(item.outcome())) {
                    skipped++;
                    continue;
                }
                switch (item.status()) {
                    case 202 -> accepted++;
                    case 200 -> unchanged++;
                    case 503 -> failed++;
                    default -> rejected++;
                }
            }
            return new BatchResult(items.size(), accepted, unchanged, rejected, failed, skipped, List.copyOf(items));
        }
    }

    @Inject
    Ingestor ingestor;

    @Inject
    IngestMetrics metrics;

    @Inject
    IngestConfig config;

    /**
     * Sends every mapped item, then waits for all acknowledgements (bounded by {@code publish-timeout}). Once a send
     * fails at once because the broker is unreachable (no metadata or buffer space within max.block.ms), the
     * remaining items are not attempted: each would wait as long again; they are reported as not written, like the
     * failed one. A single record the producer refuses at once (e.g. too large for the broker) fails alone.
     */
    public CompletableFuture<BatchResult> ingest(List<Item> items) {
        return ingest(items, false);
    }

    /**
     * @param pulled the items come from a feed the service pulls itself: an item older than the version already
     *               published (a feed serving a stale copy) is skipped and counted, not refused: nobody sent it, and
     *               the next pull brings it again
     */
    public CompletableFuture<BatchResult> ingest(List<Item> items, boolean pulled) {
        metrics.received(items.size());
        AtomicReferenceArray<ItemResult> results = new AtomicReferenceArray<>(items.size());
        CompletableFuture<Void> allAnswered = new CompletableFuture<>();
        // One count for the batch instead of a future per item: decremented by each acknowledgement, and once
        // more after the loop, so the batch cannot complete while items are still being sent.
        AtomicInteger outstanding = new AtomicInteger(1);
        Throwable unreachable = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int index = i;
            if (item.problem() != null) {
                results.set(i, refused(i, item.ref(), item.problem()));
            } else if (unreachable != null) {
                results.set(i, notWritten(i, item, unreachable));
            } else {
                try {
                    CompletableFuture<Outcome> outcome = ingestor.ingest(item.candidate());
                    if (outcome.isCompletedExceptionally()) {
                        Throwable failure = unwrap(outcome.handle((o, e) -> e).join());
                        if (failure instanceof PublishFailedException p && p.brokerUnreachable()) {
                            unreachable = failure;
                        }
                    }
                    outstanding.incrementAndGet();
                    outcome.whenComplete((o, e) -> {
                        results.set(index, e == null ? written(index, item, o)
                                : unwrap(e) instanceof RequestRefusedException refusal ? refusedOrSkipped(index, item, refusal, pulled)
                                : notWritten(index, item, e));
                        if (outstanding.decrementAndGet() == 0) {
                            allAnswered.complete(null);
                        }
                    });
                } catch (RequestRefusedException e) {
                    results.set(i, refusedOrSkipped(i, item, e, pulled));
                }
            }
        }
        if (outstanding.decrementAndGet() == 0) {
            allAnswered.complete(null);
        }
        return allAnswered
                .completeOnTimeout(null, config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(ignored -> {
                    List<ItemResult> answers = new ArrayList<>(items.size());
                    for (int i = 0; i < items.size(); i++) {
                        // Still empty after the timeout: no acknowledgement yet, so the item counts as not written.
                        ItemResult result = results.get(i);
                        answers.add(result != null ? result : notWritten(i, items.get(i), PublishFailedException.outcomeUnknown(
                                "no acknowledgement within " + config.publishTimeout(), null)));
                    }
                    BatchResult result = BatchResult.of(answers);
                    if (result.failed() > 0) {
                        LOG.warnf("%d of %d batch items not written (broker unavailable or slow); each is reported 503",
                                result.failed(), result.received());
                    }
                    return result;
                });
    }

    private static ItemResult written(int index, Item item, Outcome o) {
        return new ItemResult(index, o.httpStatus(), o.status(), o.id(), o.version(), item.ref(), null,
                ItemResult.warnings(item.warnings()));
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private ItemResult notWritten(int index, Item item, Throwable e) {
        Throwable cause = unwrap(e);
        PublishFailedException failure = cause instanceof PublishFailedException p ? p
                : PublishFailedException.outcomeUnknown(String.valueOf(cause.getMessage()), cause);
        String id = item.candidate().article().id();
        metrics.publishFailed();
        Problem problem = PublishProblems.of(failure, "This item", config.retryAfterSeconds());
        return new ItemResult(index, 503, failure.outcomeUnknown() ? ItemResult.OUTCOME_UNKNOWN : ItemResult.NOT_WRITTEN,
                id, item.candidate().article().version(), item.ref(), problem, ItemResult.warnings(item.warnings()));
    }

    private ItemResult refusedOrSkipped(int index, Item item, RequestRefusedException e, boolean pulled) {
        if (!pulled || !Ingestor.STALE_VERSION.equals(e.reason())) {
            return refused(index, item.ref(), e);
        }
        metrics.skipped(Ingestor.STALE_VERSION);
        return new ItemResult(index, 200, ItemResult.SKIPPED, item.candidate().article().id(),
                item.candidate().article().version(), item.ref(), null,
                List.of("skipped: " + e.problem().detail()));
    }

    private ItemResult refused(int index, String ref, RequestRefusedException e) {
        metrics.rejected(e.reason());
        return new ItemResult(index, e.problem().status(), ItemResult.REJECTED, null, null, ref, e.problem());
    }
}
