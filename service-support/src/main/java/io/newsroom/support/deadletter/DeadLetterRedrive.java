package io.newsroom.support.deadletter;

import io.newsroom.schemas.DeadLetters;
import io.newsroom.support.http.Problem;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.support.http.ProblemException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Re-publishes the records of a service's dead-letter topic onto the topic it consumes, key, value and headers
 * unchanged except the {@code dead-letter-*} headers, so they are processed again after a fix. Progress is the
 * committed offsets of the consumer group {@code <service>-redrive}: a second call goes on where the first
 * stopped instead of re-driving the same letters. Offsets are committed only after the broker acknowledged every
 * re-driven record, so a failed call re-drives again rather than losing letters (the consumers are idempotent).
 * A letter that is only a reference to a record too large to copy ({@value DeadLetters#BY_REFERENCE_HEADER}: true) has no
 * record to re-publish: it is counted as skipped and passed over. Shared by enrich-service and store-service, each
 * with a thin admin endpoint.
 */
public final class DeadLetterRedrive {

    private static final int MAX_LIMIT = 10_000;
    private static final int DEFAULT_LIMIT = 1_000;

    /**
     * Which letters to re-drive.
     *
     * @param partition only this partition of the dead-letter topic, or all
     * @param from      start at this offset instead of where the last re-drive stopped (needs partition)
     * @param to        last offset to re-drive, inclusive (needs partition)
     * @param until     only letters dead-lettered at or before this time; a partition stops at the first later one
     * @param limit     at most this many letters (re-driven plus skipped) in this call
     */
    public record Request(Integer partition, Long from, Long to, Instant until, int limit) {

        /** Parses the query parameters of {@code POST /admin/dead-letters/redrive}; throws {@link InvalidRequest}. */
        public static Request parse(String partition, String from, String to, String until, String limit) {
            List<FieldError> errors = new ArrayList<>();
            Long p = number("partition", partition, errors);
            Long f = number("from", from, errors);
            Long t = number("to", to, errors);
            Long l = number("limit", limit, errors);
            Instant u = null;
            if (until != null && !until.isBlank()) {
                try {
                    u = Instant.parse(until.strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("until", "must be an ISO-8601 instant, e.g. 2026-11-26T10:00:00Z"));
                }
            }
            if ((f != null || t != null) && p == null) {
                errors.add(new FieldError("partition", "is required with from or to (offsets are per partition)"));
            }
            if (p != null && p > Integer.MAX_VALUE) {
                errors.add(new FieldError("partition", "is not a partition number"));
            }
            if (f != null && t != null && f > t) {
                errors.add(new FieldError("to", "must not be before from"));
            }
            if (l != null && (l < 1 || l > MAX_LIMIT)) {
                errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
            return new Request(p == null ? null : p.intValue(), f, t, u, l == null ? DEFAULT_LIMIT : l.intValue());
        }

        private static Long number(String name, String value, List<FieldError> errors) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                long n = Long.parseLong(value.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new FieldError(name, "must be a whole number, 0 or more"));
            return null;
        }
    }

    /** What one partition's re-drive did; offsets are of the dead-letter topic. */
    public record PartitionResult(int partition, long firstOffset, long lastOffset, int redriven, int skipped,
                                  long nextOffset) {
    }

    /**
     * @param remaining letters after where this call stopped (limit, until, to or time), for the next call
     */
    public record Result(String deadLetterTopic, String targetTopic, int redriven, int skipped,
                         List<PartitionResult> partitions, long remaining) {
    }

    /** Bad parameters: a 400 naming each (answered by ProblemExceptionMapper, like every service's 400). */
    public static final class InvalidRequest extends ProblemException {

        public InvalidRequest(List<FieldError> errors) {
            super(Problem.of(400, "invalid-query", "Invalid query", errors.size() + " parameter(s) are invalid")
                    .withErrors(List.copyOf(errors)));
        }

        public List<FieldError> errors() {
            return problem().errors();
        }
    }

    /** The broker could not be read from or written to in time: a 503, nothing committed. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, Object> consumerConfig = new HashMap<>();
    private final Map<String, Object> producerConfig = new HashMap<>();
    private final String deadLetterTopic;
    private final String targetTopic;
    private final Duration timeout;

    /**
     * @param kafkaConfig the service's Kafka client configuration (security settings etc.); what applies is used
     * @param groupId     the consumer group whose committed offsets remember the progress, {@code <service>-redrive}
     * @param timeout     how long one call may read and wait for the broker
     */
    public DeadLetterRedrive(Map<String, Object> kafkaConfig, String deadLetterTopic, String targetTopic,
                             String groupId, Duration timeout) {
        this.deadLetterTopic = deadLetterTopic;
        this.targetTopic = targetTopic;
        this.timeout = timeout;
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                consumerConfig.put(key, value);
            }
            if (ProducerConfig.configNames().contains(key)) {
                producerConfig.put(key, value);
            }
        });
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, groupId);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    }

    /** One call at a time per instance: two overlapping calls would read the same committed position. */
    public synchronized Result redrive(Request request) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            return new Run(consumer, producer, request).execute();
        } catch (KafkaException e) {
            throw new Unavailable("Kafka failed while re-driving " + deadLetterTopic + ": " + e.getMessage(), e);
        }
    }

    /** The state of one call. */
    private final class Run {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final KafkaProducer<byte[], byte[]> producer;
        private final Request request;
        private final Map<TopicPartition, Long> stop = new HashMap<>();
        private final Map<TopicPartition, Long> end = new HashMap<>();
        private final Map<TopicPartition, Long> next = new HashMap<>();
        private final Map<Integer, int[]> counts = new TreeMap<>(); // partition → {redriven, skipped}
        private final Map<Integer, long[]> offsets = new HashMap<>(); // partition → {first, last}
        private final List<Future<RecordMetadata>> sends = new ArrayList<>();
        private int handled;

        Run(KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer, Request request) {
            this.consumer = consumer;
            this.producer = producer;
            this.request = request;
        }

        Result execute() {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions), timeout);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            end.putAll(consumer.endOffsets(partitions, timeout));
            Set<TopicPartition> active = new HashSet<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata done = committed.get(tp);
                long start = Math.max(begin.get(tp), request.from() != null ? request.from()
                        : done != null ? done.offset() : 0L);
                stop.put(tp, request.to() != null ? Math.min(end.get(tp), request.to() + 1) : end.get(tp));
                next.put(tp, start);
                consumer.seek(tp, start);
                if (start < stop.get(tp)) {
                    active.add(tp);
                }
            }
            read(partitions, active);
            awaitSends();
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            next.forEach((tp, offset) -> progress.put(tp, new OffsetAndMetadata(offset)));
            consumer.commitSync(progress, timeout);
            return result();
        }

        private List<TopicPartition> partitions() {
            List<PartitionInfo> infos = consumer.partitionsFor(deadLetterTopic, timeout);
            List<TopicPartition> all = infos == null ? List.of()
                    : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (request.partition() == null) {
                return all;
            }
            TopicPartition wanted = new TopicPartition(deadLetterTopic, request.partition());
            if (!all.contains(wanted)) {
                throw new InvalidRequest(List.of(new FieldError("partition",
                        deadLetterTopic + " has no partition " + request.partition() + " (it has " + all.size() + ")")));
            }
            return List.of(wanted);
        }

        private void read(List<TopicPartition> partitions, Set<TopicPartition> active) {
            consumer.pause(partitions.stream().filter(tp -> !active.contains(tp)).toList());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!active.isEmpty() && handled < request.limit() && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : records.partitions()) {
                    if (active.contains(tp) && !readPartition(tp, records.records(tp))) {
                        active.remove(tp);
                    }
                }
                // Compaction or transaction markers can leave gaps: a partition is done once its position passed the stop.
                active.removeIf(tp -> next.get(tp) >= stop.get(tp) || consumer.position(tp, timeout) >= stop.get(tp)
                        && records.records(tp).isEmpty());
                consumer.pause(partitions.stream().filter(tp -> !active.contains(tp)).toList());
            }
        }

        /** @return false once the partition is done (its stop, or a letter after {@code until}) */
        private boolean readPartition(TopicPartition tp, List<ConsumerRecord<byte[], byte[]>> records) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (record.offset() >= stop.get(tp)
                        || request.until() != null && record.timestamp() > request.until().toEpochMilli()) {
                    return false;
                }
                if (handled >= request.limit()) {
                    return true; // not consumed: the next call starts here
                }
                handled++;
                int[] count = counts.computeIfAbsent(tp.partition(), p -> new int[2]);
                if (byReference(record)) {
                    count[1]++;
                } else {
                    sends.add(producer.send(new ProducerRecord<>(targetTopic, null, record.key(), record.value(),
                            withoutDeadLetterHeaders(record))));
                    count[0]++;
                }
                offsets.computeIfAbsent(tp.partition(), p -> new long[]{record.offset(), record.offset()})[1] = record.offset();
                next.put(tp, record.offset() + 1);
            }
            return true;
        }

        private void awaitSends() {
            producer.flush();
            try {
                for (Future<RecordMetadata> send : sends) {
                    send.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("Interrupted while re-driving " + deadLetterTopic, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new Unavailable("The broker did not acknowledge the re-driven records; nothing was committed", e);
            }
        }

        private Result result() {
            List<PartitionResult> partitions = new ArrayList<>();
            int redriven = 0;
            int skipped = 0;
            for (Map.Entry<Integer, int[]> entry : counts.entrySet()) {
                long[] range = offsets.get(entry.getKey());
                long nextOffset = next.get(new TopicPartition(deadLetterTopic, entry.getKey()));
                partitions.add(new PartitionResult(entry.getKey(), range[0], range[1], entry.getValue()[0],
                        entry.getValue()[1], nextOffset));
                redriven += entry.getValue()[0];
                skipped += entry.getValue()[1];
            }
            long remaining = 0;
            for (Map.Entry<TopicPartition, Long> e : next.entrySet()) {
                remaining += Math.max(0, end.get(e.getKey()) - e.getValue());
            }
            return new Result(deadLetterTopic, targetTopic, redriven, skipped, partitions, remaining);
        }
    }

    private static boolean byReference(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(DeadLetters.BY_REFERENCE_HEADER);
        return header != null && header.value() != null
                && "true".equalsIgnoreCase(new String(header.value(), StandardCharsets.UTF_8).strip());
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DeadLetters.HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return headers;
    }
}
