package io.newsroom.ingest.service;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.schemas.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes many items at once (batch, pushed or pulled feed) and reports each in its slot, in order: one
 * refused or unwritten item never stops the others, and every slot says whether that item was written.
 */
@ApplicationScoped
public class BatchIngest {

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);

    /** One item to ingest: its mapped article, or the reason it could not be mapped. */
    public record Slot(String ref, Candidate candidate, RequestRefusedException problem) {
        public static Slot of(String ref, Candidate candidate) {
            return new Slot(ref, candidate, null);
        }

        public static Slot refused(String ref, RequestRefusedException problem) {
            return new Slot(ref, null, problem);
        }
    }

    /** The whole answer: counts by outcome, then one result per item in request order. */
    public record BatchResult(int received, int accepted, int unchanged, int rejected, int failed, List<ItemResult> items) {
        public static BatchResult of(List<ItemResult> items) {
            int accepted = 0, unchanged = 0, rejected = 0, failed = 0;
            for (ItemResult item : items) {
                switch (item.status()) {
                    case 202 -> accepted++;
                    case 200 -> unchanged++;
                    case 503 -> failed++;
                    default -> rejected++;
                }
            }
            return new BatchResult(items.size(), accepted, unchanged, rejected, failed, List.copyOf(items));
        }
    }

    @Inject
    Ingestor ingestor;

    @Inject
    IngestMetrics metrics;

    @Inject
    IngestConfig config;

    public Uni<BatchResult> ingest(List<Slot> slots) {
        metrics.received(slots.size());
        if (slots.isEmpty()) {
            return Uni.createFrom().item(BatchResult.of(List.of()));
        }
        List<Uni<ItemResult>> results = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            results.add(one(i, slots.get(i)));
        }
        return Uni.join().all(results).andFailFast().map(BatchResult::of);
    }

    private Uni<ItemResult> one(int index, Slot slot) {
        if (slot.problem() != null) {
            return Uni.createFrom().item(refused(index, slot.ref(), slot.problem()));
        }
        String id = slot.candidate().article().id();
        return Uni.createFrom().deferred(() -> ingestor.ingest(slot.candidate()))
                .map(o -> new ItemResult(index, o.status(), o.outcome(), o.id(), o.version(), slot.ref(), null))
                .onFailure().recoverWithItem(e -> {
                    if (e instanceof RequestRefusedException refused) {
                        return refused(index, slot.ref(), refused);
                    }
                    metrics.publishFailed();
                    LOG.warnf("Batch item %d (%s) not written: %s", index, id, e.getMessage());
                    Problem problem = Problem.of(503, "broker-unavailable", "Broker unavailable",
                            "This item was not written: " + e.getMessage() + ". Retry it later (retry after "
                                    + config.retryAfterSeconds() + " s).");
                    return new ItemResult(index, 503, ItemResult.NOT_WRITTEN, id, slot.candidate().article().version(),
                            slot.ref(), problem);
                });
    }

    private ItemResult refused(int index, String ref, RequestRefusedException e) {
        metrics.rejected(e.reason());
        return new ItemResult(index, e.problem().status(), ItemResult.REJECTED, null, null, ref, e.problem());
    }
}
