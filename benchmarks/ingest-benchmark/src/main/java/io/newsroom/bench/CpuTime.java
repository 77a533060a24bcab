package io.newsroom.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of the processes in a phase, per record: where the two cores go. The benchmark JVM holds the broker and
 * the load generator; the service and ProducerPerformance are child processes.
 */
final class CpuTime {

    private CpuTime() {
    }

    /** Nanoseconds of CPU the process has used so far (user + system), or -1 where the platform does not tell. */
    static long of(ProcessHandle process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    static long ofThisJvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void report(String phase, long records, String firstName, long firstNanos, String secondName, long secondNanos) {
        if (records <= 0 || firstNanos < 0 || secondNanos < 0) {
            return;
        }
        System.out.printf("%s CPU per record: %s %.1f µs + %s %.1f µs = %.1f µs%n", phase, firstName,
                firstNanos / 1e3 / records, secondName, secondNanos / 1e3 / records, (firstNanos + secondNanos) / 1e3 / records);
    }
}
