package io.newsroom.nlp.text;

/**
 * A token with its char offsets in the text it was cut from.
 *
 * @param text  the token as written
 * @param start offset of the first char
 * @param end   offset after the last char (exclusive)
 */
public record Token(String text, int start, int end) {
}
