package io.newsroom.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Polls each service's /q/health/live and /q/health/ready every 250 ms (one thread per service, so a hanging check
 * of one does not delay another) and answers how long each was not live or not ready within a time window. A
 * request that gets no answer within a second counts as down, as it would for an orchestrator's probe.
 */
final class HealthMonitor implements AutoCloseable {

    static final long INTERVAL_MS = 250;

    record Sample(long atMillis, boolean live, boolean ready) {
    }

    private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    HealthMonitor(List<Service> services) {
        for (Service service : services) {
            List<Sample> list = new CopyOnWriteArrayList<>();
            samples.put(service.name, list);
            Thread thread = new Thread(() -> poll(service, list), "health-" + service.name);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /** Seconds within [from, to) during which the service's liveness (or readiness) check did not answer 200. */
    double downSeconds(String service, long fromMillis, long toMillis, boolean readiness) {
        List<Sample> list = samples.getOrDefault(service, List.of());
        long down = 0;
        for (int i = 0; i + 1 < list.size(); i++) {
            Sample sample = list.get(i);
            boolean ok = readiness ? sample.ready() : sample.live();
            long start = Math.max(sample.atMillis(), fromMillis);
            long end = Math.min(list.get(i + 1).atMillis(), toMillis);
            if (!ok && end > start) {
                down += end - start;
            }
        }
        return down / 1000.0;
    }

    private void poll(Service service, List<Sample> list) {
        while (running) {
            long started = System.currentTimeMillis();
            boolean live = service.status("/q/health/live") == 200;
            boolean ready = service.status("/q/health/ready") == 200;
            list.add(new Sample(started, live, ready));
            long rest = INTERVAL_MS - (System.currentTimeMillis() - started);
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(3_000);
        }
    }
}
