package io.newsroom.nlp.benchmark;

import io.newsroom.nlp.text.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's news-sized articles (written for it, 500-600 tokens each); first line is the headline. */
final class Articles {

    static final String[] FILES = {"01-summit.txt", "02-football.txt", "03-markets.txt"};

    record Article(String headline, String body, int tokens) {
    }

    private Articles() {
    }

    static List<Article> load() {
        List<Article> out = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        for (String f : FILES) {
            try (InputStream in = Articles.class.getResourceAsStream("/articles/" + f)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                String headline = text.substring(0, nl);
                String body = text.substring(nl + 1);
                out.add(new Article(headline, body, tokenizer.tokenize(headline).size() + tokenizer.tokenize(body).size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
