package io.newsroom.nlp.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003-format files (token in the first column, NER label in the last; blank lines between
 * sentences; -DOCSTART- lines between documents). A file without -DOCSTART- is one document.
 */
public final class ConllReader {

    private ConllReader() {
    }

    /** One document: parallel arrays of tokens and IOB labels per sentence. */
    public record Document(List<String[]> sentences, List<String[]> labels) {
        public String[][] tokens() {
            return sentences.toArray(new String[0][]);
        }
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String[]> sentences = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("-DOCSTART-")) {
                    flushSentence(words, tags, sentences, labels);
                    if (!sentences.isEmpty()) {
                        docs.add(new Document(sentences, labels));
                    }
                    sentences = new ArrayList<>();
                    labels = new ArrayList<>();
                } else if (line.isEmpty()) {
                    flushSentence(words, tags, sentences, labels);
                } else {
                    String[] cols = line.split("\\s+");
                    words.add(cols[0]);
                    tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
                }
            }
        }
        flushSentence(words, tags, sentences, labels);
        if (!sentences.isEmpty()) {
            docs.add(new Document(sentences, labels));
        }
        return docs;
    }

    private static void flushSentence(List<String> words, List<String> tags, List<String[]> sentences, List<String[]> labels) {
        if (!words.isEmpty()) {
            sentences.add(words.toArray(new String[0]));
            labels.add(tags.toArray(new String[0]));
            words.clear();
            tags.clear();
        }
    }
}
