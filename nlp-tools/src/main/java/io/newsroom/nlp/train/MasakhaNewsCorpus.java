package io.newsroom.nlp.train;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English articles of MasakhaNEWS (BBC News, 2022; github.com/masakhane-io/masakhane-news, {@code data/eng/*.tsv})
 * with top-level IPTC labels of our own. The texts are research-use data and stay outside the repository, in a
 * checkout given by {@link DataPaths#masakhaNewsDir}; only our labels are committed, one row per article:
 * {@code <file>-<row, 4 digits><TAB>primary<TAB>codes<TAB>pin}, where the prefix names the file ({@link #FILES}) and
 * the pin is the article's url (its headline in the few-shot file, which has no url). The pin ties each label to
 * its article, so labels and another copy of the corpus cannot be joined by mistake.
 *
 * <p>The dev split (472 articles) and the 50-per-class few-shot training sample (298 articles not in dev or
 * test) train the topic model; the test split (948) is part of the topic development set and never trains.
 */
public final class MasakhaNewsCorpus {

    /** The checkout our labels were made on. */
    public static final String COMMIT = "819be052e79e0a600e0ed4a7356594681cb5c4f3";

    /** Id prefix -> file of the checkout. */
    public static final Map<String, String> FILES = Map.of(
            "dev", "data/eng/dev.tsv",
            "test", "data/eng/test.tsv",
            "fs50train", "few_shot_data/50_samples/eng/train.tsv");

    /** One row of a split file. */
    public record Row(String id, String category, String headline, String text, String url) {
    }

    private MasakhaNewsCorpus() {
    }

    /** Every row of the file a prefix names ({@link #FILES}), ids {@code <prefix>-0001} … in file order. */
    public static List<Row> readSplit(Path checkout, String split) throws IOException {
        String relative = FILES.get(split);
        if (relative == null) {
            throw new IllegalArgumentException("no MasakhaNEWS file for prefix " + split + "; known: " + FILES.keySet());
        }
        Path file = checkout.resolve(relative);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withQuoteChar('"');
        List<Row> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                out.add(new Row(id(split, out.size()), r.get("category"),
                        nullToEmpty(r.get("headline")).strip(), nullToEmpty(r.get("text")).strip(), r.get("url")));
            }
        }
        return out;
    }

    /**
     * The labelled articles: our labels joined with the checkout's texts, in label order; ids may come from several
     * files. A label whose pin is not its row's url (or headline) means another version of the corpus: an error,
     * not a silently wrong set.
     */
    public static List<ConllTopicCorpus.Document> labelled(Path checkout, Path labels) throws IOException {
        Map<String, List<Row>> files = new java.util.HashMap<>();
        Map<String, LabelledTopicCorpus.Label> gold = LabelledTopicCorpus.readLabels(labels);
        List<ConllTopicCorpus.Document> out = new ArrayList<>();
        for (String[] cols : LabelledTopicCorpus.rows(labels)) {
            String id = cols[0].strip();
            int dash = id.lastIndexOf('-');
            String split = dash < 0 ? id : id.substring(0, dash);
            if (!FILES.containsKey(split)) {
                throw new IOException(labels + ": id " + id + " names no MasakhaNEWS file (prefixes " + FILES.keySet() + ")");
            }
            List<Row> rows = files.get(split);
            if (rows == null) {
                rows = readSplit(checkout, split);
                files.put(split, rows);
            }
            int index = rowIndex(id, split, labels);
            if (index >= rows.size()) {
                throw new IOException(labels + ": " + id + " is past the end of " + FILES.get(split) + " (" + rows.size() + " rows)");
            }
            Row row = rows.get(index);
            String pin = row.url() != null ? row.url() : row.headline();
            if (cols.length < 4 || !cols[3].strip().equals(pin)) {
                throw new IOException(labels + ": " + id + " is labelled for " + (cols.length < 4 ? "no article" : cols[3].strip())
                        + " but that row is " + pin + " (labels are for masakhane-news " + COMMIT + ")");
            }
            LabelledTopicCorpus.Label label = gold.get(id);
            if (label.primary() == null) {
                continue;
            }
            out.add(new ConllTopicCorpus.Document(index, row.headline(), row.text(), label.primary(), label.primaryFirst()));
        }
        return out;
    }

    /**
     * Our labels of the training articles (training-data/topics-masakhanews-train) with texts from the checkout;
     * empty, with a note on stderr, when the checkout is absent, so training still works from the other sources.
     */
    public static List<ConllTopicCorpus.Document> readTrainingDefault(String option) throws IOException {
        Path checkout = DataPaths.masakhaNewsDir(option);
        Path labels = DataPaths.trainingDataDir().resolve("topics-masakhanews-train").resolve(LabelledTopicCorpus.LABELS_FILE);
        if (!Files.exists(checkout.resolve("data/eng/dev.tsv")) || !Files.exists(labels)) {
            System.err.println("topic training without the labelled MasakhaNEWS articles: "
                    + (Files.exists(labels) ? checkout.resolve("data/eng/dev.tsv") : labels).toAbsolutePath().normalize()
                    + " not found");
            return List.of();
        }
        return labelled(checkout, labels);
    }

    /** The id of a file's row: {@code <prefix>-<row, from 1, 4 digits>}; {@code index} counts from 0. */
    public static String id(String split, int index) {
        return String.format("%s-%04d", split, index + 1);
    }

    private static int rowIndex(String id, String split, Path labels) throws IOException {
        String prefix = split + "-";
        if (!id.startsWith(prefix)) {
            throw new IOException(labels + ": id " + id + " is not of the " + split + " split");
        }
        try {
            int n = Integer.parseInt(id.substring(prefix.length()));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n - 1;
        } catch (NumberFormatException e) {
            throw new IOException(labels + ": id " + id + " has no row number");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
