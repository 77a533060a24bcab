package io.newsroom.ops;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code tail TOPIC}: the records of every partition as they arrive (or from the beginning), read_committed and
 * without a consumer group, so looking changes nothing. Stops after {@code max} records, or on Ctrl-C.
 */
final class Tail {

    private final KafkaSettings kafka;
    private volatile KafkaConsumer<byte[], byte[]> running;

    Tail(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /**
     * @param max     stop after this many records; null: follow until {@link #stop()}
     * @param idleEnd stop when nothing arrived for this long; null: never (tests and scripts bound their wait so)
     * @return the number of records printed
     */
    long run(String topic, boolean fromBeginning, Long max, Duration idleEnd, PrintStream out) {
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.reader()) {
            running = consumer;
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw new UsageException("no topic " + topic + " (./newsroom topics lists them)");
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position); // fixes "the end" now, so records written from here on show
            }
            long printed = 0;
            long idleSince = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (max != null && printed >= max) {
                        break;
                    }
                    out.print(RecordFormat.format(record));
                    printed++;
                }
                out.flush();
                if (idleEnd != null && System.nanoTime() - idleSince > idleEnd.toNanos()) {
                    break;
                }
            }
            return printed;
        } catch (WakeupException e) {
            return -1;
        } finally {
            running = null;
        }
    }

    /** From another thread (Ctrl-C): ends {@link #run} at its next poll. */
    void stop() {
        KafkaConsumer<byte[], byte[]> consumer = running;
        if (consumer != null) {
            consumer.wakeup();
        }
    }
}
