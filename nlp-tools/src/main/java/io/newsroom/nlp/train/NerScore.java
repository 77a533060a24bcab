package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.ner.NerTags.Span;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-span precision/recall/F1 per entity type and micro-averaged, as in the CoNLL-2003 conlleval script. */
public final class NerScore {

    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, predicted, gold}

    public NerScore() {
        for (String t : NerTags.TYPES) {
            counts.put(t, new int[3]);
        }
    }

    public void add(List<Span> gold, List<Span> predicted) {
        Set<Span> goldSet = new HashSet<>(gold);
        for (Span p : predicted) {
            int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
            c[1]++;
            if (goldSet.contains(p)) {
                c[0]++;
            }
        }
        for (Span g : gold) {
            counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
        }
    }

    /** Adds another score's counts (e.g. one cross-validation fold) to this one. */
    public void addAll(NerScore other) {
        other.counts.forEach((type, c) -> {
            int[] mine = counts.computeIfAbsent(type, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
    }

    public double f1() {
        int[] total = total();
        return f1(total);
    }

    private int[] total() {
        int[] total = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        return total;
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Per-type table followed by the one summary line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-6s %7s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold", "pred"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format("%-6s %7.4f %7.4f %7.4f %7d %7d%n", e.getKey(), precision(c), recall(c), f1(c), c[2], c[1]));
        }
        int[] t = total();
        sb.append(String.format("NER micro F1=%.4f P=%.4f R=%.4f (gold=%d predicted=%d correct=%d)", f1(t),
                precision(t), recall(t), t[2], t[1], t[0]));
        return sb.toString();
    }
}
