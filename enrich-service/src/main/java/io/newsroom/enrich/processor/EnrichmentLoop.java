package io.newsroom.enrich.processor;

import io.newsroom.enrich.config.EnrichConsumerConfig;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.Topics;
import io.newsroom.support.tracing.RecordTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One consume-tag-produce loop, exactly once: the records of a poll are enriched (or dead-lettered) and their offsets
 * committed in one Kafka transaction of this loop's producer, so each raw record yields exactly one committed record —
 * its enriched event or its dead letter — whatever fails in between. Any failure (broker away, a commit timing out,
 * fenced by a newer owner of the partitions or of the transactional id) closes the producer, which abandons the open
 * transaction, rewinds the consumer to the committed offsets and starts again after a pause: nothing half-done is ever
 * visible to a read_committed reader, and nothing is skipped. Never dies of a failure: an outage makes it not ready.
 * Runs on its own thread; the clients are only touched from it (their metrics are read from others: Kafka's metrics
 * registry is concurrent).
 * <p>
 * Each record is a CONSUMER span "news.articles.raw.v1 process", child of the context its headers carry (ingest's
 * publish span), ended once its transaction committed or was abandoned; the enriched record carries that span's
 * context on to store-service. A dead letter keeps the original's headers, its trace context included, so a re-drive
 * continues the article's first trace.
 */
final class EnrichmentLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(EnrichmentLoop.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

    private final int n;
    private final TransactionalClients clients;
    private final RecordEnricher enricher;
    private final EnrichMetrics metrics;
    private final EnrichConsumerConfig config;
    private final RecordTracing tracing;

    private volatile boolean running = true;
    private volatile Map<MetricName, ? extends Metric> consumerMetrics;
    private volatile boolean joined;
    private volatile boolean failing;
    private Consumer<String, byte[]> consumer;
    private Producer<String, byte[]> producer;
    private boolean rewindNeeded;
    private Duration backoff;
    /** Records whose output the broker refused, by position: sent next time as a dead letter, then by reference. */
    private final Map<Position, Integer> refused = new HashMap<>();

    private record Position(TopicPartition partition, long offset) {
        static Position of(ConsumerRecord<?, ?> record) {
            return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
    }

    EnrichmentLoop(int n, TransactionalClients clients, RecordEnricher enricher, EnrichMetrics metrics,
                   EnrichConsumerConfig config, RecordTracing tracing) {
        this.n = n;
        this.tracing = tracing;
        this.clients = clients;
        this.enricher = enricher;
        this.metrics = metrics;
        this.config = config;
        this.backoff = config.retryBackoff();
    }

    /** The live metrics of this loop's consumer (records-lag per partition among them); null before it runs. */
    Map<MetricName, ? extends Metric> consumerMetrics() {
        return consumerMetrics;
    }

    /** Has joined the group and is not recovering from a failure. */
    boolean ready() {
        return joined && !failing;
    }

    /** Asks the loop to finish its current transaction and stop; {@link #run()} then closes the clients. */
    void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        consumer = clients.consumer(n);
        consumerMetrics = consumer.metrics();
        consumer.subscribe(List.of(Topics.RAW), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                refused.keySet().removeIf(p -> partitions.contains(p.partition()));
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                joined = true;
            }
        });
        try {
            while (running) {
                step();
            }
        } finally {
            joined = false;
            closeProducer();
            consumerMetrics = null;
            // A graceful stop leaves the group at once, so the partitions move without waiting for the session.
            consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(CLIENT_TIMEOUT));
        }
    }

    private void step() {
        try {
            if (producer == null) {
                producer = clients.producer(n);
                // Aborts what a predecessor with this id left open (a killed instance, or this loop's last failure) at
                // once, so read_committed readers do not wait for its timeout; fences that predecessor if it lives on.
                producer.initTransactions();
            }
            if (rewindNeeded) {
                rewind();
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            if (!records.isEmpty()) {
                process(records);
            }
            failing = false;
            backoff = config.retryBackoff();
        } catch (WakeupException e) {
            if (running) {
                fail(e);
            }
        } catch (NoOffsetForPartitionException e) {
            // The consumer never resets by itself (auto.offset.reset=none): a partition nobody ever committed for is new.
            LOG.infof("Enrichment loop %s: nothing committed yet for %s, reading from the beginning", clients.id(n), e.partitions());
            consumer.seekToBeginning(e.partitions());
        } catch (OffsetOutOfRangeException e) {
            try {
                reposition(e);
            } catch (RuntimeException failure) {
                // Thrown in a handler, it would escape the loop: asking the broker for the log's ends can fail too.
                fail(failure);
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /**
     * A position the broker does not have: records deleted by retention before they were enriched (resume at the first
     * one left), or a broker that came back with fewer records than were read (resume at its end, so the records it
     * writes at the reused offsets are enriched, not skipped). A position inside the log is a broker still recovering:
     * retry from the committed offsets after a pause.
     */
    private void reposition(OffsetOutOfRangeException e) {
        Map<TopicPartition, Long> positions = e.offsetOutOfRangePartitions();
        Set<TopicPartition> partitions = positions.keySet();
        Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, CLIENT_TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
        boolean moved = false;
        for (TopicPartition partition : partitions) {
            long at = positions.get(partition);
            long resume = at < first.get(partition) ? first.get(partition) : Math.min(at, end.get(partition));
            if (resume != at) {
                LOG.warnf("Enrichment loop %s: offset %d of %s is outside the log [%d, %d]; resuming at %d",
                        clients.id(n), at, partition, first.get(partition), end.get(partition), resume);
                consumer.seek(partition, resume);
                moved = true;
            }
        }
        if (!moved) {
            fail(e);
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        AtomicReference<Position> refusedAt = new AtomicReference<>();
        try {
            transact(records, refusedAt);
        } catch (RuntimeException e) {
            Position position = refusedAt.get();
            if (position != null) {
                refused.merge(position, 1, Integer::sum);
            }
            throw e;
        }
    }

    private void transact(ConsumerRecords<String, byte[]> records, AtomicReference<Position> refusedAt) {
        List<Span> spans = new ArrayList<>(records.count());
        try {
            transact(records, refusedAt, spans);
        } catch (RuntimeException e) {
            spans.forEach(span -> {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR, "transaction abandoned; the record is read again");
            });
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private void transact(ConsumerRecords<String, byte[]> records, AtomicReference<Position> refusedAt, List<Span> spans) {
        producer.beginTransaction();
        int enriched = 0;
        List<String> letters = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Position position = Position.of(record);
            Integer refusals = refused.get(position);
            Span span = tracing.consume(record, "process");
            spans.add(span);
            RecordEnricher.Outcome outcome;
            try (Scope ignored = span.makeCurrent()) {
                outcome = refusals == null ? enricher.enrich(record)
                        : enricher.deadLetter(record, "the broker refused its output as too large or invalid",
                        RecordEnricher.OUTPUT_REFUSED, refusals > 1);
            }
            if (outcome.deadLetter()) {
                span.setAttribute("newsroom.dead_letter.reason", outcome.cause());
                span.setStatus(StatusCode.ERROR, "dead-lettered: " + outcome.cause());
            } else {
                tracing.inject(span, outcome.record().headers());
            }
            producer.send(outcome.record(), (metadata, error) -> {
                if (error instanceof RecordTooLargeException || error instanceof InvalidRecordException) {
                    refusedAt.compareAndSet(null, position);
                }
            });
            if (outcome.deadLetter()) {
                letters.add(DeadLetters.describe(DeadLetters.Origin.of(record), outcome.reason()));
                causes.add(outcome.cause());
            } else {
                enriched++;
            }
        }
        producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());
        producer.commitTransaction();
        records.forEach(record -> refused.remove(Position.of(record)));
        for (int i = 0; i < enriched; i++) {
            metrics.enriched();
        }
        causes.forEach(metrics::deadLettered);
        letters.forEach(letter -> LOG.warnf("Dead-lettered %s", letter));
    }

    /** Abandons the open transaction (if any) and returns to the last committed offsets, after a growing pause. */
    private void fail(RuntimeException e) {
        failing = true;
        LOG.warnf("Enrichment loop %s: transaction abandoned, resuming from the committed offsets in %d ms: %s",
                clients.id(n), backoff.toMillis(), e.toString());
        closeProducer();
        rewindNeeded = true;
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : doubled;
    }

    /** Seeks every assigned partition to its committed offset (the beginning when none is), waiting for pending ones. */
    private void rewind() {
        var assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned, CLIENT_TIMEOUT);
        List<TopicPartition> none = new ArrayList<>();
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                none.add(partition);
            } else {
                consumer.seek(partition, offset);
            }
        }
        if (!none.isEmpty()) {
            // Never with an empty list: seekToBeginning(empty) means every assigned partition, and a loop recovering from
            // a failure (a broker outage, a fenced transaction) then enriched its partitions again from offset 0.
            consumer.seekToBeginning(none);
        }
        rewindNeeded = false;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> of = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the producer of %s: %s", clients.id(n), e);
            }
            producer = null;
        }
    }
}
