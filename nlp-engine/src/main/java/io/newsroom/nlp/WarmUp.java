package io.newsroom.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine over a few built-in articles (the project's own samples) before it meets real ones, so the JIT has
 * compiled its hot paths: a fresh JVM tags its first thousand articles at about half the speed it reaches afterwards
 * (thread CPU per article 3.9 ms in the first 216, 1.8 ms after 1,300; docs/benchmarks.md). Without it, the first
 * minute after a deploy or a restart drains a backlog at half speed.
 */
public final class WarmUp {

    static final String RESOURCE = "/io/newsroom/nlp/warmup/articles.txt";

    /** How many articles were tagged, and how long it took. */
    public record Result(int analyses, Duration took) {
    }

    private WarmUp() {
    }

    /** Tags the built-in articles round after round until {@code analyses} are done or {@code budget} has passed. */
    public static Result run(NewsTagger engine, int analyses, Duration budget) {
        List<String[]> articles = articles();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        int done = 0;
        while (done < analyses && System.nanoTime() < deadline) {
            String[] article = articles.get(done % articles.size());
            engine.analyze(article[0], article[1]);
            done++;
        }
        return new Result(done, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Headline and body of each built-in article: a headline line, a body line, a blank line between articles. */
    static List<String[]> articles() {
        try (InputStream in = WarmUp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            List<String[]> out = new ArrayList<>();
            for (String block : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")) {
                String[] lines = block.strip().split("\n", 2);
                if (lines.length == 2) {
                    out.add(lines);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
