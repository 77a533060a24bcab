package io.newsroom.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.text.HtmlCleaner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code tag [FILE]}: enrich one article and print the Analysis as pretty JSON. Plain text: the first line is
 * the headline when a blank line or more text follows it (the layout of the BBC files and of most wire
 * copy), after any section path or tag line above it; a single-line text is body only. HTML: the {@code <title>} or first {@code <h1>} is the headline and
 * the whole document is the body.
 */
final class TagCommand {

    private TagCommand() {
    }

    static void run(String file) throws IOException {
        String input = file == null || file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        String headline;
        String body;
        if (new HtmlCleaner().looksLikeHtml(input)) {
            var doc = org.jsoup.Jsoup.parse(input);
            var h1 = doc.selectFirst("h1");
            headline = !doc.title().isBlank() ? doc.title() : h1 != null ? h1.text() : "";
            body = input;
        } else {
            String text = input.replace("\r\n", "\n").strip();
            // A section path or tag line above the headline ("Politics | Asia", "Tags: ...") is not the headline.
            while (text.indexOf('\n') > 0 && io.newsroom.nlp.hygiene.Furniture.isFurnitureLine(text.substring(0, text.indexOf('\n')))) {
                text = text.substring(text.indexOf('\n') + 1).strip();
            }
            int nl = text.indexOf('\n');
            headline = nl < 0 ? "" : text.substring(0, nl).strip();
            body = nl < 0 ? text : text.substring(nl + 1);
        }
        Analysis analysis = NewsTagger.loadDefault().analyze(headline, body);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var node = json.createObjectNode();
        node.put("enricherVersion", NewsTagger.version());
        node.put("headline", headline);
        node.set("analysis", json.valueToTree(analysis));
        System.out.println(json.writeValueAsString(node));
    }
}
