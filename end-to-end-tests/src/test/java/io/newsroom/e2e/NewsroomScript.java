package io.newsroom.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code ./newsroom} as a user would, in a run folder and on ports of its own: no {@code NEWSROOM_*} setting of
 * the machine leaks in, and the JDK running the tests is the one on the PATH.
 */
final class NewsroomScript {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Exit status and output of one script command. */
    record Result(int exit, String output) {
        /** The component's status line: the last line naming it (restart prints progress lines first). */
        String line(String component) {
            return output.lines().filter(l -> l.trim().startsWith(component + " ")).reduce((a, b) -> b).orElse("");
        }
    }

    private NewsroomScript() {
    }

    /**
     * @param ports   each part's port by its variable's middle name: KAFKA, POSTGRES, INGEST, ENRICH, STORE
     * @param timeout how long the command may take before it is killed
     */
    static Result run(Path runDir, Map<String, Integer> ports, Duration timeout, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(ROOT.resolve("newsroom").toString()),
                Stream.of(args)).toList()).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSROOM_"));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("NEWSROOM_RUN_DIR", runDir.toString());
        ports.forEach((name, port) -> env.put("NEWSROOM_" + name + "_PORT", Integer.toString(port)));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }
}
