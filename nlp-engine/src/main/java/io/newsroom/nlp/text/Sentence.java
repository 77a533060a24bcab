package io.newsroom.nlp.text;

import java.util.List;

/** A sentence (or a headline, dateline or tag line) as a run of tokens of one text. */
public record Sentence(List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int start() {
        return tokens.get(0).start();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    public String text(String source) {
        return source.substring(start(), end());
    }
}
