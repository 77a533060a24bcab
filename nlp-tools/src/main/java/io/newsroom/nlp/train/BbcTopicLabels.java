package io.newsroom.nlp.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our top-level IPTC labels of the BBC News topic corpus (training-data/topics-bbc): one row per article,
 * {@code <class>/<file name><TAB>primary<TAB>codes<TAB>headline}. BBC's five desk classes file a fraud trial under
 * business and a strike under politics; these labels give each article the IPTC topic a desk expects, so BBC's
 * own articles teach the same conventions as every other labelled source. The headline pins each label to its
 * text: a label whose article has another headline means another copy of the corpus, which is an error.
 */
public final class BbcTopicLabels {

    public static final String DIR = "topics-bbc";

    private static final BbcTopicLabels NONE = new BbcTopicLabels(Map.of(), Map.of());

    private final Map<String, LabelledTopicCorpus.Label> labels;
    private final Map<String, String> pins;

    private BbcTopicLabels(Map<String, LabelledTopicCorpus.Label> labels, Map<String, String> pins) {
        this.labels = labels;
        this.pins = pins;
    }

    /** No labels: every BBC article counts for its BBC class. */
    public static BbcTopicLabels none() {
        return NONE;
    }

    public static BbcTopicLabels read(Path file) throws IOException {
        Map<String, String> pins = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            pins.put(cols[0].strip(), cols.length > 3 ? cols[3].strip() : "");
        }
        return new BbcTopicLabels(LabelledTopicCorpus.readLabels(file), pins);
    }

    /** The committed labels, or none (with a note on stderr) when the training-data folder is not here. */
    public static BbcTopicLabels readDefault() {
        Path file = DataPaths.trainingDataDir().resolve(DIR).resolve(LabelledTopicCorpus.LABELS_FILE);
        if (!Files.exists(file)) {
            System.err.println("topic training with BBC's five classes: " + file.toAbsolutePath().normalize() + " not found");
            return NONE;
        }
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public int size() {
        return labels.size();
    }

    /**
     * Our label of an article: primary first, then the further codes in code order; null when it has none.
     *
     * @throws IllegalStateException when the label was made for an article with another headline
     */
    public List<String> codes(BbcCorpus.Article article) {
        LabelledTopicCorpus.Label label = labels.get(article.id());
        if (label == null || label.primary() == null) {
            return null;
        }
        String pin = pins.get(article.id());
        if (!pin.equals(article.headline())) {
            throw new IllegalStateException("training-data/" + DIR + ": " + article.id() + " is labelled for \"" + pin
                    + "\" but that file's headline is \"" + article.headline() + "\" (labels are for ../shared/data/topics/bbc-train)");
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label.primary()),
                label.codes().stream().filter(c -> !c.equals(label.primary())).sorted()).toList();
    }
}
