package io.newsroom.nlp.benchmark;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The engine's CPU and allocation per article on one thread, read from the JVM's own thread counters rather than wall
 * time: on a shared machine wall time counts the other processes' turns, thread CPU does not (much). Also prints a
 * digest of every analysis, so two builds (before and after a speed-up) can be shown to give the same output.
 *
 * <pre>
 * java -cp benchmarks/nlp-benchmark/target/benchmarks.jar io.newsroom.nlp.benchmark.EngineCpu \
 *     [--articles FILE] [--warmup-seconds 20] [--seconds 20]
 * </pre>
 * {@code FILE}: one article a line, {@code headline TAB body} with backslash, tab and newline escaped as {@code \\},
 * {@code \t}, {@code \n} (the pipeline benchmark's generated raw articles, written by store-benchmark's
 * {@code RawArticleDump}); without it, the JMH benchmark's three articles.
 */
public final class EngineCpu {

    private EngineCpu() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        double warmup = 20;
        double seconds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> file = Path.of(args[++i]);
                case "--warmup-seconds" -> warmup = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String[]> articles = file == null ? builtIn() : read(file);
        NewsTagger tagger = NewsTagger.loadDefault();
        System.out.printf("articles %d from %s%n", articles.size(), file == null ? "the JMH benchmark" : file);
        System.out.println("output digest " + digest(tagger, articles));
        run(tagger, articles, warmup);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long alloc0 = threads.getCurrentThreadAllocatedBytes();
        long wall0 = System.nanoTime();
        int done = run(tagger, articles, seconds);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long alloc = threads.getCurrentThreadAllocatedBytes() - alloc0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("ENGINE_CPU articles=%d cpu_us_per_article=%.1f alloc_kb_per_article=%.1f wall_us_per_article=%.1f%n",
                done, cpu / 1e3 / done, alloc / 1024.0 / done, wall / 1e3 / done);
    }

    /** Analyses articles round-robin for at least {@code seconds}; returns how many. */
    private static int run(NewsTagger tagger, List<String[]> articles, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int done = 0;
        int sink = 0;
        while (System.nanoTime() < end || done % articles.size() != 0) {
            String[] a = articles.get(done % articles.size());
            sink += tagger.analyze(a[0], a[1], "en").entities().size();
            done++;
        }
        if (sink == -1) {
            System.out.println(sink); // keeps the results alive
        }
        return done;
    }

    /** SHA-256 over every analysis's text form (records: every tag, entity, score and keyword). */
    private static String digest(NewsTagger tagger, List<String[]> articles) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String[] a : articles) {
            Analysis analysis = tagger.analyze(a[0], a[1], "en");
            md.update(analysis.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static List<String[]> builtIn() {
        List<String[]> out = new ArrayList<>();
        for (Articles.Article a : Articles.load()) {
            out.add(new String[] {a.headline(), a.body()});
        }
        return out;
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new String[] {unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))});
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
