package io.newsroom.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.NewsTagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code tag [FILE]}: enrich one article (JSON, HTML or plain text; how each is read: {@link PastedArticle}) and print
 * the Analysis as pretty JSON.
 */
final class TagCommand {

    private TagCommand() {
    }

    static void run(String file) throws IOException {
        // "tag --help" or a mistyped path: one line saying what is wrong, not a stack trace.
        if (file != null && file.startsWith("-") && !file.equals("-")) {
            System.err.println("usage: tag [FILE]   (a text, HTML or JSON article; without FILE or with -, standard input)");
            System.exit(2);
            return;
        }
        if (file != null && !file.equals("-") && !Files.isReadable(Path.of(file))) {
            System.err.println("tag: no readable file " + file);
            System.exit(2);
            return;
        }
        String input = file == null || file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        PastedArticle article;
        try {
            article = PastedArticle.of(input);
        } catch (IllegalArgumentException e) {
            System.err.println("tag: " + e.getMessage());
            System.exit(2);
            return;
        }
        String headline = article.headline();
        String body = article.body();
        Analysis analysis = NewsTagger.loadDefault().analyze(headline, body);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var node = json.createObjectNode();
        node.put("enricherVersion", NewsTagger.version());
        node.put("headline", headline);
        node.set("analysis", json.valueToTree(analysis));
        System.out.println(json.writeValueAsString(node));
    }
}
