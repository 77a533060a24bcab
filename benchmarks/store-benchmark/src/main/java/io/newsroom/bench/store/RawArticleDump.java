package io.newsroom.bench.store;

import io.newsroom.schemas.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the pipeline benchmark's generated raw articles to a file, one a line ({@code headline TAB body}, with
 * backslash, tab and newline escaped), so the engine's CPU harness (nlp-benchmark's {@code EngineCpu}) measures the
 * very articles the pipeline benchmark enriches without depending on this module.
 *
 * <pre>
 * java -cp … io.newsroom.bench.store.RawArticleDump OUT COUNT store-service/src/main/resources/iptc/mediatopics.tsv [SEED]
 * </pre>
 */
public final class RawArticleDump {

    private RawArticleDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<ServiceArtifacts.Topic> taxonomy = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            taxonomy.add(new ServiceArtifacts.Topic(cols[0], cols[1], cols[2]));
        }
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        RawArticleGenerator generator = new RawArticleGenerator(new ArticleGenerator(seed, count, taxonomy), seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            RawArticle raw = generator.article(i);
            sb.append(escape(raw.headline())).append('\t').append(escape(raw.body())).append('\n');
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
