package io.newsroom.bench;

import java.util.Arrays;
import java.util.concurrent.SynchronousQueue;

/**
 * How long this host takes to wake a waiting thread: the round trip of a value handed to another thread and back.
 * A request to ingest-service crosses threads several times (event loop, worker, producer sender, the broker's
 * network and handler threads), so the single-POST figures follow this number: on this VM it moved between ~5 and
 * ~50 µs from hour to hour with the same code, and single-POST results with it. Printed with the results so that runs
 * can be compared; it is not a target.
 */
final class HandOffProbe {

    private HandOffProbe() {
    }

    /** Median over five rounds of 20,000 round trips, in microseconds. */
    static double roundTripMicros() throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Thread echo = new Thread(() -> {
            try {
                for (int v = ping.take(); v >= 0; v = ping.take()) {
                    pong.put(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hand-off-echo");
        echo.setDaemon(true);
        echo.start();
        double[] rounds = new double[5];
        int trips = 20_000;
        for (int r = 0; r < rounds.length; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                ping.put(i);
                pong.take();
            }
            rounds[r] = (System.nanoTime() - start) / 1e3 / trips;
        }
        ping.put(-1);
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }
}
