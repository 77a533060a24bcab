package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gazetteer names in French, German or Spanish text: the longest token span starting with a capital (at most
 * {@link #MAX_TOKENS}) that the language's names or the English gazetteers know. Its other words may be in lower case,
 * as French and Spanish write them ("Union européenne", "Naciones Unidas" but "Nations unies"). Without a
 * trained NER for these languages only gazetteer spans count, which is what keeps German nouns and sentence-initial
 * words out. Stateless and thread-safe.
 */
final class GazetteerSpotter {

    static final int MAX_TOKENS = 8;
    /** French elision: "l'ONU", "d'Allemagne", "qu'Emmanuel": the name starts after the apostrophe. */
    private static final Pattern ELISION = Pattern.compile("^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['\u2019](.+)$");

    /** One gazetteer name found in a field: char offsets into that field. */
    record Spot(GazetteerEntry entry, String field, int start, int end) {
    }

    private final Gazetteer english;
    private final MultilingualNames names;

    GazetteerSpotter(Gazetteer english, MultilingualNames names) {
        this.english = english;
        this.names = names;
    }

    List<Spot> spot(String language, String field, String text, List<Token> raw) {
        List<Token> tokens = "fr".equals(language) ? withoutElision(raw) : raw;
        List<Spot> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            if (capitalised(tokens.get(i).text())) {
                for (int len = Math.min(MAX_TOKENS, tokens.size() - i); len >= 1 && taken == 0; len--) {
                    Token first = tokens.get(i);
                    Token last = tokens.get(i + len - 1);
                    if (!hasLetterOrDigit(last.text())) {
                        continue; // "Vilnius ." folds to an alias: a name never ends in punctuation
                    }
                    GazetteerEntry entry = resolve(language, text.substring(first.start(), last.end()), len == 1);
                    if (entry != null) {
                        out.add(new Spot(entry, field, first.start(), last.end()));
                        taken = len;
                    }
                }
            }
            i += Math.max(taken, 1);
        }
        return out;
    }

    /**
     * The football club of that name in the English gazetteers (link-only, for an organisation's span), else null: as
     * written, as the English linker takes a club, never by a folded spelling.
     */
    GazetteerEntry club(String span) {
        return MultilingualNames.pick(english.lookupExact(span), GazetteerKind.CLUB);
    }

    /** The entry a span names in this language, else null; a language's own name wins over an English alias. */
    GazetteerEntry resolve(String language, String span, boolean oneToken) {
        GazetteerEntry local = names.lookup(language, span);
        if (local == null && oneToken && "de".equals(language) && span.length() > 4 && span.endsWith("s")) {
            local = names.lookup(language, span.substring(0, span.length() - 1)); // genitive: "Deutschlands", "Frankreichs"
        }
        if (local == null && !oneToken && "de".equals(language)) {
            local = names.lookupDeclined(span);
        }
        if (local != null) {
            return oneToken && LanguageRules.stops(language, span, local.canonical(), true) ? null : local;
        }
        GazetteerEntry found = null;
        for (GazetteerEntry e : english.lookup(span)) {
            if (accepts(e) && (found == null || rank(e) < rank(found))) {
                found = e;
            }
        }
        if (found == null || oneToken && LanguageRules.stops(language, span, found.canonical(), false)) {
            return null;
        }
        return found;
    }

    /**
     * English entries a name the same in every language may denote: countries, organisations, linked cities (not the
     * towns of Natural Earth's finest scale, whose names are too often a person's or a word: {@link Gazetteer#TOWN_NOTE}), and
     * people who are or were heads of state or government or on the current leaders' list. Demonyms (English
     * adjectives) and the UK's parties (which need the English linker's country evidence) are left out, and so are
     * other office-holders, whom English links only with evidence of their country.
     */
    private boolean accepts(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY, ORGANISATION -> true;
            case CITY -> e.wikidataId() != null && !e.note().startsWith(Gazetteer.TOWN_NOTE);
            case PERSON -> e.english() || english.isLeader(e);
            default -> false;
        };
    }

    /** People over organisations over countries over cities, as in the English matcher; linked entries first. */
    private static int rank(GazetteerEntry e) {
        int kind = e.kind() == GazetteerKind.PERSON ? 0 : e.kind() == GazetteerKind.ORGANISATION ? 2
                : e.kind() == GazetteerKind.COUNTRY ? 4 : 6;
        return kind + (e.wikidataId() == null ? 1 : 0);
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    private static List<Token> withoutElision(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Matcher m = ELISION.matcher(t.text());
            if (m.matches()) {
                int cut = m.start(1);
                out.add(new Token(t.text().substring(cut), t.start() + cut, t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
