package io.newsroom.nlp.benchmark;

import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.NewsTagger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-engine throughput on one thread: {@code analyze} ops/s is articles/s, and the auxiliary counter
 * {@code tokens} is tokens/s. {@code loadDefault} measures model load time in a fresh JVM per fork.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class NewsTaggerBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        NewsTagger tagger;
        List<Articles.Article> articles;

        @Setup(Level.Trial)
        public void load() {
            tagger = NewsTagger.loadDefault();
            articles = Articles.load();
        }
    }

    /** Per-thread cursor over the articles plus the token counter JMH reports as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long tokens;
        int next;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Analysis analyze(Engine engine, Counters counters) {
        Articles.Article a = engine.articles.get(counters.next++ % engine.articles.size());
        counters.tokens += a.tokens();
        return engine.tagger.analyze(a.headline(), a.body());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx256m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public NewsTagger loadDefault() {
        return NewsTagger.loadDefault();
    }
}
