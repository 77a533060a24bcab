package io.newsroom.nlp.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Words that are a verb's form, which make poor keywords ("signed", "agree", "stun"), from WordNet (resource
 * {@code models/keywords/verbs.tsv.gz}, built by {@code NlpCli build-verb-forms}): a verb that is no noun or adjective,
 * or a past form in "-ed" of any verb ("signed", "ordered", "agreed", "stopped", "carried") unless WordNet has the word
 * as a noun of its own ("seed", "hundred"), or an irregular form of WordNet's exception list that is no noun
 * ("understood", "held", "told"; not "won", "rose" or "led", which WordNet has as nouns). A noun that is also a verb ("hand", "sign", "order") stays a
 * keyword. Immutable once loaded.
 */
public final class VerbForms {

    public static final String RESOURCE = "/io/newsroom/nlp/models/keywords/verbs.tsv.gz";

    /** No list: nothing is a verb form. */
    public static final VerbForms NONE = new VerbForms(Set.of(), Set.of(), Set.of());

    private final Set<String> verbs;
    private final Set<String> onlyVerbs;
    private final Set<String> edNouns;

    private VerbForms(Set<String> verbs, Set<String> onlyVerbs, Set<String> edNouns) {
        this.verbs = verbs;
        this.onlyVerbs = onlyVerbs;
        this.edNouns = edNouns;
    }

    public static VerbForms loadDefault() {
        try (InputStream in = VerbForms.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static VerbForms read(InputStream raw) throws IOException {
        Set<String> verbs = new HashSet<>();
        Set<String> onlyVerbs = new HashSet<>();
        Set<String> edNouns = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() < 3 || line.charAt(1) != '\t') {
                    continue;
                }
                String word = line.substring(2);
                switch (line.charAt(0)) {
                    case 'P' -> {
                        verbs.add(word);
                        onlyVerbs.add(word);
                    }
                    case 'V' -> verbs.add(word);
                    case 'I' -> onlyVerbs.add(word);
                    case 'N' -> edNouns.add(word);
                    default -> { }
                }
            }
        }
        return new VerbForms(Set.copyOf(verbs), Set.copyOf(onlyVerbs), Set.copyOf(edNouns));
    }

    /** Whether a lower-case term is a verb's form rather than a thing's name. */
    public boolean isVerbForm(String term) {
        if (onlyVerbs.contains(term)) {
            return true;
        }
        int n = term.length();
        if (n < 5 || !term.endsWith("ed") || edNouns.contains(term)) {
            return false;
        }
        String stem = term.substring(0, n - 2);
        return verbs.contains(stem)                                                     // signed, ordered
                || verbs.contains(term.substring(0, n - 1))                              // agreed, raised
                || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && verbs.contains(stem.substring(0, stem.length() - 1))         // stopped, planned
                || term.endsWith("ied") && verbs.contains(term.substring(0, n - 3) + "y"); // carried
    }
}
