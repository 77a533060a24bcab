package io.newsroom.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A topic evaluation folder: {@code <class>/<id>.txt} (first line headline, rest body), where a class folder is
 * named by a BBC class ({@code business} …), a two-digit top-level IPTC number ({@code 01} … {@code 17}) or a
 * medtop QCode. An optional {@code labels.tsv} at the root ({@code id<TAB>primary<TAB>codes,comma,separated})
 * overrides the folder: its primary is the gold first topic and its codes the set that lenient scoring accepts.
 * A file without a labels row is gold for its folder's topic alone.
 */
public final class LabelledTopicCorpus {

    public static final String LABELS_FILE = "labels.tsv";

    /** One article with its gold primary top-level topic and every top-level topic that clearly applies. */
    public record Article(String id, String headline, String body, String primary, Set<String> codes) {
    }

    /** Gold labels of one article as read from a labels file; primary null means "skip this article". */
    public record Label(String primary, Set<String> codes) {

        /** The primary first, then the further codes in code order: how a labelled document lists its topics. */
        public List<String> primaryFirst() {
            List<String> out = new ArrayList<>();
            out.add(primary);
            codes.stream().filter(c -> !c.equals(primary)).sorted().forEach(out::add);
            return List.copyOf(out);
        }
    }

    private LabelledTopicCorpus() {
    }

    public static List<Article> read(Path dir) throws IOException {
        Map<String, Label> labels = Files.exists(dir.resolve(LABELS_FILE)) ? readLabels(dir.resolve(LABELS_FILE)) : Map.of();
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(Files::isDirectory).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path cls : classes) {
            String folder = cls.getFileName().toString();
            String topic = folderTopic(folder);
            if (topic == null) {
                System.err.println("skipping folder that names no IPTC top-level topic: " + folder);
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(cls)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - ".txt".length());
                Label label = labels.getOrDefault(id, new Label(topic, Set.of(topic)));
                if (label.primary() == null) {
                    continue;
                }
                // Decoded leniently, like BbcCorpus: bbc-train has Latin-1 bytes, and one odd byte must not stop an evaluation.
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                out.add(new Article(id, nl < 0 ? text.strip() : text.substring(0, nl).strip(),
                        nl < 0 ? "" : text.substring(nl + 1), label.primary(), label.codes()));
            }
        }
        return out;
    }

    /** The top-level QCode a folder name stands for, or null. */
    static String folderTopic(String folder) {
        String bbc = BbcCorpus.TO_IPTC.get(folder);
        return bbc != null ? bbc : TopicCodes.topLevel(folder);
    }

    /** The rows of a labels file split into columns, comment ({@code #}) and blank lines left out, in file order. */
    static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }

    /**
     * Reads {@code id<TAB>primary<TAB>codes}; {@code #} starts a comment line. Codes may be two-digit numbers or
     * QCodes; the primary is always part of the code set. A primary of {@code -} marks an article to skip.
     */
    public static Map<String, Label> readLabels(Path file) throws IOException {
        Map<String, Label> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected id<TAB>primary<TAB>codes");
            }
            if (cols[1].strip().equals("-")) {
                out.put(cols[0].strip(), new Label(null, Set.of()));
                continue;
            }
            String primary = requireTopLevel(cols[1], file, i);
            Set<String> codes = new LinkedHashSet<>();
            codes.add(primary);
            if (cols.length > 2) {
                for (String c : cols[2].split(",")) {
                    if (!c.isBlank()) {
                        codes.add(requireTopLevel(c, file, i));
                    }
                }
            }
            out.put(cols[0].strip(), new Label(primary, Set.copyOf(codes)));
        }
        return out;
    }

    private static String requireTopLevel(String code, Path file, int line) {
        String c = TopicCodes.topLevel(code);
        if (c == null) {
            throw new IllegalArgumentException(file + ":" + (line + 1) + ": not a top-level IPTC topic: " + code.strip());
        }
        return c;
    }
}
