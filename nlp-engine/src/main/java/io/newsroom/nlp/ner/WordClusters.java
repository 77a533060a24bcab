package io.newsroom.nlp.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters at several granularities (e.g. 64, 256 and 1024 clusters): words used alike share a cluster, so
 * a name never seen in the NER training data still gets the features of the names it resembles. Two files: the
 * GloVe clusters ({@link #FILE}), keyed by lower-case word and built from word vectors by {@code NlpCli
 * build-clusters}, and the cased word classes ({@link #CASED_FILE}), keyed by the word as written
 * ({@code NerFeatures.casedKey}) and built from news text by {@code NlpCli build-cased-classes}. The file is gzip text,
 * {@code #}-comment lines (provenance), one {@code #levels} line with the cluster count of each granularity,
 * then {@code word<TAB>id<TAB>id...} (a word may start with {@code #}). Immutable: thread-safe.
 */
public final class WordClusters {

    public static final String FILE = "word-clusters.tsv.gz";
    public static final String CASED_FILE = "cased-classes.tsv.gz";
    /** No clusters: the features of the model trained without them. */
    public static final WordClusters NONE = new WordClusters(new int[0], Map.of(), List.of());

    private final int[] sizes;
    private final Map<String, int[]> ids;
    private final List<String> comments;
    /** The words in the order of the file they were read from; empty for classes built in memory. */
    private final String[] order;

    public WordClusters(int[] sizes, Map<String, int[]> ids, List<String> comments) {
        this(sizes, ids, comments, new String[0]);
    }

    private WordClusters(int[] sizes, Map<String, int[]> ids, List<String> comments, String[] order) {
        this.sizes = sizes.clone();
        this.ids = ids;
        this.comments = List.copyOf(comments);
        this.order = order;
    }

    /** Cluster id per granularity, or null for a word the clusters do not know (keys: see the class comment). */
    public int[] lookup(String word) {
        return ids.get(word);
    }

    /**
     * The first {@code n} words of the file these classes were read from, which their builders write most frequent
     * first ({@link #write}); none for classes built in memory.
     */
    public List<String> first(int n) {
        return List.of(Arrays.copyOf(order, Math.min(n, order.length)));
    }

    /** Number of granularities. */
    public int levels() {
        return sizes.length;
    }

    /** Number of clusters of each granularity. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Number of words. */
    public int size() {
        return ids.size();
    }

    public List<String> comments() {
        return comments;
    }

    /** The committed GloVe clusters next to the NER model, or {@link #NONE} when there are none. */
    public static WordClusters loadDefault() {
        return loadResource(FILE);
    }

    /** The committed cased word classes next to the NER model, or {@link #NONE} when there are none. */
    public static WordClusters loadDefaultCased() {
        return loadResource(CASED_FILE);
    }

    private static WordClusters loadResource(String file) {
        try (InputStream in = WordClusters.class.getResourceAsStream(NamedEntityRecognizer.MODEL_DIR + file)) {
            return in == null ? NONE : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word clusters " + file, e);
        }
    }

    public static WordClusters read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static WordClusters read(InputStream raw) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        List<String> comments = new ArrayList<>();
        int[] sizes = null;
        Map<String, int[]> ids = new HashMap<>(1 << 18);
        List<String> order = new ArrayList<>(1 << 18);
        String line;
        while ((line = r.readLine()) != null) {
            if (sizes == null && line.startsWith("#levels")) {
                String[] parts = line.substring("#levels".length()).trim().split(" ");
                sizes = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    sizes[i] = Integer.parseInt(parts[i]);
                }
            } else if (sizes == null && line.startsWith("#")) {
                comments.add(line.substring(1).trim());
            } else if (!line.isEmpty()) {
                // After the #levels line every line is a word, "#" and hashtags included
                if (sizes == null) {
                    throw new IOException("word clusters: no #levels line before the first word");
                }
                int tab = line.indexOf('\t');
                int[] row = new int[sizes.length];
                int from = tab + 1;
                for (int l = 0; l < row.length; l++) {
                    int next = line.indexOf('\t', from);
                    int to = next < 0 ? line.length() : next;
                    row[l] = Integer.parseInt(line, from, to, 10);
                    from = to + 1;
                }
                String word = line.substring(0, tab);
                ids.put(word, row);
                order.add(word);
            }
        }
        if (sizes == null) {
            throw new IOException("word clusters: no #levels line");
        }
        return new WordClusters(sizes, ids, comments, order.toArray(new String[0]));
    }

    /** Writes the words in the given order (frequency order keeps the file readable and small). */
    public void write(OutputStream raw, List<String> order) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16);
        for (String c : comments) {
            w.write("# " + c + "\n");
        }
        StringBuilder levels = new StringBuilder("#levels");
        for (int s : sizes) {
            levels.append(' ').append(s);
        }
        w.write(levels + "\n");
        for (String word : order) {
            int[] row = ids.get(word);
            if (row == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(word);
            for (int id : row) {
                sb.append('\t').append(id);
            }
            w.write(sb.append('\n').toString());
        }
        w.flush();
        gz.finish();
    }
}
