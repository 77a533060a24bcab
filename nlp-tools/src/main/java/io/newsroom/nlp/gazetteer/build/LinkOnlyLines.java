package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gazetteer lines of a link-only list (waters, football clubs) whose names each mean one entry: a name two entries of
 * the list share links to neither, and a name the list's own rule refuses ({@code mayLink}) is left out. An entry keeps
 * its first name left as its canonical one, the rest as aliases; an entry with no name left is left out.
 */
final class LinkOnlyLines {

    private LinkOnlyLines() {
    }

    static <T> List<String> of(GazetteerKind kind, List<T> entries, Function<T, String> wikidataId,
                               Function<T, Set<String>> names, Function<T, String> note, Predicate<String> mayLink) {
        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (T e : entries) {
            for (String name : names.apply(e)) {
                idsByKey.computeIfAbsent(TextKeys.key(name), k -> new HashSet<>()).add(wikidataId.apply(e));
            }
        }
        List<String> lines = new ArrayList<>();
        for (T e : entries) {
            Set<String> kept = new LinkedHashSet<>();
            for (String name : names.apply(e)) {
                if (idsByKey.get(TextKeys.key(name)).size() == 1 && mayLink.test(name)) {
                    kept.add(name);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            String canonical = kept.iterator().next();
            kept.remove(canonical);
            lines.add(String.join("\t", kind.name(), canonical, wikidataId.apply(e), note.apply(e), String.join("|", kept)));
        }
        return lines;
    }
}
