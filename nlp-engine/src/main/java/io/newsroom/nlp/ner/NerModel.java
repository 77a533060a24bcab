package io.newsroom.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of one linear-chain tagger: per hashed feature a row of BILOU tag weights, plus transition and
 * end scores. Only features with non-zero weights are kept, in an open-addressing table, which keeps the
 * model small on disk and in memory (the hash space itself has millions of buckets). Weights are stored
 * as 16-bit integers with one scale factor. Immutable after loading: thread-safe.
 */
public final class NerModel {

    private static final int MAGIC = 0x4E45524D; // "NERM"
    private static final int T = NerTags.COUNT;

    private final int bits;
    /**
     * Open addressing, two ints a slot: bucket + 1 (0 = empty), then the offset of its row in {@code rows}. Key and
     * row offset side by side cost one cache miss a lookup instead of two (a lookup per feature of every token).
     */
    private final int[] slots;
    private final float[] rows;
    private final float[] trans;
    private final float[] end;
    /** The transition scores as the decoder reads them (worked out once; {@code trans} is never changed after). */
    private final float[][] into;

    private NerModel(int bits, int[] buckets, float[] rows, float[] trans, float[] end) {
        this.bits = bits;
        this.rows = rows;
        this.trans = trans;
        this.end = end;
        this.into = Viterbi.into(trans);
        int size = Integer.highestOneBit(Math.max(4, buckets.length * 2)) << 1;
        slots = new int[2 * size];
        for (int r = 0; r < buckets.length; r++) {
            int slot = slot(buckets[r], size);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[2 * slot] = buckets[r] + 1;
            slots[2 * slot + 1] = r * T;
        }
    }

    /** Builds a compact model from dense averaged weights, dropping rows whose weights are all below minAbs. */
    public static NerModel fromDense(int bits, float[] dense, float[] trans, float[] end, float minAbs) {
        int buckets = 1 << bits;
        int kept = 0;
        for (int b = 0; b < buckets; b++) {
            if (keep(dense, b, minAbs)) {
                kept++;
            }
        }
        int[] ids = new int[kept];
        float[] rows = new float[kept * T];
        int r = 0;
        for (int b = 0; b < buckets; b++) {
            if (keep(dense, b, minAbs)) {
                ids[r] = b;
                for (int t = 0; t < T; t++) {
                    float v = dense[b * T + t];
                    rows[r * T + t] = Math.abs(v) < minAbs ? 0f : v;
                }
                r++;
            }
        }
        return new NerModel(bits, ids, rows, trans.clone(), end.clone());
    }

    private static boolean keep(float[] dense, int b, float minAbs) {
        for (int t = 0; t < T; t++) {
            if (Math.abs(dense[b * T + t]) >= minAbs) {
                return true;
            }
        }
        return false;
    }

    public int bits() {
        return bits;
    }

    public int featureCount() {
        return rows.length / T;
    }

    public int[] decode(int[][] features) {
        return decode(emissions(features));
    }

    /** The best tag sequence for emission scores already computed by {@link #emissions}. */
    public int[] decode(float[][] emissions) {
        return Viterbi.decode(emissions, trans, into, end);
    }

    public float[][] emissions(int[][] features) {
        float[][] em = new float[features.length][T];
        for (int i = 0; i < features.length; i++) {
            addWeights(features[i], features[i].length, em[i]);
        }
        return em;
    }

    /** The sum of the given features' tag weights, added in order from zero. */
    public float[] weights(int[] features) {
        float[] sum = new float[T];
        addWeights(features, features.length, sum);
        return sum;
    }

    /** Adds the tag weights of {@code features[0..count)} to {@code scores}, in that order. */
    public void addWeights(int[] features, int count, float[] scores) {
        for (int k = 0; k < count; k++) {
            int base = rowOffset(features[k]);
            if (base >= 0) {
                for (int t = 0; t < T; t++) {
                    scores[t] += rows[base + t];
                }
            }
        }
    }

    public float[] transitions() {
        return trans;
    }

    public float[] endScores() {
        return end;
    }

    /** Where the bucket's row starts in {@code rows}, or -1 for a feature without weights. */
    private int rowOffset(int bucket) {
        int size = slots.length >> 1;
        int mask = size - 1;
        int slot = slot(bucket, size);
        while (true) {
            int k = slots[2 * slot];
            if (k == 0) {
                return -1;
            }
            if (k == bucket + 1) {
                return slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int slot(int bucket, int size) {
        return (bucket * 0x9E3779B1) >>> 1 & (size - 1);
    }

    public void write(OutputStream raw) throws IOException {
        float max = 1e-9f;
        for (float v : rows) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 32000f;
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(bits);
        out.writeInt(T);
        out.writeInt(featureCount());
        out.writeFloat(scale);
        for (float v : trans) {
            out.writeFloat(v);
        }
        for (float v : end) {
            out.writeFloat(v);
        }
        int prev = 0;
        int n = featureCount();
        int[] ids = bucketsInRowOrder();
        for (int r = 0; r < n; r++) {
            writeVarInt(out, ids[r] - prev);
            prev = ids[r];
            int mask = 0;
            for (int t = 0; t < T; t++) {
                if (Math.round(rows[r * T + t] / scale) != 0) {
                    mask |= 1 << t;
                }
            }
            writeVarInt(out, mask);
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    out.writeShort(Math.round(rows[r * T + t] / scale));
                }
            }
        }
        out.flush();
        gz.finish();
    }

    private int[] bucketsInRowOrder() {
        int[] ids = new int[featureCount()];
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != 0) {
                ids[slots[s + 1] / T] = slots[s] - 1;
            }
        }
        return ids;
    }

    public static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an NER model");
        }
        int bits = in.readInt();
        if (in.readInt() != T) {
            throw new IOException("tag set mismatch");
        }
        int n = in.readInt();
        float scale = in.readFloat();
        float[] trans = new float[(T + 1) * T];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        float[] end = new float[T];
        for (int i = 0; i < T; i++) {
            end[i] = in.readFloat();
        }
        int[] ids = new int[n];
        float[] rows = new float[n * T];
        int prev = 0;
        for (int r = 0; r < n; r++) {
            prev += readVarInt(in);
            ids[r] = prev;
            int mask = readVarInt(in);
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    rows[r * T + t] = in.readShort() * scale;
                }
            }
        }
        return new NerModel(bits, ids, rows, trans, end);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = in.readByte();
            v |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
