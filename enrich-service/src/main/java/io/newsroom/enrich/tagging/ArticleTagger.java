package io.newsroom.enrich.tagging;

/** Computes the tags of one article from its text. Implementations are thread-safe. */
public interface ArticleTagger {

    Tags tag(String headline, String body);

    /** Goes into every event as {@code enricherVersion}, so consumers can tell which engine tagged it. */
    String version();
}
