package io.newsroom.nlp.benchmark;

import io.newsroom.nlp.NewsTagger;

/**
 * Heap retained by a loaded engine (after GC), heap after tagging the benchmark articles, and wall-clock
 * model load time in this fresh JVM. Run: {@code java -Xmx256m -cp benchmarks/nlp-benchmark/target/benchmarks.jar
 * io.newsroom.nlp.benchmark.HeapReport}.
 */
public final class HeapReport {

    private HeapReport() {
    }

    public static void main(String[] args) throws Exception {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        NewsTagger tagger = NewsTagger.loadDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long loaded = usedAfterGc();
        var articles = Articles.load();
        for (int i = 0; i < 300; i++) {
            var a = articles.get(i % articles.size());
            tagger.analyze(a.headline(), a.body());
        }
        long afterWork = usedAfterGc();
        System.out.printf("model load: %d ms (cold JVM)%n", loadMs);
        System.out.printf("engine heap retained: %.1f MB (used after GC: %.1f MB before load, %.1f MB loaded, %.1f MB after 300 articles)%n",
                (loaded - before) / 1e6, before / 1e6, loaded / 1e6, afterWork / 1e6);
        System.out.printf("max heap of this JVM: %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println(tagger.hashCode() != 0 ? "ok" : "");
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
