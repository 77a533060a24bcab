package io.newsroom.nlp.gazetteer;

/**
 * Token-key sequences ("sant julia de loria") and the kinds they are known as (a bit mask), held by a 64-bit hash of
 * the key in open addressing instead of a map of strings. The gazetteers hold some 200,000 such keys: as strings in a
 * hash map they were most of the engine's load time and a good part of its heap, and every lookup built a string.
 * The hash is FNV-1a over the key's chars, so a caller can extend it word by word ({@link #append}) while it tries
 * longer sequences. Two keys sharing a 64-bit hash are about 10^-9 likely among 200,000; a text's sequence taken for a
 * known one by accident about 10^-14 per lookup.
 */
final class KeyMasks {

    static final long EMPTY = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] slots;
    private int[] masks;
    private int size;

    /** @param expected keys it will hold (it grows past them at half full) */
    KeyMasks(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        masks = new int[capacity];
    }

    /** The hash of {@code key}. */
    static long of(CharSequence key) {
        return append(EMPTY, key);
    }

    /** The hash of the key hashed so far ({@code hash}) followed by {@code more}. */
    static long append(long hash, CharSequence more) {
        long h = hash;
        for (int i = 0; i < more.length(); i++) {
            h ^= more.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    /** The hash of the key hashed so far followed by one char (the space between two words). */
    static long append(long hash, char c) {
        return (hash ^ c) * PRIME;
    }

    /** Adds {@code bits} to the mask of the key whose hash is {@code hash}. */
    void merge(long hash, int bits) {
        long slot = slotOf(hash);
        int i = index(slot);
        while (slots[i] != 0 && slots[i] != slot) {
            i = (i + 1) & (slots.length - 1);
        }
        if (slots[i] == 0) {
            slots[i] = slot;
            if (++size * 2 > slots.length) {
                masks[i] |= bits;
                grow();
                return;
            }
        }
        masks[i] |= bits;
    }

    /** The mask of the key whose hash is {@code hash}, 0 when unknown. */
    int get(long hash) {
        long slot = slotOf(hash);
        int i = index(slot);
        while (slots[i] != 0) {
            if (slots[i] == slot) {
                return masks[i];
            }
            i = (i + 1) & (slots.length - 1);
        }
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldMasks = masks;
        slots = new long[oldSlots.length * 2];
        masks = new int[oldSlots.length * 2];
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = index(oldSlots[j]);
                while (slots[i] != 0) {
                    i = (i + 1) & (slots.length - 1);
                }
                slots[i] = oldSlots[j];
                masks[i] = oldMasks[j];
            }
        }
    }

    private int index(long slot) {
        return (int) slot & (slots.length - 1);
    }

    /** The hash mixed (MurmurHash3's finaliser) so its low bits spread over the table; never 0, which marks a free slot. */
    private static long slotOf(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
