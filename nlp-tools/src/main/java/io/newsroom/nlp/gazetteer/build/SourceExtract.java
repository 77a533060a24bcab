package io.newsroom.nlp.gazetteer.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The trimmed extracts of gazetteer-sources: a header line naming the tab-separated columns, then one row a line. Every
 * trim command writes one and {@code build-gazetteers} reads it back; a file with another header is refused, so a
 * renamed or reordered column never turns into silently wrong names.
 */
final class SourceExtract {

    private SourceExtract() {
    }

    static void write(Path extract, String header, Iterable<String> rows) throws IOException {
        Files.createDirectories(extract.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(extract, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (String row : rows) {
                // A line break inside a source's field would split its row in two.
                w.write(row.replace("\r", "").replace("\n", " "));
                w.write('\n');
            }
        }
    }

    /** Every line of the extract, the header first (so a row's line number is its index + 1). */
    static List<String> read(Path extract, String header) throws IOException {
        List<String> lines = Files.readAllLines(extract, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IOException(extract + ": expected the header " + header.replace('\t', ' '));
        }
        return lines;
    }
}
