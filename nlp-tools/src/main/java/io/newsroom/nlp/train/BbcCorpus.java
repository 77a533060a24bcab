package io.newsroom.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder laid out like bbc-train: {@code <class>/<file>.txt}, first line the headline. */
public final class BbcCorpus {

    /** BBC class -> IPTC top-level Media Topic. */
    public static final Map<String, String> TO_IPTC = Map.of(
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "politics", "medtop:11000000",
            "sport", "medtop:15000000",
            "tech", "medtop:13000000");

    /**
     * One article with its class, its file index within the class, its file name without {@code .txt}, headline and
     * body.
     */
    public record Article(String label, int index, String name, String headline, String body) {
        public String iptc() {
            return TO_IPTC.get(label);
        }

        /** {@code <class>/<file name>}: how our IPTC labels (training-data/topics-bbc) name the article. */
        public String id() {
            return label + "/" + name;
        }
    }

    private BbcCorpus() {
    }

    public static List<Article> read(Path dir) throws IOException {
        List<Article> out = new ArrayList<>();
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path cls : classes) {
            String label = cls.getFileName().toString();
            if (!TO_IPTC.containsKey(label)) {
                System.err.println("skipping class without IPTC mapping: " + label);
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(cls)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (int i = 0; i < files.size(); i++) {
                String text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                String name = files.get(i).getFileName().toString();
                out.add(new Article(label, i, name.substring(0, name.length() - ".txt".length()),
                        nl < 0 ? text : text.substring(0, nl).strip(), nl < 0 ? "" : text.substring(nl + 1)));
            }
        }
        return out;
    }
}
