package io.newsroom.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * CPU time from {@code /proc/<pid>/stat} of a process and all its descendants: what a service JVM, the broker JVM or
 * the database (its launcher JVM, and the postgres server with every backend it forked: a tree of its own, see
 * {@link InfrastructureProcess#pids()}) has used so far. A process's
 * {@code cutime + cstime} holds the CPU of children it has already reaped (postgres backends of closed connections),
 * live descendants are read one by one, so nothing is counted twice or lost when a backend exits.
 */
public final class ProcessCpu {

    private static final long TICKS_PER_SECOND = clockTicks();

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU of {@code pid} and its descendants (user + system, reaped children included); 0 once gone. */
    public static long treeNanos(long pid) {
        return treeNanos(Set.of(pid));
    }

    /**
     * Nanoseconds of CPU of several processes and their descendants, each process counted once: a daemon that left its
     * launcher's tree (the postgres server, started by pg_ctl, is re-parented to init) is named as a root of its own.
     */
    public static long treeNanos(Collection<Long> roots) {
        Set<Long> all = new TreeSet<>();
        for (long pid : roots) {
            ProcessHandle.of(pid).ifPresent(root -> Stream.concat(Stream.of(root), root.descendants())
                    .forEach(p -> all.add(p.pid())));
        }
        return all.stream().mapToLong(ProcessCpu::ticks).sum() * 1_000_000_000L / TICKS_PER_SECOND;
    }

    /**
     * Nanoseconds of CPU that the JIT compiler threads of the JVM {@code pid} have used so far (HotSpot names them
     * {@code C1 CompilerThreadN} / {@code C2 CompilerThreadN}; the kernel keeps 15 characters); 0 for a process that is
     * not a JVM. A lower bound: the JVM may end compiler threads it no longer needs, and their time leaves with them.
     */
    public static long jitNanos(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    String stat = Files.readString(thread.resolve("stat"), StandardCharsets.US_ASCII);
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        ticks += threadTicksOf(stat);
                    }
                } catch (IOException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;   // not there (any more): the process ended
        }
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }

    /** This JVM (the load generator and observers): its own CPU, it has no children. */
    public static long thisJvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long ticks(long pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return 0;   // exited between listing and reading: its time is in its parent's cutime once reaped
        }
    }

    /**
     * utime + stime + cutime + cstime (fields 14-17 of proc(5)) of one stat line. The command name (field 2) may hold
     * spaces and parentheses, so fields are counted from the last ')'.
     */
    static long ticksOf(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): field n is fields[n - 3].
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** utime + stime (fields 14-15) of one thread's stat line: a thread has no children of its own. */
    static long threadTicksOf(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** sysconf(_SC_CLK_TCK), asked of getconf; 100 (Linux's USER_HZ everywhere in practice) when it cannot say. */
    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
