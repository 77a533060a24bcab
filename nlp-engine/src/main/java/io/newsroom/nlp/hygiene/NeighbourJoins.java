package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.linking.BodyNouns;
import io.newsroom.nlp.linking.HeadNouns;
import io.newsroom.nlp.linking.RawMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Neighbouring mentions that are one name: the recogniser ends a name at a link word or a dash ("Central Bank" | "of" |
 * "Sri Lanka", "Roe" | "v." | "Wade", "International North" | "–" | "South Transport Corridor"), and each rule here
 * joins two mentions the text writes side by side, on the evidence of the link, the words and the gazetteers (after
 * {@link MentionRepair} has repaired each mention alone). Also the one home of the machinery every such join uses:
 * mentions in text order, the link between two of them, and the join itself.
 */
final class NeighbourJoins {

    private final KnownAs known;

    NeighbourJoins(KnownAs known) {
        this.known = known;
    }

    /** Each join runs on the one before's output, so that a later rule sees the names an earlier one made whole. */
    List<RawMention> apply(List<RawMention> mentions, String headline, String body) {
        List<RawMention> joined = bodiesOfCountries(eventsOfTwo(courtCases(mentions, body), body), body);
        joined = knownOrganisations(liberalDemocrats(andNames(joined, body), body), headline, body);
        joined = compassCompounds(scopesIn(prizesIn(joined, headline, body), headline, body), headline, body);
        return missionsTo(arabicNames(bodiesOfNamedBodies(joined, headline, body), headline, body), headline, body);
    }

    /** The bodies that are sent or belong to another: "Special Monitoring Mission", "Conference of the Parties". */
    private static final Set<String> SENT = Set.of("Mission", "Delegation", "Representation", "Parties");

    /**
     * "the Special Monitoring Mission to Ukraine", "the Conference of the Parties to the UN Framework Convention on
     * Climate Change": a mission's or a treaty's parties' body, " to " (or " to the ") and the country or treaty it
     * serves, is one organisation; the recogniser ends names before "to".
     */
    private static List<RawMention> missionsTo(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, List.of(" to ", " to the "), "ORGANIZATION", true, (a, b) ->
                "ORGANIZATION".equals(a.type()) && a.tokens().size() >= 2 && SENT.contains(a.tokens().get(a.tokens().size() - 1))
                        && ("LOCATION".equals(b.type()) || "MISC".equals(b.type()) || "ORGANIZATION".equals(b.type())));
    }

    /**
     * "Central Bank of Sri Lanka", "National Energy Regulator of South Africa": a body's name (ending in a body's head
     * noun) and a country's name joined by " of " are one organisation, as CoNLL types them; the recogniser often cuts
     * them in two. Not a person's title ("President of Ukraine" is no body) nor a place other than a country, nor before
     * " and " and a capital ("… of England and Wales").
     */
    private static final java.util.regex.Pattern AND_NAME = java.util.regex.Pattern.compile(" and \\p{Lu}");

    private List<RawMention> bodiesOfCountries(List<RawMention> mentions, String body) {
        return joinNeighbours(mentions, body, " of ", "ORGANIZATION", true, (a, b) -> {
            String last = a.tokens().get(a.tokens().size() - 1);
            return "ORGANIZATION".equals(a.type()) && "LOCATION".equals(b.type()) && a.tokens().size() >= 2
                    && (BodyNouns.isHead(last) || last.equals("Regulator")) && known.isCountry(b.text())
                    && !AND_NAME.matcher(body).region(b.end(), Math.min(body.length(), b.end() + 6)).lookingAt();
        });
    }

    /**
     * "the Liberal Democrat MP", "Welsh Liberal Democrats": the recogniser often gives "Liberal" as an organisation and
     * "Democrat" as a demonym; the party is one name.
     */
    private static List<RawMention> liberalDemocrats(List<RawMention> mentions, String body) {
        return joinNeighbours(mentions, body, " ", "ORGANIZATION", false, (a, b) -> a.tokens().get(a.tokens().size() - 1).equals("Liberal")
                && (b.text().equals("Democrat") || b.text().equals("Democrats")));
    }

    /**
     * "the Conference on Interaction and Confidence-Building Measures in Asia", "the Economic Resilience Initiative in
     * Central Asia": a body's or programme's name of three words or more that the gazetteers do not know, then "in" and a
     * continent (after region words), is one name whose scope the continent is; the recogniser ends names before "in".
     * Not a country or city: "the CSTO in Kazakhstan", "the European Council in Brussels" say where.
     */
    private List<RawMention> scopesIn(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, List.of(" in "), true, (a, b) -> ("ORGANIZATION".equals(a.type())
                || "MISC".equals(a.type())) && a.tokens().size() >= 3 && known.isUnknown(a.text()) && known.isContinentOrPart(b.tokens())
                ? a.type() : null);
    }

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");

    /**
     * "the International North–South Transport Corridor": the recogniser cuts a name at the dash between two points of
     * the compass and types its halves apart ("International North", "South Transport Corridor"); written without spaces,
     * the two are one name, a place where either half is one (a route), else a body where both are.
     */
    private static List<RawMention> compassCompounds(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, List.of("\u2013", "-"), false, (a, b) -> {
            if (!COMPASS.contains(a.tokens().get(a.tokens().size() - 1)) || !COMPASS.contains(b.tokens().get(0))
                    || a.tokens().size() + b.tokens().size() < 3) {
                return null;
            }
            return "LOCATION".equals(a.type()) || "LOCATION".equals(b.type()) ? "LOCATION"
                    : "ORGANIZATION".equals(a.type()) && "ORGANIZATION".equals(b.type()) ? "ORGANIZATION" : null;
        });
    }

    /** "Nobel Prize in Literature": a prize and its field, which the recogniser gives a mention of its own, are one name. */
    private static List<RawMention> prizesIn(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, " in ", "MISC", false, (a, b) -> "Prize".equals(a.tokens().get(a.tokens().size() - 1))
                && b.tokens().size() <= 3);
    }

    /**
     * "Paris Saint-Germain", "People's Movement for the Liberation of Angola": two names side by side, or joined by "for
     * the", "of the", "for", "of" or "and", that the gazetteers link, joined as written, as an organisation are that
     * organisation; the recogniser took the city's name for a place and stopped there, or cut the name at its link.
     */
    private static final List<String> NAME_LINKS = List.of(" ", " for the ", " of the ", " for ", " of ", " and ");

    /** A body's word that opens a name before "of" and another body's name: "Congress of South African Trade Unions". */
    private static final Set<String> BODIES_OF = Set.of("Congress", "Confederation", "Federation", "Union", "League",
            "Association", "Council", "Assembly", "Ministry", "Institute", "University", "Alliance", "Coalition", "Movement",
            "Front", "Society", "Chamber", "Academy", "Commission", "Committee", "Organisation", "Organization");

    /**
     * "Congress" and "South African Trade Unions" split at "of" (a people's word after "of" ends a name for the
     * recogniser): a body's word alone, then " of " and a body's name, is one body.
     */
    private List<RawMention> bodiesOfNamedBodies(List<RawMention> mentions, String headline, String body) {
        List<RawMention> joined = joinNeighbours(mentions, headline, body, " of ", "ORGANIZATION", false, (a, b) -> a.tokens().size() == 1
                && BODIES_OF.contains(a.text()) && "ORGANIZATION".equals(b.type()));
        // "Mejlis" + "of" + "Turkmenistan", "Oliy Majlis" + "of" + "Uzbekistan": a parliament and its country, one body.
        joined = joinNeighbours(joined, headline, body, " of ", "ORGANIZATION", false, (a, b) -> a.tokens().size() <= 3
                && MentionRepair.LEGISLATURES.contains(a.text().toLowerCase(Locale.ROOT)) && !a.text().equals("Parliament") && known.isCountry(b.text()));
        // "Assembly" + "of the" + "Republic", "Council" + "of the" + "European Union": a body's word alone, "of the" and a
        // polity or body, one body.
        joined = joinNeighbours(joined, headline, body, List.of(" of the "), "ORGANIZATION", false, (a, b) -> a.tokens().size() == 1
                && BODIES_OF.contains(a.text()) && ("ORGANIZATION".equals(b.type()) || "LOCATION".equals(b.type())) && b.tokens().size() <= 3);
        // "Standing Committee" + "of the" + "National People's Congress": a body's organ of another named body.
        return joinNeighbours(joined, headline, body, List.of(" of the "), "ORGANIZATION", false, (a, b) -> "ORGANIZATION".equals(a.type())
                && a.tokens().size() >= 2 && ORGANS_OF.contains(a.tokens().get(a.tokens().size() - 1)) && "ORGANIZATION".equals(b.type()));
    }

    /** The organs whose name says whose they are after "of the": "Central Committee of the Communist Party". */
    private static final Set<String> ORGANS_OF = Set.of("Committee", "Council", "Commission", "Secretariat", "Bureau", "Presidium",
            "Board", "Directorate", "Department", "Chamber");

    /** The particle that opens the rest of an Arabic name written with capitals: "Al-Sabah", "Al Nahyan", "Bin Salman". */
    private static final java.util.regex.Pattern ARABIC_NAME_PART = java.util.regex.Pattern.compile("(?:Al|El)-\\p{Lu}.*|Bin|Ibn|Bint");

    /**
     * "Ahmad Abdullah" and "Al-Ahmad Al-Sabah", "Jaber Al-Ahmad Al-Jaber" and "Al-Sabah": one person whose name the
     * recogniser cut before a capitalised "Al-".
     */
    private static List<RawMention> arabicNames(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, " ", "PERSON", true, (a, b) -> "PERSON".equals(a.type())
                && "PERSON".equals(b.type()) && ARABIC_NAME_PART.matcher(b.tokens().get(0)).matches());
    }

    private List<RawMention> knownOrganisations(List<RawMention> mentions, String headline, String body) {
        return joinNeighbours(mentions, headline, body, NAME_LINKS, "ORGANIZATION", false, (a, b) -> !"PERSON".equals(a.type())
                && !"PERSON".equals(b.type()) && known.linksAsOrganisation(
                        (Mention.HEADLINE.equals(a.field()) ? headline : body).substring(a.start(), b.end())));
    }

    /**
     * "Roe v. Wade", "Planned Parenthood v. Casey": two names joined by " v. " are one case, MISC. British papers write
     * "Loving v Virginia", but also "Brazil v Cameroon" for a match: with " v " only where the sentence speaks of courts.
     */
    private static List<RawMention> courtCases(List<RawMention> mentions, String body) {
        return joinNeighbours(joinNeighbours(mentions, body, " v. ", "MISC", false, (a, b) -> true),
                body, " v ", "MISC", false, (a, b) -> {
                    int from = Math.max(Math.max(0, a.start() - 150), body.lastIndexOf(". ", a.start()) + 1);
                    int stop = body.indexOf(". ", b.end());
                    int to = Math.min(body.length(), Math.min(b.end() + 150, stop < 0 ? body.length() : stop));
                    return COURT_WORDS.matcher(body).region(from, to).find();
                });
    }

    private static final java.util.regex.Pattern COURT_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:[Cc]ourt|[Cc]ase|[Rr]uling|[Jj]udge|[Jj]udg(?:e)?ment|[Oo]verturn(?:ed|ing|s)?|[Pp]recedent|[Ll]awsuit|[Ll]ibel|[Tt]rial)\\b");

    /**
     * "China–Central Asia Summit", "EU-China Summit": a name joined by a dash to an event's or a document's name
     * ({@link HeadNouns}) is part of it, one MISC name.
     */
    static List<RawMention> eventsOfTwo(List<RawMention> mentions, String body) {
        java.util.function.BiPredicate<RawMention, RawMention> event = (a, b) -> !"PERSON".equals(a.type())
                && "MISC".equals(HeadNouns.typeOf(b.tokens()));
        // "St. Petersburg International Economic Forum", "Jeddah Security and Development Summit", "Las Vegas Grand Prix": a
        // city's name opens the forum's, summit's or race's name (not a cup's: "the Qatar World Cup" is a country and the cup).
        java.util.function.BiPredicate<RawMention, RawMention> placed = (a, b) -> "LOCATION".equals(a.type())
                && "MISC".equals(b.type()) && b.tokens().size() >= 2 && FORUMS.contains(b.tokens().get(b.tokens().size() - 1));
        // "FIFA World Cup", "UEFA Champions League": the body that runs a competition opens its name.
        java.util.function.BiPredicate<RawMention, RawMention> run = (a, b) -> "ORGANIZATION".equals(a.type())
                && a.tokens().size() == 1 && isCapitals(a.tokens().get(0)) && "MISC".equals(b.type())
                && COMPETITIONS.contains(b.tokens().get(b.tokens().size() - 1));
        return joinNeighbours(joinNeighbours(joinNeighbours(joinNeighbours(mentions, body, "\u2013", "MISC", false, event), body,
                "-", "MISC", false, event), body, " ", "MISC", false, placed), body, " ", "MISC", false, run);
    }

    private static final Set<String> FORUMS = Set.of("Forum", "Summit", "Prix", "Marathon");

    /** The last words of competitions' names: "World Cup", "Champions League", "Asian Games". */
    static final Set<String> COMPETITIONS = Set.of("Cup", "League", "Games", "Championship", "Championships", "Open",
            "Trophy", "Series", "Finals", "Olympics");

    /** "FIFA", "UEFA", "ICC": two to six capitals. */
    private static boolean isCapitals(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * "the Disaster and Emergency Management Authority", "the Oil and Gas Authority": a body's name (ending in a body's
     * head noun) right after a capitalised word and " and " takes the word in; the recogniser often leaves the part
     * before "and" out. Not where the word is a name of its own (inside another mention: "Britain and the Bank of
     * England"), a day or a month, or itself follows a capitalised word (a longer name the rule cannot see whole).
     */
    private static final java.util.regex.Pattern WORD_AND = java.util.regex.Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}-]{1,30}) and $");
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    private static List<RawMention> andNames(List<RawMention> mentions, String body) {
        List<RawMention> sorted = inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        int previousEnd = 0;
        for (RawMention m : sorted) {
            RawMention joined = m;
            if (Mention.BODY_TEXT.equals(m.field()) && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2
                    && BodyNouns.isHead(m.tokens().get(m.tokens().size() - 1))) {
                int from = Math.max(previousEnd, m.start() - 40);
                java.util.regex.Matcher w = WORD_AND.matcher(body).region(from, m.start());
                if (w.find() && !CALENDAR.contains(w.group(1).toLowerCase(Locale.ROOT)) && !afterCapitalisedWord(body, w.start(1))) {
                    List<String> tokens = new ArrayList<>(List.of(w.group(1), "and"));
                    tokens.addAll(m.tokens());
                    joined = new RawMention(m.field(), w.start(1), m.end(), body.substring(w.start(1), m.end()),
                            List.copyOf(tokens), m.type(), m.confidence(), m.titled());
                }
            }
            if (Mention.BODY_TEXT.equals(m.field())) {
                previousEnd = Math.max(previousEnd, m.end());
            }
            out.add(joined);
        }
        return out;
    }

    /** Whether the word starting at {@code start} follows a capitalised word ("Media and Sport …"), skipping one space. */
    private static boolean afterCapitalisedWord(String text, int start) {
        int i = start - 1;
        if (i < 0 || text.charAt(i) != ' ') {
            return false;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == ',')) {
            i--;
        }
        return i < end && Character.isUpperCase(text.charAt(i));
    }

    /** The one of the links that is the whole text between two mentions, or null. */
    static String linkBetween(String text, int from, int to, List<String> links) {
        for (String link : links) {
            if (to - from == link.length() && to <= text.length() && text.startsWith(link, from)) {
                return link;
            }
        }
        return null;
    }

    /**
     * Two body mentions that the text joins by exactly {@code link} (" of ", " v. ") become one mention of {@code type}
     * where {@code joins} says so; {@code keepTitle}: whether the first one's title stays the joined mention's.
     */
    static List<RawMention> joinNeighbours(List<RawMention> mentions, String body, String link, String type,
                                                   boolean keepTitle,
                                                   java.util.function.BiPredicate<RawMention, RawMention> joins) {
        return joinNeighbours(mentions, null, body, List.of(link), type, keepTitle, joins);
    }

    static List<RawMention> joinNeighbours(List<RawMention> mentions, String headline, String body, String link,
                                                   String type, boolean keepTitle,
                                                   java.util.function.BiPredicate<RawMention, RawMention> joins) {
        return joinNeighbours(mentions, headline, body, List.of(link), type, keepTitle, joins);
    }

    /**
     * As above, in the headline too where one is given (null: the body only), by any of the links: one pass over the
     * neighbours, the joins tested only where the text between two mentions is one of them.
     */
    static List<RawMention> joinNeighbours(List<RawMention> mentions, String headline, String body, List<String> links,
                                                   String type, boolean keepTitle,
                                                   java.util.function.BiPredicate<RawMention, RawMention> joins) {
        return joinNeighbours(mentions, headline, body, links, keepTitle, (a, b) -> joins.test(a, b) ? type : null);
    }

    /** As above, the joined mention's type chosen for each pair: {@code typeOf} gives it, or null where they stay apart. */
    static List<RawMention> joinNeighbours(List<RawMention> mentions, String headline, String body, List<String> links,
                                                   boolean keepTitle,
                                                   java.util.function.BiFunction<RawMention, RawMention, String> typeOf) {
        List<RawMention> sorted = inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RawMention a = sorted.get(i);
            RawMention b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            String text = Mention.BODY_TEXT.equals(a.field()) ? body : headline != null && Mention.HEADLINE.equals(a.field()) ? headline : null;
            String link = b == null || text == null || !a.field().equals(b.field()) ? null : linkBetween(text, a.end(), b.start(), links);
            String type = link == null ? null : typeOf.apply(a, b);
            if (type != null) {
                List<String> tokens = new ArrayList<>(a.tokens());
                if (!link.isBlank()) {
                    tokens.addAll(List.of(link.strip().split("\\s+"))); // "of the": two words, as the recogniser tokenises them
                }
                tokens.addAll(b.tokens());
                out.add(new RawMention(a.field(), a.start(), b.end(), text.substring(a.start(), b.end()), List.copyOf(tokens),
                        type, Math.max(a.confidence(), b.confidence()), keepTitle && a.titled()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** The mentions by field, then by where they start: each one's neighbours in the text next to it. */
    static List<RawMention> inTextOrder(List<RawMention> mentions) {
        List<RawMention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(RawMention::field).thenComparingInt(RawMention::start));
        return sorted;
    }
}
