package io.newsroom.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the deployment files must agree with, read from the services' own sources: their application.properties,
 * the environment variables they read, their consumer groups and topics, and the meters they register.
 */
final class ServiceSources {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "store-service");

    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern CONFIG_METHOD = Pattern.compile("^\\s+\\w[\\w<>]*\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern COUNTER = Pattern.compile("(?:Counter\\.builder|\\.counter)\\(\"([a-z0-9.]+)\"");
    private static final Pattern TIMER = Pattern.compile("(?:Timer\\.builder|\\.timer)\\(\"([a-z0-9.]+)\"");
    private static final Pattern GAUGE = Pattern.compile("(?:Gauge\\.builder|\\.gauge)\\(\"([a-z0-9.]+)\"");
    /** Gauges with a row per tag set (MultiGauge), e.g. service-support's newsroom.consumer.lag. */
    private static final Pattern MULTI_GAUGE = Pattern.compile("MultiGauge\\.builder\\(\"([a-z0-9.]+)\"");

    private ServiceSources() {
    }

    static Properties properties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static int httpPort(String service) {
        return Integer.parseInt(properties(service).getProperty("quarkus.http.port"));
    }

    /**
     * Environment variable names the service reads: its properties and the @ConfigMapping members of its code and of
     * service-support's, as Quarkus maps them (the same rule as end-to-end-tests' DockerComposeTest).
     */
    static Set<String> configurationNames(String service) {
        Set<String> names = new HashSet<>();
        properties(service).stringPropertyNames().forEach(key -> names.add(toEnv(key)));
        for (String code : sources(ROOT.resolve(service).resolve("src/main/java"), ROOT.resolve("service-support/src/main/java"))) {
            Matcher mapping = CONFIG_MAPPING.matcher(code);
            if (mapping.find()) {
                Matcher method = CONFIG_METHOD.matcher(code);
                while (method.find()) {
                    names.add(toEnv(mapping.group(1) + "." + method.group(1).replaceAll("([a-z])([A-Z])", "$1-$2")));
                }
            }
        }
        return names;
    }

    /** A source file of the service's main code, e.g. "processor/TransactionalClients.java" under its base package. */
    static String mainSource(String service, String relative) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(service).resolve("src/main/java"))) {
            Path file = files.filter(p -> p.toString().endsWith("/" + relative)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(service + " has no " + relative));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prometheus names of the meters the services register (Micrometer's mapping: dots to underscores, counters
     * with _total, timers in seconds with their _count, _sum, _max and _bucket series).
     */
    static Set<String> registeredMetricNames() {
        Set<String> names = new HashSet<>();
        // service-support registers meters in every service (its consumer-lag gauges).
        Path[] roots = Stream.concat(SERVICES.stream(), Stream.of("service-support"))
                .map(s -> ROOT.resolve(s).resolve("src/main/java")).toArray(Path[]::new);
        for (String code : sources(roots)) {
            COUNTER.matcher(code).results().forEach(m -> names.add(prometheus(m.group(1)) + "_total"));
            GAUGE.matcher(code).results().forEach(m -> names.add(prometheus(m.group(1))));
            MULTI_GAUGE.matcher(code).results().forEach(m -> names.add(prometheus(m.group(1))));
            TIMER.matcher(code).results().forEach(m -> {
                for (String suffix : List.of("_count", "_sum", "_max", "_bucket")) {
                    names.add(prometheus(m.group(1)) + "_seconds" + suffix);
                }
            });
        }
        return names;
    }

    private static String prometheus(String meter) {
        return meter.replace('.', '_');
    }

    private static List<String> sources(Path... roots) {
        try {
            List<String> codes = new java.util.ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        codes.add(Files.readString(file));
                    }
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
