package io.newsroom.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real news from files kept outside the repository, with top-level IPTC labels of our own: short items (HuffPost
 * headlines of 2012-18 from the News Category Dataset as processed by Bao et al.; MSN items of 2019, title and
 * abstract, a sample of MIND) and full HuffPost articles of 2018 (bodies only). They carry the topics that BBC's and
 * Reuters' desks hardly have (lifestyle, human interest, society, environment, religion, education, weather) in the
 * words real newsrooms use. The texts stay outside the repository (licences in the labels' READMEs); we commit only
 * our labels, one row per item: {@code id<TAB>primary<TAB>codes<TAB>pin<TAB>flag}, where the pin is the first 12 hex
 * digits of the SHA-256 of the item's headline (its body when it has none), so a label cannot be joined to another
 * version of the file by mistake.
 */
public final class OutsideNewsCorpus {

    /** One item as read from its source: id, headline (may be empty) and body (may be empty). */
    public record Item(String id, String headline, String body) {
        /** What the pin hashes: the headline, or the body when there is no headline. */
        String pinned() {
            return headline.isEmpty() ? body : headline;
        }
    }

    /** A source: its labels folder under training-data, where its file is, whether its items are short. */
    public enum Source {
        HUFFPOST_HEADLINES("topics-huffpost", "NEWSROOM_HUFFPOST", "MetaPrompter_public/data/huffpost.json", true),
        MIND("topics-mind", "NEWSROOM_MIND", "AI-Term-Project/MINDsmall_train/news.tsv", true),
        HUFFPOST_ARTICLES("topics-huffpost-articles", "NEWSROOM_HUFFPOST_ARTICLES", "Plagiarism-Detection/data_sample/raw_news", false);

        final String folder;
        final String env;
        final String defaultPath;
        final boolean isShort;

        Source(String folder, String env, String defaultPath, boolean isShort) {
            this.folder = folder;
            this.env = env;
            this.defaultPath = defaultPath;
            this.isShort = isShort;
        }

        /** Where the source's file or folder is: its env variable, else next to the project. */
        public Path location() {
            return DataPaths.outsideFile(env, defaultPath);
        }

        List<Item> read(Path file) throws IOException {
            return switch (this) {
                case HUFFPOST_HEADLINES -> readHuffPost(file);
                case MIND -> readMind(file);
                case HUFFPOST_ARTICLES -> readArticleFolder(file);
            };
        }
    }

    private OutsideNewsCorpus() {
    }

    /** HuffPost JSON lines {@code {"raw": headline, "label": n}}; id {@code h<line, 5 digits>}, lines from 1. */
    static List<Item> readHuffPost(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    out.add(new Item(String.format("h%05d", n), node.path("raw").asText("").strip(), ""));
                }
            }
        }
        return out;
    }

    /** MIND {@code news.tsv}: id, category, subcategory, title, abstract, ...; id {@code m-<news id>}. */
    static List<Item> readMind(Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            if (cols.length >= 5) {
                out.add(new Item("m-" + cols[0], cols[3].strip(), cols[4].strip()));
            }
        }
        return out;
    }

    /** A folder of {@code <n>.txt} article bodies, by number; id {@code p<n, 4 digits>}. */
    static List<Item> readArticleFolder(Path dir) throws IOException {
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("\\d+\\.txt"))
                    .sorted(java.util.Comparator.comparingInt(OutsideNewsCorpus::number)).toList();
        }
        List<Item> out = new ArrayList<>();
        for (Path f : files) {
            out.add(new Item(String.format("p%04d", number(f)), "", new String(Files.readAllBytes(f), StandardCharsets.UTF_8).strip()));
        }
        return out;
    }

    private static int number(Path articleFile) {
        String name = articleFile.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.length() - ".txt".length()));
    }

    /** The pin of a headline: first 12 hex digits of its SHA-256. */
    static String pin(String headline) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(headline.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Our labels joined with the items, in label order; a label for a missing item, or whose pin is not its item's,
     * is an error rather than a silently wrong training set. Rows with primary {@code -} (no topic can be told) are skipped.
     */
    static List<ConllTopicCorpus.Document> labelled(List<Item> items, Path labels) throws IOException {
        Map<String, Item> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        Map<String, LabelledTopicCorpus.Label> gold = LabelledTopicCorpus.readLabels(labels);
        List<ConllTopicCorpus.Document> out = new ArrayList<>();
        for (String[] cols : LabelledTopicCorpus.rows(labels)) {
            String id = cols[0].strip();
            Item item = byId.get(id);
            if (item == null) {
                throw new IOException(labels + ": " + id + " is not in the source file");
            }
            if (cols.length < 4 || !cols[3].strip().equals(pin(item.pinned()))) {
                throw new IOException(labels + ": " + id + " is pinned to " + (cols.length < 4 ? "nothing" : cols[3].strip())
                        + " but the source's item has pin " + pin(item.pinned()) + " (another version of the file?)");
            }
            LabelledTopicCorpus.Label label = gold.get(id);
            if (label.primary() == null) {
                continue;
            }
            out.add(new ConllTopicCorpus.Document(out.size(), item.headline(), item.body(), label.primary(), label.primaryFirst()));
        }
        return out;
    }

    /**
     * Every labelled item of the short (or the full-article) sources whose file is present (env variable, else next to
     * the project); a missing source is left out with a note on stderr, so training still works from the others.
     */
    public static List<ConllTopicCorpus.Document> readTrainingDefault(boolean shortItems) {
        List<ConllTopicCorpus.Document> out = new ArrayList<>();
        for (Source s : Source.values()) {
            if (s.isShort != shortItems) {
                continue;
            }
            Path file = s.location();
            Path labels = DataPaths.trainingDataDir().resolve(s.folder).resolve(LabelledTopicCorpus.LABELS_FILE);
            if (!Files.exists(file) || !Files.exists(labels)) {
                System.err.println("topic training without " + s.folder + ": "
                        + (Files.exists(labels) ? file : labels).toAbsolutePath().normalize() + " not found");
                continue;
            }
            try {
                out.addAll(labelled(s.read(file), labels));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + s.folder, e);
            }
        }
        return out;
    }
}
