package io.newsroom.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rebuilds the topic development set as an {@code eval-topics} folder: {@code <two-digit primary>/<id>.txt} plus
 * {@code labels.tsv}. The CoNLL-2003 valid.txt texts are research-use data and are not in the repository, so
 * they are rebuilt from {@code ../shared} and joined with our committed labels by document position; stories we
 * wrote ourselves (ids {@code w-…}) are copied from the repository as they are; MasakhaNEWS test articles (BBC
 * 2022, ids {@code test-…}) come from a checkout outside the repository when one is given.
 */
public final class TopicDevSetExporter {

    /** Documents in CoNLL-2003 valid.txt; a different count means another file and labels that do not fit. */
    public static final int CONLL_VALID_DOCUMENTS = 216;

    /** What the export wrote: articles per primary top-level topic, and documents skipped (label {@code -}). */
    public record Summary(Map<String, Integer> perTopic, int skipped) {
        public int total() {
            return perTopic.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final int expectedConllDocuments;

    public TopicDevSetExporter() {
        this(CONLL_VALID_DOCUMENTS);
    }

    /** For tests with a tiny CoNLL file. */
    TopicDevSetExporter(int expectedConllDocuments) {
        this.expectedConllDocuments = expectedConllDocuments;
    }

    /**
     * @param conllValid   CoNLL-2003 valid.txt
     * @param conllLabels  our labels: document index (1-based, as {@code 001}) TAB primary TAB codes
     * @param writtenDir   folder of our own stories {@code <id>.txt} with their {@code labels.tsv}; may be null or absent
     * @param out          folder to (re)write
     */
    public Summary export(Path conllValid, Path conllLabels, Path writtenDir, Path out) throws IOException {
        return export(conllValid, conllLabels, writtenDir, null, null, out);
    }

    /**
     * @param masakhaNews       a masakhane-news checkout, or null to leave its part out
     * @param masakhaNewsLabels our labels of its test split ({@link MasakhaNewsCorpus})
     */
    public Summary export(Path conllValid, Path conllLabels, Path writtenDir, Path masakhaNews, Path masakhaNewsLabels,
                          Path out) throws IOException {
        List<ConllReader.Document> docs = ConllReader.read(conllValid);
        if (docs.size() != expectedConllDocuments) {
            throw new IllegalArgumentException(conllValid + " has " + docs.size() + " documents, the labels are for "
                    + expectedConllDocuments + " (CoNLL-2003 valid.txt)");
        }
        Map<String, LabelledTopicCorpus.Label> labels = LabelledTopicCorpus.readLabels(conllLabels);
        clearPreviousExport(out);
        List<String> tsv = new ArrayList<>();
        tsv.add("# id\tprimary\tall codes  (numeric ids: CoNLL-2003 valid.txt document, w- ids: written by us, test- ids: MasakhaNEWS English test split)");
        Map<String, Integer> perTopic = new TreeMap<>();
        int skipped = 0;
        for (int i = 0; i < docs.size(); i++) {
            String id = String.format("%03d", i + 1);
            LabelledTopicCorpus.Label label = labels.get(id);
            if (label == null) {
                throw new IllegalArgumentException(conllLabels + ": no label for document " + id);
            }
            if (label.primary() == null) {
                skipped++;
                continue;
            }
            write(out, id, label, ConllDetokenizer.document(docs.get(i).sentences()), tsv, perTopic);
        }
        if (writtenDir != null && Files.isDirectory(writtenDir)) {
            Map<String, LabelledTopicCorpus.Label> written = LabelledTopicCorpus.readLabels(writtenDir.resolve(LabelledTopicCorpus.LABELS_FILE));
            List<Path> stories;
            try (Stream<Path> s = Files.list(writtenDir)) {
                stories = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path story : stories) {
                String name = story.getFileName().toString();
                String id = name.substring(0, name.length() - ".txt".length());
                LabelledTopicCorpus.Label label = written.get(id);
                if (label == null || label.primary() == null) {
                    throw new IllegalArgumentException(writtenDir + ": no label for story " + id);
                }
                write(out, id, label, Files.readString(story, StandardCharsets.UTF_8), tsv, perTopic);
            }
        }
        if (masakhaNews != null) {
            for (ConllTopicCorpus.Document d : MasakhaNewsCorpus.labelled(masakhaNews, masakhaNewsLabels)) {
                write(out, MasakhaNewsCorpus.id("test", d.index()), new LabelledTopicCorpus.Label(d.primary(),
                        java.util.Set.copyOf(d.codes())), d.headline() + "\n" + d.body(), tsv, perTopic);
            }
        }
        Files.write(out.resolve(LabelledTopicCorpus.LABELS_FILE), tsv, StandardCharsets.UTF_8);
        return new Summary(perTopic, skipped);
    }

    /** A document relabelled since the last export must not stay behind in its old topic folder. */
    private static void clearPreviousExport(Path out) throws IOException {
        Files.createDirectories(out);
        for (int n = 1; n <= 17; n++) {
            Path folder = out.resolve(String.format("%02d", n));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    private static void write(Path out, String id, LabelledTopicCorpus.Label label, String text, List<String> tsv,
                              Map<String, Integer> perTopic) throws IOException {
        Path folder = out.resolve(TopicCodes.twoDigit(label.primary()));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        List<String> others = label.codes().stream().filter(c -> !c.equals(label.primary())).sorted().toList();
        tsv.add(id + "\t" + label.primary() + "\t" + label.primary() + (others.isEmpty() ? "" : "," + String.join(",", others)));
        perTopic.merge(label.primary(), 1, Integer::sum);
    }
}
