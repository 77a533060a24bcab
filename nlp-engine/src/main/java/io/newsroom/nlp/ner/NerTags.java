package io.newsroom.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU tag set over the four CoNLL types and the rules of a valid tag sequence. BILOU (rather than BIO)
 * lets the model learn distinct evidence for single-token names and for the last token of a name.
 * Tag 0 is O; tag 1 + 4*type + {B,I,L,U}.
 */
public final class NerTags {

    public static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    /** The entity type each of {@link #TYPES} becomes in an analysis (the contract's names). */
    private static final String[] ENTITY_TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};
    public static final int COUNT = 1 + 4 * TYPES.length;
    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;
    private static final String[] NAMES = new String[COUNT];
    private static final boolean[][] ALLOWED = new boolean[COUNT][COUNT];

    static {
        NAMES[0] = "O";
        String pos = "BILU";
        for (int t = 0; t < TYPES.length; t++) {
            for (int p = 0; p < 4; p++) {
                NAMES[tag(t, p)] = pos.charAt(p) + "-" + TYPES[t];
            }
        }
        for (int a = 0; a < COUNT; a++) {
            for (int b = 0; b < COUNT; b++) {
                boolean inside = a != 0 && (position(a) == B || position(a) == I);
                ALLOWED[a][b] = inside
                        ? b != 0 && type(b) == type(a) && (position(b) == I || position(b) == L)
                        : b == 0 || position(b) == B || position(b) == U;
            }
        }
    }

    private NerTags() {
    }

    public static int tag(int type, int position) {
        return 1 + 4 * type + position;
    }

    public static int type(int tag) {
        return (tag - 1) / 4;
    }

    public static int position(int tag) {
        return (tag - 1) % 4;
    }

    public static String name(int tag) {
        return NAMES[tag];
    }

    public static boolean allowed(int from, int to) {
        return ALLOWED[from][to];
    }

    public static boolean allowedStart(int tag) {
        return tag == 0 || position(tag) == B || position(tag) == U;
    }

    public static boolean allowedEnd(int tag) {
        return tag == 0 || position(tag) == L || position(tag) == U;
    }

    /** The analysis's entity type of a span's CoNLL type: PER is PERSON, ORG ORGANIZATION, LOC LOCATION. */
    public static String entityType(String conllType) {
        return ENTITY_TYPES[typeIndex(conllType)];
    }

    public static int typeIndex(String type) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type " + type);
    }

    /** Spans of a valid (or repaired) BILOU sequence. */
    public static List<Span> spans(int[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == 0) {
                start = -1;
                continue;
            }
            int p = position(t);
            if (p == U) {
                out.add(new Span(i, i + 1, TYPES[type(t)]));
                start = -1;
            } else if (p == B) {
                start = i;
            } else if (p == L && start >= 0 && type(tags[start]) == type(t)) {
                out.add(new Span(start, i + 1, TYPES[type(t)]));
                start = -1;
            }
        }
        return out;
    }

    /** BILOU tags for spans over n tokens. */
    public static int[] encode(List<Span> spans, int n) {
        int[] tags = new int[n];
        for (Span s : spans) {
            int type = typeIndex(s.type());
            if (s.end() - s.start() == 1) {
                tags[s.start()] = tag(type, U);
            } else {
                tags[s.start()] = tag(type, B);
                for (int k = s.start() + 1; k < s.end() - 1; k++) {
                    tags[k] = tag(type, I);
                }
                tags[s.end() - 1] = tag(type, L);
            }
        }
        return tags;
    }

    /** Spans from CoNLL IOB1/IOB2 labels ("B-PER", "I-PER", "O"). */
    public static List<Span> spansFromIob(String[] labels) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.length; i++) {
            String l = i < labels.length ? labels[i] : "O";
            String lt = l.length() > 2 ? l.substring(2) : null;
            boolean begins = l.startsWith("B-") || l.startsWith("I-") && !lt.equals(type);
            if (start >= 0 && (l.equals("O") || begins)) {
                out.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (begins) {
                start = i;
                type = lt;
            }
        }
        return out;
    }

    /** A token span [start, end) of one entity type. */
    public record Span(int start, int end, String type) {
    }
}
