package io.newsroom.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one piece of infrastructure as its own process for {@code ./newsroom up}:
 * {@code kafka <dir> <port>} or {@code postgres <dir> <port>}. Prints one {@code READY} line once it accepts
 * connections and runs until it is sent SIGTERM (or Ctrl-C), then stops cleanly.
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3 || !(args[0].equals("kafka") || args[0].equals("postgres"))) {
            System.err.println("usage: LocalInfrastructure kafka|postgres <data-dir> <port>");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        if (!FreePort.isFree(port)) {
            System.err.println("ERROR: port " + port + " is already in use; stop what uses it or choose another port.");
            System.exit(3);
        }
        AutoCloseable running;
        if (args[0].equals("kafka")) {
            KafkaBroker broker = KafkaBroker.start(dir, port);
            running = broker;
            System.out.println("READY kafka bootstrap.servers=" + broker.bootstrapServers());
        } else {
            Postgres postgres = Postgres.start(dir, port, true);
            running = postgres;
            System.out.println("READY postgres jdbc.url=" + postgres.jdbcUrl());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("Stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "stop-" + args[0]));
        stopped.await();
    }
}
