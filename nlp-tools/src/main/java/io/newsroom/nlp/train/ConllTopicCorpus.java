package io.newsroom.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Documents of a CoNLL-format file with topic labels of our own: {@code labels.tsv} gives, per document index
 * (0-based, in file order, a document starts at {@code -DOCSTART-}), the primary top-level IPTC topic and
 * every clearly applying one. The texts stay where they are (research-use data, not in the repository);
 * only the labels are ours. The first sentence is the headline, the rest the body.
 */
public final class ConllTopicCorpus {

    /** A labelled document: index in its file, text, primary topic QCode and all topic QCodes (primary first). */
    public record Document(int index, String headline, String body, String primary, List<String> codes) {
    }

    private ConllTopicCorpus() {
    }

    public static List<Document> read(Path conll, Path labels) throws IOException {
        List<ConllReader.Document> docs = ConllReader.read(conll);
        List<Document> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IOException(labels + ":" + lineNo + ": expected index, primary, codes");
            }
            int index = Integer.parseInt(f[0].strip());
            if (index < 0 || index >= docs.size()) {
                throw new IOException(labels + ":" + lineNo + ": no document " + index + " in " + conll);
            }
            List<String> codes = Arrays.stream(f[2].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            String primary = f[1].strip();
            if (!codes.contains(primary)) {
                throw new IOException(labels + ":" + lineNo + ": primary " + primary + " missing from the codes");
            }
            String[][] sentences = docs.get(index).tokens();
            StringBuilder body = new StringBuilder();
            for (int s = 1; s < sentences.length; s++) {
                body.append(String.join(" ", sentences[s])).append('\n');
            }
            out.add(new Document(index, String.join(" ", sentences[0]), body.toString(), primary, codes));
        }
        return out;
    }

    /**
     * The committed labels of the CoNLL-2003 training documents, with texts from the data directory; empty
     * (with a note on stderr) when either is missing, so training still works from BBC and IPTC alone.
     */
    public static List<Document> readDefault(Path dataDir) throws IOException {
        Path conll = dataDir.resolve("ner/conll2003/train.txt");
        Path labels = DataPaths.trainingDataDir().resolve("topics-conll-train/labels.tsv");
        if (!Files.exists(conll) || !Files.exists(labels)) {
            System.err.println("topic training without labelled Reuters documents: "
                    + (Files.exists(conll) ? labels : conll).toAbsolutePath().normalize() + " not found");
            return List.of();
        }
        return read(conll, labels);
    }
}
