package io.newsroom.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throwaway data folders of tests and benchmarks: a broker's log or a database can leave gigabytes behind. */
public final class TempDirectories {

    private TempDirectories() {
    }

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the folder and everything in it; a folder that is already gone is fine. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    /**
     * For shutdown hooks: a server that has just been told to stop may still write or remove files for a moment
     * (a stopping PostgreSQL removes its pid file and sockets), so a walk can meet a file that appears or vanishes.
     * Tries again for up to five seconds and reports what is left instead of throwing.
     */
    public static void deleteEventually(Path dir) {
        for (int attempt = 0; attempt < 25 && Files.exists(dir); attempt++) {
            try {
                deleteRecursively(dir);
            } catch (UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (Files.exists(dir)) {
            System.err.println("Could not delete the test data folder " + dir);
        }
    }
}
