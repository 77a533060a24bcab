package io.newsroom.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged store-service: its runnable jar, and the Flyway migrations and IPTC taxonomy read from its
 * application jar, so the JDBC baseline gets exactly the schema and the generator exactly the codes of the service
 * being measured.
 */
public final class ServiceArtifacts {

    /** One line of mediatopics.tsv: code, parent code (empty for a top-level topic), label. */
    public record Topic(String code, String parent, String label) {
    }

    private static final Pattern MIGRATION = Pattern.compile("db/migration/V(\\d+)__.*\\.sql");

    private final Path runJar;
    private final Path appJar;

    public ServiceArtifacts(Path runJar) {
        this.runJar = runJar.toAbsolutePath();
        if (!Files.isRegularFile(this.runJar)) {
            throw new IllegalStateException(this.runJar + " is missing: package store-service first "
                    + "(mvn -B -q package -pl benchmarks/store-benchmark -am -DskipTests)");
        }
        try (Stream<Path> files = Files.list(this.runJar.getParent().resolve("app"))) {
            appJar = files.filter(f -> f.getFileName().toString().startsWith("store-service")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No store-service jar next to " + this.runJar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path runJar() {
        return runJar;
    }

    public List<Topic> taxonomy() {
        List<Topic> topics = new ArrayList<>();
        for (String line : read("iptc/mediatopics.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            topics.add(new Topic(cols[0], cols[1], cols[2]));
        }
        return topics;
    }

    /** SQL of each migration, in version order. */
    List<String> migrations() {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            return jar.stream()
                    .map(e -> MIGRATION.matcher(e.getName()))
                    .filter(Matcher::matches)
                    .sorted(Comparator.comparingInt(m -> Integer.parseInt(m.group(1))))
                    .map(m -> read(m.group()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String entry) {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            var found = jar.getJarEntry(entry);
            if (found == null) {
                throw new IllegalStateException(entry + " not found in " + appJar);
            }
            return new String(jar.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
