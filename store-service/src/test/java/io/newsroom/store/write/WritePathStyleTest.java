package io.newsroom.store.write;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write transaction speaks one way: through its EntityManager (Panache entities, native statements of the same
 * EntityManager). A raw JDBC statement on the session's connection beside Hibernate is what issue 15 asked to remove;
 * this keeps it from coming back unnoticed. Plain JUnit over the package's sources, no Quarkus.
 */
class WritePathStyleTest {

    private static final Path WRITE_PACKAGE = Path.of("src/main/java/io/newsroom/store/write");

    /** What a raw JDBC detour looks like in source: the java.sql API, or the session's connection handed out. */
    private static final List<String> RAW_JDBC = List.of("java.sql.", "doWork(", "doReturningWork(", "org.hibernate.Session");

    @Test
    void shouldWriteThroughTheEntityManagerOnly() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(WRITE_PACKAGE)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("the write package's sources").isNotEmpty();

        List<String> rawJdbc = sources.stream()
                .flatMap(WritePathStyleTest::lines)
                .filter(line -> RAW_JDBC.stream().anyMatch(line::contains))
                .toList();

        assertThat(rawJdbc).as("raw JDBC in the write package").isEmpty();
    }

    private static Stream<String> lines(Path source) {
        try {
            return Files.readAllLines(source).stream().map(line -> source.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + source, e);
        }
    }
}
