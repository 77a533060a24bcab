package io.newsroom.nlp.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the French, German and Spanish NER data (issue 19) as they are published, without a conversion step:
 * CoNLL-2002/2003 and WikiANN in WikiNEuRal's ".conllu" layout ({@code index TAB token TAB label}), and WikiANN as
 * davidsbatista/NER-datasets keeps it ({@code fr:token TAB label}). Three repairs: the language prefix of WikiANN
 * tokens goes; German CoNLL-2003 in WikiNEuRal's copy is Latin-1 text that was decoded as Mac Cyrillic ("Flьchtlinge"),
 * which is undone; tag types other than PER/ORG/LOC/MISC become MISC. Files with -DOCSTART- lines are split into their
 * documents; in files without them (WikiANN: unrelated Wikipedia sentences) every sentence is its own document, so
 * the second NER pass never votes across unrelated sentences.
 */
public final class LanguageNerData {

    public static final Set<String> LANGUAGES = Set.of("fr", "de", "es");
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

    private LanguageNerData() {
    }

    /** The split of a data folder whose name starts with {@code split} (train, val or dev, test). */
    public static Path split(Path dir, String split) throws IOException {
        List<String> prefixes = "val".equals(split) ? List.of("val", "dev", "valid") : List.of(split);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> prefixes.stream().anyMatch(x -> p.getFileName().toString().startsWith(x)))
                    .sorted().findFirst()
                    .orElseThrow(() -> new IOException("no " + split + " file in " + dir + " (expected " + prefixes + "*)"));
        }
    }

    public static List<ConllReader.Document> read(Path file, String language) throws IOException {
        List<ConllReader.Document> docs = new ArrayList<>();
        List<String[]> sentences = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean documents = false;
        String prefix = language + ":";
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    flush(words, tags, sentences, labels);
                    continue;
                }
                String[] cols = line.split("\\s+");
                boolean indexed = cols.length >= 3 && cols[0].chars().allMatch(Character::isDigit);
                String token = indexed ? cols[1] : cols[0];
                if (token.startsWith(prefix) && token.length() > prefix.length()) {
                    token = token.substring(prefix.length());
                }
                if (token.equals("-DOCSTART-")) {
                    documents = true;
                    flush(words, tags, sentences, labels);
                    if (!sentences.isEmpty()) {
                        docs.add(new ConllReader.Document(sentences, labels));
                    }
                    sentences = new ArrayList<>();
                    labels = new ArrayList<>();
                    continue;
                }
                words.add(repair(token));
                tags.add(label(cols.length > 1 ? cols[cols.length - 1] : "O"));
            }
        }
        flush(words, tags, sentences, labels);
        if (documents) {
            if (!sentences.isEmpty()) {
                docs.add(new ConllReader.Document(sentences, labels));
            }
            return docs;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<String[]> one = new ArrayList<>();
            List<String[]> oneLabels = new ArrayList<>();
            one.add(sentences.get(s));
            oneLabels.add(labels.get(s));
            docs.add(new ConllReader.Document(one, oneLabels));
        }
        return docs;
    }

    /** "B-PER", "I-LOC", "O"; other types (GermEval's OTH, a stray tag) as MISC, so no type is lost silently. */
    static String label(String raw) {
        if (raw.length() < 3 || raw.charAt(1) != '-' || (raw.charAt(0) != 'B' && raw.charAt(0) != 'I')) {
            return "O";
        }
        String type = raw.substring(2);
        return TYPES.contains(type) ? raw : raw.charAt(0) + "-MISC";
    }

    /**
     * Undoes Latin-1 text read as Mac Cyrillic, as in WikiNEuRal's copy of German CoNLL-2003 ("Flьchtlinge", "muя",
     * "№ber"): the Latin-1 letters such a reading turned into Cyrillic letters and signs, mapped back. No real token of
     * these corpora is Cyrillic.
     */
    static String repair(String token) {
        StringBuilder out = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int k = MAC_CYRILLIC.indexOf(c);
            if (k >= 0) {
                if (out == null) {
                    out = new StringBuilder(token.substring(0, i));
                }
                out.append(LATIN_1.charAt(k));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? token : out.toString();
    }

    /** Mac Cyrillic's reading of the Latin-1 bytes of LATIN_1, character for character. */
    private static final String MAC_CYRILLIC = "\u044c\u0434\u0446\u044f\u2116\u0192\u00f7\u0439\u0438\u0431\u0443\u0430\u0435\u043d\u0433\u0432\u0436\u043e\u0442\u043a\u0437\u043c\u044a\u0441";
    private static final String LATIN_1 = "\u00fc\u00e4\u00f6\u00df\u00dc\u00c4\u00d6\u00e9\u00e8\u00e1\u00f3\u00e0\u00e5\u00ed\u00e3\u00e2\u00e6\u00ee\u00f2\u00ea\u00e7\u00ec\u00fa\u00f1";

    private static void flush(List<String> words, List<String> tags, List<String[]> sentences, List<String[]> labels) {
        if (!words.isEmpty()) {
            sentences.add(words.toArray(new String[0]));
            labels.add(tags.toArray(new String[0]));
            words.clear();
            tags.clear();
        }
    }
}
