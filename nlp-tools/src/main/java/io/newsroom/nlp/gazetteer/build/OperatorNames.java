package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which names of the name-suggestion-index's organisations may link (decision #154 for companies, and #259): a name
 * that can only mean one of them, that is no ordinary English word, and that no other gazetteer knows.
 * <ul>
 *   <li>A name several organisations share ("HSBC" for the group and for its Taiwanese bank) stays with the one whose
 *       Wikidata label it is, when exactly one; otherwise with none.</li>
 *   <li>A one-word name that English text writes in lower case ("Shell", "Next", "Boots", "Sky", "Orange") never links:
 *       a sentence-initial or headline-cased common word tagged ORGANIZATION would become a company.</li>
 *   <li>A name the other gazetteers hold (a country, a city or region, an international organisation, a person) is
 *       theirs: a club called "Chelsea" is not the shop of that name.</li>
 *   <li>Two characters link only as capitals ("BP", "EE"), never as a word; one character never; a one-word name with
 *       an apostrophe by what stands before it ("Sainsbury's" yes, "I'm" no).</li>
 * </ul>
 */
public final class OperatorNames {

    private OperatorNames() {
    }

    /**
     * Gazetteer lines ({@link GazetteerKind#OPERATOR}) of the names that may link; the canonical name is the Wikidata
     * label when that may link, else the first name that may.
     */
    static List<String> lines(List<NameSuggestionIndex.Organisation> organisations, Set<String> ordinaryWords,
                              Predicate<String> knownElsewhere) {
        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (NameSuggestionIndex.Organisation o : organisations) {
            for (String name : o.names()) {
                idsByKey.computeIfAbsent(TextKeys.key(name), k -> new HashSet<>()).add(o.wikidataId());
            }
        }
        Map<String, String> labelOwner = new HashMap<>(); // label key -> the one id labelled so, or "" when several
        for (NameSuggestionIndex.Organisation o : organisations) {
            labelOwner.merge(TextKeys.key(o.label()), o.wikidataId(), (a, b) -> a.equals(b) ? a : "");
        }
        List<String> lines = new ArrayList<>();
        for (NameSuggestionIndex.Organisation o : organisations) {
            Set<String> kept = new LinkedHashSet<>();
            for (String name : o.names()) {
                String key = TextKeys.key(name);
                boolean ours = idsByKey.get(key).size() == 1 || o.wikidataId().equals(labelOwner.get(key));
                if (ours && mayLink(name, ordinaryWords) && !knownElsewhere.test(name)) {
                    kept.add(name);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            // The label names the entry only when it may link itself: an entry's canonical name is always looked up.
            String canonical = kept.contains(o.label()) ? o.label() : kept.iterator().next();
            kept.remove(canonical);
            lines.add(String.join("\t", GazetteerKind.OPERATOR.name(), canonical, o.wikidataId(),
                    "name-suggestion-index", String.join("|", kept)));
        }
        return lines;
    }

    static boolean mayLink(String name, Set<String> ordinaryWords) {
        String stripped = name.strip();
        if (stripped.indexOf(' ') >= 0) {
            return true;
        }
        int apostrophe = stripped.indexOf('\'');
        if (apostrophe >= 0) {
            // "Sainsbury's" by what stands before the apostrophe: "I'm" and "Don't" are not names.
            return mayLink(stripped.substring(0, apostrophe), ordinaryWords);
        }
        if (stripped.length() <= 2) {
            return stripped.length() == 2 && stripped.equals(stripped.toUpperCase(Locale.ROOT))
                    && stripped.codePoints().anyMatch(Character::isLetter);
        }
        return !ordinaryWords.contains(stripped.toLowerCase(Locale.ROOT));
    }

    /**
     * Every word written in lower case somewhere in the given texts (CoNLL-2003's Reuters text, BBC News 2004-05): a
     * word a newsroom writes in lower case even once is a word, not only a name ("banquet", "boots", "orange").
     */
    static Set<String> ordinaryWords(List<Path> texts) throws IOException {
        Set<String> out = new HashSet<>();
        for (Path text : texts) {
            // Decoded leniently, as the BBC corpus reader does: one of its files is not valid UTF-8.
            for (String word : new String(Files.readAllBytes(text), StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
                if (!word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT))) {
                    out.add(word);
                }
            }
        }
        return out;
    }
}
