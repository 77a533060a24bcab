package io.newsroom.bench.store;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the run started, stopped in reverse order exactly once: at the end of the run, when it fails, and
 * from a shutdown hook on Ctrl-C, so no broker, database or service process outlives the benchmark.
 */
public final class Lifecycle implements AutoCloseable {

    private final Deque<NamedCloseable> started = new ArrayDeque<>();
    private final Thread hook = new Thread(this::close, "store-benchmark-shutdown");

    private record NamedCloseable(String name, AutoCloseable resource) {
    }

    public Lifecycle() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public <T extends AutoCloseable> T add(String name, T resource) {
        synchronized (started) {
            started.push(new NamedCloseable(name, resource));
        }
        return resource;
    }

    @Override
    public void close() {
        while (true) {
            NamedCloseable next;
            synchronized (started) {
                next = started.poll();
            }
            if (next == null) {
                break;
            }
            try {
                next.resource().close();
                System.out.println("stopped " + next.name());
            } catch (Exception e) {
                System.err.println("could not stop " + next.name() + ": " + e);
            }
        }
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }
}
