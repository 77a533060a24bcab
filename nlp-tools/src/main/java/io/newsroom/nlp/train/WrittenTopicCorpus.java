package io.newsroom.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Training stories we wrote ourselves (training-data/topics-written, CC0) for the topics that the Reuters and
 * BBC texts hardly cover: {@code <id>.txt} (first line headline, rest body) next to a {@code labels.tsv}
 * ({@code id<TAB>primary<TAB>codes}). They are read as labelled documents, so the trainer treats them exactly
 * like our labelled Reuters documents. Never used for evaluation: the dev set has its own, different stories.
 */
public final class WrittenTopicCorpus {

    public static final String FOLDER = "topics-written";

    private WrittenTopicCorpus() {
    }

    /**
     * Every labelled story of the folder, in id order (so training is reproducible); a label without its text,
     * or a text without a label, is an error rather than a silently smaller training set.
     */
    public static List<ConllTopicCorpus.Document> read(Path dir) throws IOException {
        Map<String, LabelledTopicCorpus.Label> labels = new TreeMap<>(
                LabelledTopicCorpus.readLabels(dir.resolve(LabelledTopicCorpus.LABELS_FILE)));
        List<String> unlabelled;
        try (var files = Files.list(dir)) {
            unlabelled = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .filter(id -> !labels.containsKey(id)).sorted().toList();
        }
        if (!unlabelled.isEmpty()) {
            throw new IOException(dir + ": stories without a row in " + LabelledTopicCorpus.LABELS_FILE + ": " + unlabelled);
        }
        List<ConllTopicCorpus.Document> out = new ArrayList<>();
        for (Map.Entry<String, LabelledTopicCorpus.Label> e : labels.entrySet()) {
            LabelledTopicCorpus.Label label = e.getValue();
            if (label.primary() == null) {
                continue;
            }
            Path file = dir.resolve(e.getKey() + ".txt");
            if (!Files.exists(file)) {
                throw new IOException(dir + ": labelled story without text: " + e.getKey());
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            out.add(new ConllTopicCorpus.Document(out.size(), nl < 0 ? text.strip() : text.substring(0, nl).strip(),
                    nl < 0 ? "" : text.substring(nl + 1), label.primary(), label.primaryFirst()));
        }
        return out;
    }

    /** The committed stories (training-data/topics-written); empty, with a note on stderr, when not found. */
    public static List<ConllTopicCorpus.Document> readDefault() {
        Path dir = DataPaths.trainingDataDir().resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            System.err.println("topic training without our written stories: " + dir.toAbsolutePath().normalize() + " not found");
            return List.of();
        }
        try {
            return read(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the written topic stories", e);
        }
    }
}
