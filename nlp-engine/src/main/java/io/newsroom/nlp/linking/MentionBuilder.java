package io.newsroom.nlp.linking;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.ner.NamedEntityRecognizer.ScoredSpan;
import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.text.Sentence;
import io.newsroom.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the recogniser over headline and body as one document and turns token spans into char-offset
 * mentions of the field they came from. Titles at the start of a PERSON span are moved outside it
 * ("President Tokayev" -> "Tokayev", remembered as titled); spans without a letter are dropped.
 */
public final class MentionBuilder {

    /** Confidence given to a gazetteer match that the statistical model missed or mis-typed. */
    static final double GAZETTEER_CONFIDENCE = 0.85;

    private final io.newsroom.nlp.gazetteer.Gazetteer gazetteer;

    public MentionBuilder(io.newsroom.nlp.gazetteer.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<RawMention> build(NamedEntityRecognizer ner, String headline, List<Sentence> headSentences,
                                  String body, List<Sentence> bodySentences) {
        List<Sentence> all = new ArrayList<>(headSentences);
        all.addAll(bodySentences);
        String[][] doc = new String[all.size()][];
        for (int s = 0; s < all.size(); s++) {
            List<Token> tokens = all.get(s).tokens();
            doc[s] = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                doc[s][i] = tokens.get(i).text();
            }
        }
        List<List<ScoredSpan>> spans = ner.recognise(doc);
        List<RawMention> out = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            boolean inHeadline = s < headSentences.size();
            String field = inHeadline ? Mention.HEADLINE : Mention.BODY_TEXT;
            String text = inHeadline ? headline : body;
            List<Token> tokens = all.get(s).tokens();
            for (ScoredSpan span : withGazetteer(doc[s], spans.get(s))) {
                RawMention q = qualifier(field, text, tokens, span);
                if (q != null) {
                    out.add(q);
                }
                RawMention m = mention(field, text, tokens, span);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The model was trained on 1996 news and misses or mis-types many of today's leaders and bodies
     * ("Kassym-Jomart" as ORG): a capitalised exact gazetteer match of a person, organisation or country
     * replaces the spans it overlaps, unless a longer span of the model contains it. Single-token matches
     * count only for countries and for acronyms outside all-caps lines, to stay precise.
     */
    /** {@code word.chars().anyMatch(Character::isLowerCase)} without a stream for every token of an article. */
    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<ScoredSpan> withGazetteer(String[] words, List<ScoredSpan> spans) {
        int n = words.length;
        String[] keys = new String[n];
        boolean[] cap = new boolean[n];
        boolean allCaps = true;
        for (int i = 0; i < n; i++) {
            keys[i] = io.newsroom.nlp.text.TextKeys.tokenKey(words[i]);
            cap[i] = Character.isUpperCase(words[i].codePointAt(0));
            allCaps &= !hasLowerCase(words[i]);
        }
        List<ScoredSpan> out = new ArrayList<>(spans);
        for (int[] m : gazetteer.entityMatches(keys, cap)) {
            io.newsroom.nlp.gazetteer.GazetteerKind kind = io.newsroom.nlp.gazetteer.GazetteerKind.values()[m[2]];
            boolean single = m[1] - m[0] == 1;
            boolean acronym = single && words[m[0]].length() >= 2 && words[m[0]].chars().allMatch(Character::isUpperCase);
            if (single && !(kind == io.newsroom.nlp.gazetteer.GazetteerKind.COUNTRY || acronym && !allCaps)) {
                continue;
            }
            boolean containedInLonger = out.stream().anyMatch(sp -> sp.start() <= m[0] && sp.end() >= m[1]
                    && sp.end() - sp.start() > m[1] - m[0]);
            if (containedInLonger) {
                continue;
            }
            String type = switch (kind) {
                case PERSON -> "PER";
                case ORGANISATION -> "ORG";
                default -> "LOC";
            };
            ScoredSpan exact = out.stream().filter(sp -> sp.start() == m[0] && sp.end() == m[1]).findFirst().orElse(null);
            if (exact != null && (exact.type().equals(type) || "LOC".equals(type) && "ORG".equals(exact.type()))) {
                continue; // the model agrees (a country as a team is fine)
            }
            double confidence = Math.max(GAZETTEER_CONFIDENCE, exact == null ? 0 : exact.confidence());
            out.removeIf(sp -> sp.start() < m[1] && sp.end() > m[0]);
            out.add(new ScoredSpan(m[0], m[1], type, confidence));
        }
        out.sort(java.util.Comparator.comparingInt(ScoredSpan::start));
        return out;
    }

    /**
     * The place, people or party that qualify an office in a person's span ("Baltimore" of "Baltimore Mayor Brandon
     * Scott", "PML-N" of "PML-N Vice President Maryam Nawaz"): a name of its own, typed by what the gazetteers know it
     * as (a people's word MISC, a place LOCATION), else an acronym an organisation and a word a place; null when the
     * span opens no such way.
     */
    private RawMention qualifier(String field, String text, List<Token> tokens, ScoredSpan span) {
        if (!"PERSON".equals(NerTags.entityType(span.type()))) {
            return null;
        }
        int skip = qualifiedOffice(tokens, span.start(), span.end());
        if (skip == 0) {
            return null;
        }
        int end = span.start() + skip; // the first title's index: the qualifier ends before it
        List<String> words = words(tokens, span.start(), end);
        String name = text.substring(tokens.get(span.start()).start(), tokens.get(end - 1).end());
        String type = null;
        for (io.newsroom.nlp.gazetteer.GazetteerEntry e : gazetteer.lookup(name)) {
            type = e.kind() == io.newsroom.nlp.gazetteer.GazetteerKind.DEMONYM ? "MISC" : type == null ? e.kind().entityType() : type;
        }
        if (type == null) {
            type = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) ? "ORGANIZATION" : "LOCATION";
        }
        return new RawMention(field, tokens.get(span.start()).start(), tokens.get(end - 1).end(), name.replace('\n', ' '), words,
                type, span.confidence(), false);
    }

    private static final java.util.Set<String> SHEIKH = java.util.Set.of("Sheikh", "Sheikha");

    private static RawMention mention(String field, String text, List<Token> tokens, ScoredSpan span) {
        String type = NerTags.entityType(span.type());
        int start = span.start();
        int end = span.end();
        boolean titled = start > 0 && Titles.isTitle(tokens.get(start - 1).text());
        int honorific = Titles.mayOpenHonorific(tokens.get(start).text()) ? Titles.honorificLength(words(tokens, start, end), 0) : 0;
        if (honorific > 0 && honorific < end - start) {
            start += honorific; // "Datuk Seri Ismail Sabri Yaakob", whatever the recogniser typed it
            titled = true;
            type = "PERSON";
        }
        // "Amir Sheikh Jaber Al-Ahmad Al-Jaber": Kuwait's "Amir" before another title is one (alone it is a first name:
        // "Amir Peretz"); a name after "Sheikh" is a person's, whatever the recogniser typed, unless a head noun makes
        // it a place's or a body's ("Sheikh Zayed Road", "Sheikh Khalifa Foundation").
        if (end - start > 2 && tokens.get(start).text().equals("Amir") && Titles.isTitle(tokens.get(start + 1).text())) {
            start++;
            titled = true;
        }
        if (end - start > 1 && SHEIKH.contains(tokens.get(start).text()) && HeadNouns.typeOf(words(tokens, start, end)) == null
                && !BodyNouns.isHead(tokens.get(end - 1).text())) {
            type = "PERSON";
        }
        // "Baltimore Mayor Brandon Scott", "Kyrgyz President Sadyr Japarov" as one person's span: the place or people
        // before the office's title qualify the office, and the person is the full name after it.
        if ("PERSON".equals(type)) {
            start += qualifiedOffice(tokens, start, end); // the titles after it go below
        }
        // "Sheikh Zayed Road": a road's, square's or airport's name keeps the title it is named with.
        boolean facility = "PERSON".equals(type) && end - start > 1 && Titles.isTitle(tokens.get(start).text())
                && "LOCATION".equals(HeadNouns.typeOf(words(tokens, start, end)));
        while ("PERSON".equals(type) && !facility && end - start > 1 && Titles.isTitle(tokens.get(start).text())) {
            start++;
            titled = true;
        }
        while (end - start > 1 && isPossessiveOrPunct(tokens.get(end - 1).text())) {
            end--;
        }
        List<String> words = new ArrayList<>(end - start);
        boolean letter = false;
        for (int i = start; i < end; i++) {
            String w = tokens.get(i).text();
            words.add(w);
            letter |= w.codePoints().anyMatch(Character::isLetter);
        }
        if (!letter) {
            return null;
        }
        int from = tokens.get(start).start();
        int to = tokens.get(end - 1).end();
        return new RawMention(field, from, to, text.substring(from, to).replace('\n', ' '), words, type,
                span.confidence(), titled);
    }

    /**
     * How many tokens a place's, people's or party's word (one or two capitalised words) take before the capitalised
     * titles of an office and a full name of two words or more, all in one span ("PML-N Vice President Maryam Nawaz");
     * 0 when the span opens no such way.
     */
    private static int qualifiedOffice(List<Token> tokens, int start, int end) {
        for (int k = 1; k <= 3 && start + k < end; k++) {
            boolean qualifier = true;
            for (int i = start; i < start + k; i++) {
                String w = tokens.get(i).text();
                // "PML-N" may come as three tokens.
                qualifier &= (Character.isUpperCase(w.charAt(0)) || w.equals("-") && i > start && i < start + k - 1) && !Titles.isTitle(w);
            }
            int name = start + k;
            while (name < end && Titles.isTitle(tokens.get(name).text()) && Character.isUpperCase(tokens.get(name).text().charAt(0))) {
                name++;
            }
            if (qualifier && name > start + k && end - name >= 2) {
                return k;
            }
        }
        return 0;
    }

    private static List<String> words(List<Token> tokens, int start, int end) {
        List<String> out = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            out.add(tokens.get(i).text());
        }
        return out;
    }

    private static boolean isPossessiveOrPunct(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals(",") || w.equals(".");
    }

}
