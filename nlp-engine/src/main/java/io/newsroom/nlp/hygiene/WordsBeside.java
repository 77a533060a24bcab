package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.linking.RawMention;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the words right beside a name say it is, whatever the recogniser typed: a lower-case noun after it ("the Global
 * Gateway programme", "the Imedi channel", "the Minsk agreements"), a description after its comma (", the billionaire
 * who", ", the employers' federation", ", the EU's strategy to"), a preposition before it ("talks in Astana"), a product's
 * noun after a maker's name ("a SpaceX Falcon 9 rocket"), a dollar sign after it ("US$"), or a story that speaks of no
 * sport (a city is no club). One mention at a time; each rule asks the gazetteers ({@link KnownAs}) whether the name is
 * one they already know otherwise.
 */
final class WordsBeside {

    private final KnownAs known;

    WordsBeside(KnownAs known) {
        this.known = known;
    }

    /** The mention, retyped where the words beside it say so; in {@code text}, the field it was found in. */
    RawMention retyped(RawMention m, String text, SportInStory sport) {
        m = placeAfterLocative(cityOutsideSport(m, sport), text);
        m = outletBeforeItsNoun(asProduct(m, text), text);
        m = bodyBeforeItsWords(personBeforeWho(m, text), text);
        return planDescribed(agreementOfAPlace(m, text), text);
    }

    /**
     * A body's lower-case noun right after its name ("the Atameken business chamber", "the Nevada-Semipalatinsk
     * movement"), or closing a description after its comma ("Medef, the employers' federation", "Orano, the French
     * state-controlled nuclear fuel group,"): at most four words before the noun, none of them "of" or "the" ("Aliyev,
     * the head of the group" describes a person).
     */
    private static final Pattern BODY_NOUN_AFTER = Pattern.compile(
            "\\h(?:(?:business|oil|gas|energy|mining|nuclear|investment|shipping|defence|defense|steel|state|trading|holding)\\h)?"
                    + "(?:company|firm|group|chamber|conglomerate|consortium|lender|insurer|miner|regulator|watchdog|"
                    + "movement)(?![\\p{L}\\p{N}'\u2019-])"); // not "party": "a Christmas party"
    private static final Pattern BODY_DESCRIBED_AFTER = Pattern.compile(
            ",\\h(?:the|a|an)\\h(?:(?!(?:of|the|a|an|in|for|and|to|at|by|with|on|who|which)\\h)[\\p{L}'\u2019-]+\\h){0,4}"
                    + "(?:company|firm|group|federation|association|chamber|union|conglomerate|holding|consortium|lender|bank|"
                    + "insurer|miner|producer|carrier|airline|operator|regulator|watchdog|party|movement|agency|broadcaster|"
                    + "foundation|charity|institute|venture)(?=[,.;:)]|\\h(?:that|which|whose|in|based|with|of|for|and|behind|"
                    + "run|led|owned)\\b)");

    /** A plan's description after its name's comma: ", the EU's strategy to …", ", a programme that …". */
    private static final Pattern PLAN_DESCRIBED_AFTER = Pattern.compile(
            ",\\h(?:the|a|an|its|their)\\h(?:(?!(?:of|the|a|an|in|for|and|to|at|by|with|on|who|which)\\h)[\\p{L}'\u2019-]+\\h){0,3}"
                    + "(?:strategy|programme|program|initiative|plan|scheme|project|pact)(?=[,.;:)]|\\h(?:that|which|to|for|of|aimed|launched|meant)\\b)");

    /**
     * "Global Gateway, the EU's strategy to mobilise up to €300 billion": a name the gazetteers do not know, typed a body,
     * that a description ending in a plan's noun follows is the plan, MISC as CoNLL types plans and programmes.
     */
    private RawMention planDescribed(RawMention m, String text) {
        if (!"ORGANIZATION".equals(m.type()) || m.titled() || text == null || m.end() + 4 >= text.length() || text.charAt(m.end()) != ','
                || !PLAN_DESCRIBED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 100)).lookingAt()
                || !known.isUnknown(m.text())) {
            return m;
        }
        return withType(m, "MISC");
    }

    /**
     * "the Atameken business chamber", "Medef, the employers' federation", "Orano, the French … group": a name the
     * gazetteers do not know, typed a place or MISC, that a body's noun follows or a description ending in one
     * describes, is the body's, an organisation.
     */
    private RawMention bodyBeforeItsWords(RawMention m, String text) {
        if (!"LOCATION".equals(m.type()) && !"MISC".equals(m.type()) || m.titled() || text == null || m.end() + 4 >= text.length()
                || !(lowerCaseWordAfter(text, m.end()) && BODY_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                        // "their Champions League group": after a competition, a group is its stage
                        && !("MISC".equals(m.type()) && text.startsWith(" group", m.end()))
                || text.charAt(m.end()) == ',' && BODY_DESCRIBED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120)).lookingAt())
                || !known.isUnknown(m.text())) {
            return m;
        }
        return withType(m, "ORGANIZATION");
    }

    /**
     * Sport, whose clubs take their cities' names ("Glasgow Clan", "Cardiff Devils", "Newcastle Falcons"): where a story
     * speaks of no sport, no league, match, goal or score, a city is no club. Read once an article, and only when a city
     * typed an organisation asks.
     */
    static final class SportInStory {
        private final String body;
        private Boolean sport;

        SportInStory(String body) {
            this.body = body;
        }

        boolean speaksOfSport() {
            if (sport == null) {
                sport = body == null || TEAM_SPORTS.matcher(body).find();
            }
            return sport;
        }
    }

    private static final Pattern TEAM_SPORTS = Pattern.compile(
            "(?i:\\b(?:football|footballers?|soccer|rugby|cricket|hockey|nhl|basketball|nba|baseball|mlb|nfl|premier league|la liga|"
                    + "serie a|bundesliga|champions league|europa league|uefa|fifa|goalkeepers?|strikers?|midfielders?|play-?offs?|"
                    + "olympics?|handball|volleyball|cyclists?|cycling|peloton|league|premiership|derby|fixtures?|match|matches|"
                    + "goals?|scored|scorers?|coach|coaches|tournament|championships?)\\b|\\b\\d{1,3}-\\d{1,3}\\b)");

    /**
     * "flights to Calgary and Edmonton", "Ottawa would provide whatever support": a capital's or large city's name,
     * typed an organisation (the recogniser's guess at a government or a club), is the place in a story that speaks of
     * no team sport; CoNLL types a capital for its government a place too. Only a name the gazetteers know as the
     * place and at most its football club ("Georgetown University" is a longer name, kept).
     */
    private RawMention cityOutsideSport(RawMention m, SportInStory sport) {
        if (!"ORGANIZATION".equals(m.type()) || m.tokens().size() != 1 || m.titled() || sport.speaksOfSport()
                || !known.aPlaceOrItsClub(m.text())) {
            return m;
        }
        return withType(m, "LOCATION");
    }

    /**
     * A programme's, product's or weapon's lower-case noun right after its name: "Global Gateway programme", "Bayraktar
     * TB2 drones", "the Falcon 9 rocket".
     */
    private static final Pattern PRODUCT_AFTER = Pattern.compile(
            "\\h(?:programme|program|initiative|drones?|aircraft|jets?|fighter jets?|missiles?|rockets?|tanks?|helicopters?|rifles?|howitzers?|vaccines?|reactors?|"
                    + "satellites?|spacecraft|landers?|rovers?|smartphones?|consoles?|chatbot|app)(?![\\p{L}\\p{N}-])");

    /**
     * "its Global Gateway programme", "Bayraktar TB2 drones", "the Hualong One reactor", "the Vikram lander": a name the
     * gazetteers do not know, before a programme's, product's or weapon's noun, is the programme or product, MISC as
     * CoNLL types plans, treaties and products, whatever the recogniser typed it; not a body's, maker's, place's or
     * people's name they know ("the IMF programme", "SpaceX rockets", "Russian drones").
     */
    private RawMention asProduct(RawMention m, String text) {
        if ("MISC".equals(m.type()) || m.titled() || !lowerCaseWordAfter(text, m.end())
                || !PRODUCT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() || !known.isUnknown(m.text())) {
            return m;
        }
        return withType(m, "MISC");
    }

    /** An agreement's lower-case noun after the place it was signed in: "the Minsk agreements", "the Oslo accords". */
    private static final Pattern AGREEMENT_AFTER = Pattern.compile(
            "\\h(?:agreements?|accords?|protocols?)(?![\\p{L}\\p{N}-])");

    /**
     * "the Minsk agreements", "the Oslo accords", "the Kyoto protocol": a place's name before an agreement's noun names
     * the agreement, MISC as CoNLL types treaties (the place of "the Paris climate agreement" has a word between).
     */
    private static RawMention agreementOfAPlace(RawMention m, String text) {
        if (!"LOCATION".equals(m.type()) || m.tokens().size() > 2 || m.titled() || !lowerCaseWordAfter(text, m.end())
                || !AGREEMENT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return m;
        }
        return withType(m, "MISC");
    }

    /** Words after a place's name that are no noun it qualifies: "in the Caribbean last year", "the Arctic and …". */
    private static final java.util.regex.Pattern AFTER_PLACE_ALONE = java.util.regex.Pattern.compile(
            "(?:[.,;:)!?\u2019']|\\s(?:in|on|at|last|this|next|and|or|to|for|with|from|by|since|after|before|until|is|was|has|have"
                    + "|had|were|are|will|would|where|which|that|who)\\b|\\s*$)");

    /**
     * "took the trophy from West Indies in the Caribbean last year": a region English also writes as an adjective
     * ("Caribbean nations") is the place after "the" when no noun follows it.
     */
    static boolean theRegionAlone(RawMention m, String body) {
        return Mention.BODY_TEXT.equals(m.field()) && m.start() >= 4 && body.regionMatches(true, m.start() - 4, "the ", 0, 4)
                && AFTER_PLACE_ALONE.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 8)).lookingAt();
    }

    /**
     * "US$2.9 billion", "HK$10", "A$5m", "NZ$": a country's letters written onto a dollar sign are the currency's mark,
     * no mention of the country.
     */
    static boolean isCurrencyMark(RawMention m, String text) {
        return text != null && m.end() < text.length() && text.charAt(m.end()) == '$' && m.text().length() <= 4
                && m.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** A model's number right after the words of its name: " 9" of "Falcon 9", " 737" of "Boeing 737 jets". */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\h\\p{N}[\\p{L}\\p{N}-]*");

    /**
     * "a SpaceX Falcon 9 rocket", "Airbus A320 aircraft": a maker the gazetteers know only as an organisation, then its
     * product's name (with the model's number the recogniser left out) before a product's noun, are two names, the maker
     * an organisation and the product MISC; empty where the mention is no such pair.
     */
    List<RawMention> makerAndProduct(RawMention m, String text) {
        List<String> tokens = m.tokens();
        if (tokens.size() < 2 || text == null || "PERSON".equals(m.type()) || m.titled()
                || !Character.isUpperCase(tokens.get(1).codePointAt(0)) && !Character.isDigit(tokens.get(1).codePointAt(0))) {
            return List.of();
        }
        int end = m.end();
        java.util.regex.Matcher number = MODEL_NUMBER.matcher(text).region(end, text.length());
        String numberText = number.lookingAt() ? number.group().strip() : null;
        if (numberText != null) {
            end = number.end();
        }
        if (!lowerCaseWordAfter(text, end) || !PRODUCT_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || !known.onlyAnOrganisation(tokens.get(0))) {
            return List.of();
        }
        RawMention maker = MentionRepair.part(m, 0, 1, "ORGANIZATION", false);
        RawMention product = MentionRepair.part(m, 1, tokens.size(), "MISC", false);
        if (maker == null || product == null) {
            return List.of();
        }
        if (numberText != null) {
            List<String> productTokens = new java.util.ArrayList<>(product.tokens());
            productTokens.add(numberText);
            product = new RawMention(product.field(), product.start(), end, text.substring(product.start(), end),
                    List.copyOf(productTokens), "MISC", product.confidence(), false);
        }
        return List.of(maker, product);
    }

    /** An outlet's lower-case noun right after its name: "the Imedi channel", "the Daryo news agency". */
    private static final Pattern OUTLET_AFTER = Pattern.compile(
            "\\h(?:channel|broadcaster|newspaper|daily|weekly|news agency|news site|news website|tv channel)(?![\\p{L}\\p{N}-])");

    /**
     * "the pro-government Imedi channel", "the Daryo news agency": a name the gazetteers know as no place, before an
     * outlet's noun, is the outlet, an organisation ("the Paris newspaper" is the city's).
     */
    private RawMention outletBeforeItsNoun(RawMention m, String text) {
        if ("ORGANIZATION".equals(m.type()) || m.titled() || !lowerCaseWordAfter(text, m.end())
                || !OUTLET_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() || known.isPlace(m.text())
                || known.isDemonym(m.text())) {
            return m;
        }
        return withType(m, "ORGANIZATION");
    }

    /** ", the billionaire who", ", a surgeon who": a person described after a comma. */
    private static final Pattern WHO_AFTER = Pattern.compile(
            ",\\h(?:the|a|an)\\h(?:[\\p{Ll}-]+\\h){1,3}who\\b");

    /**
     * "Bidzina Ivanishvili, the billionaire who founded Georgian Dream": a name of two or three words, typed a body or a
     * place, that a description ending in "who" follows is a person's; not one the gazetteers know as a body or place.
     */
    private RawMention personBeforeWho(RawMention m, String text) {
        if ("PERSON".equals(m.type()) || "MISC".equals(m.type()) || m.tokens().size() < 2 || m.tokens().size() > 3
                || text == null || m.end() >= text.length() || text.charAt(m.end()) != ','
                || !WHO_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt()
                || !known.isUnknown(m.text())) {
            return m;
        }
        return withType(m, "PERSON");
    }

    /** Whether a lower-case word follows the name after one space: where a lower-case noun after it may tell its kind. */
    private static boolean lowerCaseWordAfter(String text, int end) {
        return text != null && end + 2 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Words after which a place's name is the place: "in ", "visit ". */
    private static final Pattern IN_OR_VISIT_BEFORE = Pattern.compile(
            "(?<![\\p{L}-])(?:in|near|outside|visit|visits|visited|visiting)\\h$");

    /**
     * "inviting her to visit Astana", "talks in Astana": a city's name that is a club's too ("Astana", "Chelsea"), typed
     * an organisation, is the place after "in" or "visit".
     */
    private RawMention placeAfterLocative(RawMention m, String text) {
        if (!"ORGANIZATION".equals(m.type()) || m.tokens().size() > 3 || m.start() < 3 || text == null || !known.isPlace(m.text())
                || !IN_OR_VISIT_BEFORE.matcher(text).region(Math.max(0, m.start() - 10), m.start()).find()) {
            return m;
        }
        return withType(m, "LOCATION");
    }


    private static RawMention withType(RawMention m, String type) {
        return new RawMention(m.field(), m.start(), m.end(), m.text(), m.tokens(), type, m.confidence(), m.titled());
    }
}
