package io.newsroom.nlp.train;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where training reads the shared data and writes the committed models. Data: --data DIR, else env
 * NEWSROOM_DATA, else ../shared/data relative to the working directory (also tried one level further up,
 * so commands work both from the project root and from nlp-tools/). Models: --out DIR, else nlp-engine's
 * resources folder (the engine ships them; these tools only make them).
 */
public final class DataPaths {

    public static final String MODELS_RESOURCE = "src/main/resources/io/newsroom/nlp/models";

    private DataPaths() {
    }

    public static Path dataDir(String option) {
        if (option != null) {
            return Path.of(option);
        }
        String env = System.getenv("NEWSROOM_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path fromRoot = Path.of("../shared/data");
        Path fromModule = Path.of("../../shared/data");
        return Files.isDirectory(fromRoot) || !Files.isDirectory(fromModule) ? fromRoot : fromModule;
    }

    /** The engine's models folder (nlp-engine ships them), from the project root or from nlp-tools/. */
    public static Path modelsDir(String option) {
        if (option != null) {
            return Path.of(option);
        }
        Path fromRoot = Path.of("nlp-engine").resolve(MODELS_RESOURCE);
        return Files.isDirectory(Path.of("nlp-engine")) ? fromRoot : Path.of("../nlp-engine").resolve(MODELS_RESOURCE);
    }

    /** Labelled training input kept in the repository (nlp-tools/training-data), from the root or the module. */
    public static Path trainingDataDir() {
        Path fromRoot = Path.of("nlp-tools/training-data");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("training-data");
    }

    /** Licence-compatible source files the gazetteers derive from (nlp-tools/gazetteer-sources), from the root or the module. */
    public static Path gazetteerSourcesDir() {
        Path fromRoot = Path.of("nlp-tools/gazetteer-sources");
        return Files.isDirectory(Path.of("nlp-tools")) ? fromRoot : Path.of("gazetteer-sources");
    }

    /** The module's dev-sets folder (our own labels and stories): env NEWSROOM_DEV_SETS, else from the project root or nlp-tools/. */
    public static Path devSetsDir() {
        String env = System.getenv("NEWSROOM_DEV_SETS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path fromRoot = Path.of("nlp-tools/dev-sets");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("dev-sets");
    }

    /**
     * A checkout of github.com/masakhane-io/masakhane-news (research-use BBC texts, kept outside the repository):
     * --masakhanews DIR, else env NEWSROOM_MASAKHANEWS, else ../masakhane-news next to the project (from the
     * project root or from nlp-tools/).
     */
    public static Path masakhaNewsDir(String option) {
        if (option != null) {
            return Path.of(option);
        }
        String env = System.getenv("NEWSROOM_MASAKHANEWS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path fromRoot = Path.of("../masakhane-news");
        Path fromModule = Path.of("../../masakhane-news");
        return Files.isDirectory(fromRoot) || !Files.isDirectory(fromModule) ? fromRoot : fromModule;
    }

    /**
     * A research-use file kept outside the repository: env {@code envName}, else {@code relative} next to the
     * project (from the project root or from nlp-tools/), e.g. a clone of the repository that holds it.
     */
    public static Path outsideFile(String envName, String relative) {
        String env = System.getenv(envName);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path fromRoot = Path.of("..").resolve(relative);
        Path fromModule = Path.of("../..").resolve(relative);
        return Files.exists(fromRoot) || !Files.exists(fromModule) ? fromRoot : fromModule;
    }

    public static Path requireDir(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(what + " not found: " + dir.toAbsolutePath().normalize()
                    + " (pass --data DIR or set NEWSROOM_DATA)");
        }
        return dir;
    }
}
