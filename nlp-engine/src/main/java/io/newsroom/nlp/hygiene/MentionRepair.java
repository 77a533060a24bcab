package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.linking.BodyNouns;
import io.newsroom.nlp.linking.HeadNouns;
import io.newsroom.nlp.linking.PlaceAbbreviations;
import io.newsroom.nlp.linking.RawMention;
import io.newsroom.nlp.linking.Titles;
import io.newsroom.nlp.text.TextKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spans and types the recogniser gets wrong in a way news text shows, each repaired only on evidence in the text or the
 * gazetteers (after {@link MentionHygiene}, before mentions are merged into entities):
 * <ul>
 *   <li>a demonym after a region word takes it in ("Central Asian", not "Asian");</li>
 *   <li>a role at the end of an organisation ("CICA Chair", "EU Vice President") is no part of its name;</li>
 *   <li>an organisation's head noun followed by a person's name ("CICA Secretariat Kairat Sarybay") is two mentions;</li>
 *   <li>a name ending in an organisation's head noun ("Carnegie Russia Eurasia Center") is an organisation; one
 *       ending in a treaty's or an event's ("Belt and Road Initiative", "East Asia Summit") is MISC, in a stadium's or
 *       square's a place ({@link HeadNouns});</li>
 *   <li>a continent, or a region of one ("Central Asia", "South Caucasus"), is a place;</li>
 *   <li>a name the text calls a party ("the Nur Otan party") is an organisation wherever the text writes it;</li>
 *   <li>a one-word name typed organisation without confidence that the gazetteers know only as a city ("the port of
 *       Rostock") is a place;</li>
 *   <li>a name typed organisation whose last word the article uses alone as a person's ("Bola Tinubu" … "Mr Tinubu")
 *       is that person.</li>
 * </ul>
 */
public final class MentionRepair {

    /** Roles that end an organisation's mention but are the person's, not the body's: "CICA Chair said". */
    private static final Set<String> ROLE_ENDS = Set.of("chair", "chairman", "chairwoman", "president", "ceo", "spokesman",
            "spokeswoman", "spokesperson", "chief", "director", "coach", "boss", "leader", "mp", "mps", "mep", "meps", "msp",
            "msps", "ipo"); // and a listing: "Porsche IPO"

    /** A possessive left at the end once a role is cut off: "Truth Social's CEO". */
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");

    /** Particles inside a person's name ("Ursula von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "del", "di", "la", "le",
            "al", "bin", "ibn");

    /** Continents and the world's regions that English news names as places. */
    private static final Set<String> CONTINENTS = Set.of("asia", "europe", "africa", "america", "americas", "oceania",
            "antarctica", "arctic", "antarctic", "eurasia", "caucasus", "balkans", "sahel", "caribbean", "scandinavia",
            "siberia", "middle east", "far east", "levant", "maghreb", "horn of africa");
    /** The regions English also writes as adjectives: "Caribbean nations", "Arctic ice" are MISC, "the Caribbean" a place. */
    private static final Set<String> ADJECTIVE_REGIONS = Set.of("caribbean", "arctic", "antarctic");

    /** Lower-case words after a name that make it a body: "the Nur Otan party", "the Wagner group". */
    private static final java.util.regex.Pattern BODY_AFTER = java.util.regex.Pattern.compile(
            "^\\s+(?:party|movement|bloc)\\b");

    /** Below this, the recogniser's ORGANIZATION for a one-word name is a guess a city's name outweighs. */
    private static final double UNSURE = 0.3;

    /**
     * Words of sport: a town's name there is its team's ("Munster", "Toulon", "Marseille"), however unsure the
     * recogniser is.
     */
    private static final java.util.regex.Pattern SPORT = java.util.regex.Pattern.compile(
            "(?i:\\b(?:football|rugby|cricket|hockey|basketball|baseball|tennis|league|cup|club|clubs|match|matches|season|"
                    + "coach|striker|fixture|squad|team|teams|tournament|champions|championship|olympics?|racing|grand prix|"
                    + "nfl|nba)\\b)");

    private final Gazetteer gazetteer;
    private final KnownAs known;
    private final java.util.function.Predicate<String> lowerCaseWord;
    private final WordsBeside wordsBeside;
    private final NeighbourJoins neighbourJoins;

    /** @param lowerCaseWord whether news writes a word in lower case ("level", "school"; not "Kairat") */
    public MentionRepair(Gazetteer gazetteer, java.util.function.Predicate<String> lowerCaseWord) {
        this.gazetteer = gazetteer;
        this.known = new KnownAs(gazetteer);
        this.lowerCaseWord = lowerCaseWord;
        this.wordsBeside = new WordsBeside(known);
        this.neighbourJoins = new NeighbourJoins(known);
    }

    /**
     * Honorifics that only a person's name follows: "Mr. Bankman-Fried", "Dr Tedros" are people whatever the recogniser
     * typed (the shoe brand Dr. Martens is the price).
     */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "dr", "dr.", "judge");

    /** The American parties by their members' word: an organisation's name alone, not an adjective of a people. */
    private static final Set<String> US_PARTY_WORDS = Set.of("Republican", "Republicans", "Democrat", "Democrats", "Democratic");

    /** An honorific right before a name, as written ("Ms ", "Mr. "; not "MS " or "DR "). */
    private static final java.util.regex.Pattern HONORIFIC_BEFORE = java.util.regex.Pattern.compile("(?<![\\p{L}])(?:Mr|Mrs|Ms|Mx|Dr)\\.? $");

    public List<RawMention> apply(List<RawMention> mentions, String headline, String body) {
        List<RawMention> out = new ArrayList<>(mentions.size());
        WordsBeside.SportInStory sport = new WordsBeside.SportInStory(body);
        for (RawMention given : mentions) {
            String text = Mention.HEADLINE.equals(given.field()) ? headline : body;
            List<RawMention> pair = namesOfACompound(given);
            if (pair.isEmpty()) {
                pair = twoBodiesOfOneKind(given);
            }
            if (pair.isEmpty()) {
                pair = demonymAndOrganisation(given);
            }
            if (pair.isEmpty()) {
                pair = wordsBeside.makerAndProduct(given, text);
            }
            if (!pair.isEmpty()) {
                out.addAll(pair);
                continue;
            }
            RawMention m = withoutModifierSuffix(withoutLeadingArticle(withoutLeadingYear(beforeOpenBracket(given))));
            if (m == null || isPortfolioOfATitle(m, text) || WordsBeside.isCurrencyMark(m, text)) {
                continue;
            }
            m = arabicPlace(afterWorkNoun(afterDescriptor(afterHonorific(m, text), text), text), text);
            m = withWeatherWord(withNumberedName(withFacilitysTitle(withNameParticle(afterPlaceWord(m, text), text), text), text), text);
            m = asGroup(withPlus(withCompetitionCode(m, text), text), text);
            m = wordsBeside.retyped(asStateAbbreviation(personAfterPortfolio(m, text), text), text, sport);
            RawMention monarch = monarch(m);
            if (monarch != null) {
                out.add(monarch);
                continue;
            }
            if ("MISC".equals(m.type()) && US_PARTY_WORDS.contains(m.text())) {
                out.add(withType(m, "ORGANIZATION")); // "Republican", "Democrats": the party, as editors mark it
                continue;
            }
            if ("MISC".equals(m.type())) {
                out.add(retyped(withRegionWord(m, Mention.HEADLINE.equals(m.field()) ? headline : body), body));
                continue;
            }
            if (!"ORGANIZATION".equals(m.type())) {
                out.add(retyped(m, body));
                continue;
            }
            RawMention org = withoutPortfolio(withoutTrailingRole(m), text);
            if (!"ORGANIZATION".equals(org.type())) {
                out.add(org);
                continue;
            }
            int head = personAfterHead(org);
            if (head < 0) {
                out.add(retyped(org, body));
                continue;
            }
            int from = head + 1;
            while (Titles.isTitle(org.tokens().get(from))) {
                from++;
            }
            RawMention named = part(org, 0, head + 1, "ORGANIZATION", org.titled());
            RawMention person = part(org, from, org.tokens().size(), "PERSON", from > head + 1);
            if (named == null || person == null) {
                out.add(org);
                continue;
            }
            out.add(named);
            out.add(person);
        }
        out = fullNamesOfPeople(outletsReporting(placesListed(out, headline, body), body));
        out = withCompanyForm(acronymsBeforeOffices(peoplePairedWithPeople(compoundsOfNamesWritten(out), headline, body), headline, body),
                headline, body);
        List<RawMention> typed = titleCaseHeadline(peopleTypedBodies(partiesAsBodies(placesNamingBodies(out), headline, body)),
                headline, body);
        List<RawMention> joined = neighbourJoins.apply(typed, headline, body);
        // A head noun joined after the events were: "ASEAN–" + "UN" + " Summit" is one event once "UN Summit" is one.
        List<RawMention> headed = NeighbourJoins.eventsOfTwo(headsAfter(airportsNamedForPeople(joined, headline, body), headline, body), body);
        return headlineTypedAsBody(documentTitles(overlapsJoined(headed, headline, body), body));
    }

    /**
     * "Qin Gang in Astana: China and Central Asian ministers prepare …": a headline's capitals tell the recogniser less than
     * the body's sentences, so a headline mention written exactly as body mentions that all have one type takes that
     * type ("Qin Gang" typed an organisation in the headline, a person four times in the body).
     */
    private static List<RawMention> headlineTypedAsBody(List<RawMention> mentions) {
        Map<String, String> bodyTypes = new HashMap<>();
        boolean headline = false;
        for (RawMention m : mentions) {
            if (Mention.HEADLINE.equals(m.field())) {
                headline = true;
            } else {
                bodyTypes.merge(m.text(), m.type(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        if (!headline) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            // One word only for a place ("Tigray"): a one-word title ("Tattoo") is written bare in the body too, where it
            // reads as a person's name.
            String type = Mention.HEADLINE.equals(m.field()) ? bodyTypes.get(m.text()) : null;
            if (type != null && m.tokens().size() == 1 && !"LOCATION".equals(type)) {
                type = null;
            }
            out.add(type != null && !type.isEmpty() && !type.equals(m.type()) ? withType(m, type) : m);
        }
        return out;
    }

    /**
     * "Islam Karimov Tashkent International Airport", "Jomo Kenyatta International Airport": an airport named for a
     * person, whose name the recogniser keeps apart from the airport's words, is one place.
     */
    private static List<RawMention> airportsNamedForPeople(List<RawMention> mentions, String headline, String body) {
        return NeighbourJoins.joinNeighbours(mentions, headline, body, " ", "LOCATION", false, (a, b) -> ("PERSON".equals(a.type())
                || "LOCATION".equals(a.type())) && a.tokens().size() >= 2 && a.tokens().size() <= 3 && "LOCATION".equals(b.type())
                && b.tokens().size() >= 2 && b.tokens().get(b.tokens().size() - 1).equals("Airport"));
    }

    /** A document's head word before "on", "for", "of" or "to" and its title: "Convention on the Legal Status of …". */
    private static final java.util.regex.Pattern DOCUMENT_HEAD = java.util.regex.Pattern.compile(
            "\\b(?:Declaration|Convention|Strategy|Framework|Treaty|Agreement|Charter|Protocol|Accord|Pact|Memorandum|Plan|Statute|Roadmap|Programme) "
                    + "(?:on|for|of|to) (?:the |a |an )?(?=\\p{Lu})");

    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "This", "That", "Its", "Their", "His", "Her");

    /** Lower-case words a document's title may hold between its capitalised ones. */
    private static final Set<String> TITLE_LINKS = Set.of("of", "the", "and", "in", "on", "for", "to", "a", "an");

    /**
     * "Declaration on the Continuity of Statehood and the Protection of Persons in the Face of …", "Convention on the Legal
     * Status of the Caspian Sea", "2050 Strategy for the Blue Pacific Continent": a document's name runs from its head word
     * (with the words of a mention ending in it) through its title's last capitalised word. The recogniser cuts it into
     * places and bodies at each "of the"; it is one MISC name. Not a day or month after the link ("Convention on
     * Monday").
     */
    private static List<RawMention> documentTitles(List<RawMention> mentions, String body) {
        if (body == null) {
            return mentions;
        }
        java.util.regex.Matcher h = DOCUMENT_HEAD.matcher(body);
        List<RawMention> out = mentions;
        while (h.find()) {
            int end = titleEnd(body, h.end());
            if (end < 0) {
                continue;
            }
            // The capitalised words before the head word: "Pacific Regional Framework", "UN Framework Convention".
            int start = h.start();
            for (int k = 0; k < 3 && start >= 2 && body.charAt(start - 1) == ' '; k++) {
                int w = start - 1;
                while (w > 0 && (Character.isLetterOrDigit(body.charAt(w - 1)) || body.charAt(w - 1) == '-')) {
                    w--;
                }
                String word = body.substring(w, start - 1);
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || ARTICLES.contains(word)) {
                    break;
                }
                start = w;
            }
            final int wordsStart = start;
            for (RawMention m : out) {
                if (Mention.BODY_TEXT.equals(m.field()) && m.start() < start && m.end() > h.start()) {
                    start = m.start(); // a mention already over the head: "Comprehensive and Progressive Agreement for …"
                }
            }
            if (start >= 5 && body.charAt(start - 1) == ' ' && YEAR.matcher(body.substring(start - 5, start - 1)).matches()
                    && (start == 5 || !Character.isLetterOrDigit(body.charAt(start - 6)))) {
                start -= 5; // "2050 Strategy for the Blue Pacific Continent"
            }
            final int from = start;
            final int to = end;
            // A body named for the treaty it serves ("Conference of the Parties to the UN Framework Convention on …", joined
            // by NeighbourJoins.missionsTo): its name runs on through the document's title and stays the body's.
            String type = out.stream().anyMatch(m -> Mention.BODY_TEXT.equals(m.field()) && "ORGANIZATION".equals(m.type())
                    && m.start() < wordsStart && m.end() > h.start() && m.text().contains(" to ")) ? "ORGANIZATION" : "MISC";
            List<RawMention> kept = new ArrayList<>();
            for (RawMention m : out) {
                if (!Mention.BODY_TEXT.equals(m.field()) || m.end() <= from || m.start() >= to) {
                    kept.add(m);
                }
            }
            String name = body.substring(from, to);
            kept.add(new RawMention(Mention.BODY_TEXT, from, to, name, List.of(name.split(" ")), type, 0.5, false));
            out = kept;
        }
        return out;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    /** The end of a title's last capitalised word from {@code from}, or -1: at least one, none a day or a month. */
    private static int titleEnd(String text, int from) {
        int i = from;
        int end = -1;
        int words = 0;
        while (i < text.length() && words < 24) {
            int w = i;
            while (w < text.length() && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
                w++;
            }
            if (w == i) {
                break;
            }
            String word = text.substring(i, w);
            if (Character.isUpperCase(word.charAt(0))) {
                if (end < 0 && NeighbourJoins.CALENDAR.contains(word.toLowerCase(Locale.ROOT))) {
                    return -1;
                }
                end = w;
            } else if (!TITLE_LINKS.contains(word) && !ORDINAL.matcher(word).matches()) {
                break; // "… in the 21st Century": an ordinal inside a title, never its end
            }
            words++;
            if (w >= text.length() || text.charAt(w) != ' ') {
                break;
            }
            i = w + 1;
        }
        return end;
    }

    /**
     * "Kelly Bayer Rosmarin" … "Ms Bayer Rosmarin": a longer name that ends in a person's name and opens with a first name
     * the lists know is that person's full name, whatever the recogniser made of it.
     */
    private List<RawMention> fullNamesOfPeople(List<RawMention> mentions) {
        Set<List<String>> people = new HashSet<>();
        for (RawMention m : mentions) {
            if ("PERSON".equals(m.type())) {
                people.add(m.tokens());
            }
        }
        if (people.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            List<String> t = m.tokens();
            boolean full = !"PERSON".equals(m.type()) && t.size() >= 2 && known.isFirstName(t.get(0))
                    && !BodyNouns.isHead(t.get(t.size() - 1)) && people.contains(t.subList(1, t.size()));
            out.add(full ? withType(m, "PERSON") : m);
        }
        return out;
    }

    /**
     * Where wire copy names the outlet that reports it: "…, Kazinform reports.", "…, Trend reported.", "an Ukrinform
     * correspondent reports". Up to three capitalised words.
     */
    private static final java.util.regex.Pattern OUTLET_REPORTS = java.util.regex.Pattern.compile(
            ", (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2}) report(?:s|ed)\\.|\\b(?:[Aa]n?|[Tt]he) (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) correspondent\\b");

    /**
     * The outlet a story names as its reporter is an organisation, wherever the article names it ("told Kazinform"),
     * though the recogniser took an agency's unknown name for a person's or left it out; the reporting place gets a
     * mention if it had none.
     */
    private List<RawMention> outletsReporting(List<RawMention> mentions, String body) {
        if (body == null) {
            return mentions;
        }
        Set<String> outlets = new HashSet<>();
        List<RawMention> added = new ArrayList<>();
        java.util.regex.Matcher r = OUTLET_REPORTS.matcher(body);
        while (r.find()) {
            int g = r.group(1) != null ? 1 : 2;
            String name = r.group(g);
            if (Titles.isTitle(name.split(" ")[0])) {
                continue;
            }
            outlets.add(name);
            boolean covered = false;
            for (RawMention m : mentions) {
                covered |= Mention.BODY_TEXT.equals(m.field()) && m.start() < r.end(g) && m.end() > r.start(g);
            }
            if (!covered) {
                added.add(new RawMention(Mention.BODY_TEXT, r.start(g), r.end(g), name, List.of(name.split(" ")), "ORGANIZATION",
                        0.5, false));
            }
        }
        // So is a name a body's descriptor stands before once ("full-service carrier Vistara"): its other mentions
        // ("Vistara, formally Tata SIA Airlines Ltd") are the body's, not a person's.
        for (RawMention m : mentions) {
            if (Mention.BODY_TEXT.equals(m.field()) && "ORGANIZATION".equals(m.type()) && m.start() <= body.length()
                    && !known.isFirstName(m.tokens().get(0))
                    && BODY_BEFORE.matcher(body.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                // Not a first name: "the company Lauren worked for" is no company called Lauren.
                outlets.add(m.text());
            }
        }
        if (outlets.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size() + added.size());
        for (RawMention m : mentions) {
            out.add(outlets.contains(m.text()) && "PERSON".equals(m.type()) && !m.titled() ? withType(m, "ORGANIZATION")
                    : outlets.contains(m.text()) && !"ORGANIZATION".equals(m.type()) && !"PERSON".equals(m.type())
                    ? withType(m, "ORGANIZATION") : m);
        }
        out.addAll(added);
        return out;
    }

    /**
     * "Prague Castle", "UN Charter", "Paris Agreement", "Arab League Summit": a place's, body's or event's name right
     * before a capitalised head noun ({@link HeadNouns}) names the castle, the charter, the summit; the recogniser often
     * stops before the head noun or gives it a mention of its own. Not a person's name ("Julien Temple").
     */
    private static final java.util.regex.Pattern HEAD_AFTER = java.util.regex.Pattern.compile(" (\\p{Lu}\\p{Ll}{2,20})(?![\\p{L}'’-])");

    private static List<RawMention> headsAfter(List<RawMention> mentions, String headline, String body) {
        List<RawMention> sorted = NeighbourJoins.inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RawMention m = sorted.get(i);
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            java.util.regex.Matcher h = "PERSON".equals(m.type()) || m.end() >= text.length() ? null
                    : HEAD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
            if (h == null || !h.lookingAt()) {
                out.add(m);
                continue;
            }
            RawMention next = i + 1 < sorted.size() && sorted.get(i + 1).field().equals(m.field()) ? sorted.get(i + 1) : null;
            if (next != null && next.start() < h.end() && next.end() > h.end()) {
                out.add(m); // the head word opens a longer name of its own
                continue;
            }
            List<String> tokens = new ArrayList<>(m.tokens());
            tokens.add(h.group(1));
            String type = HeadNouns.typeOf(tokens);
            if (type == null || "LOCATION".equals(m.type()) && HeadNouns.isEvent(h.group(1))) {
                out.add(m);
                continue;
            }
            out.add(new RawMention(m.field(), m.start(), h.end(), text.substring(m.start(), h.end()), List.copyOf(tokens), type,
                    m.confidence(), m.titled()));
            if (next != null && next.start() < h.end()) {
                i++; // the head word's own mention ("Castle") is now inside the name
            }
        }
        return out;
    }

    /**
     * Two mentions of one field that overlap ("Mohamed bin Zayed" and "Zayed Al Nahyan", once a particle took the next
     * word in; "South East" and "East Asian") are one name, of the type of the later one (English names end in their
     * head: "South East Asian" is a people's word), over the span of both.
     */
    private static List<RawMention> overlapsJoined(List<RawMention> mentions, String headline, String body) {
        List<RawMention> sorted = NeighbourJoins.inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (RawMention m : sorted) {
            RawMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.field().equals(m.field()) && m.start() < last.end()) {
                if (m.end() > last.end()) {
                    String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
                    List<String> tokens = new ArrayList<>(last.tokens());
                    int inside = text.substring(m.start(), last.end()).strip().split("\\s+").length;
                    tokens.addAll(m.tokens().subList(Math.min(inside, m.tokens().size()), m.tokens().size()));
                    out.set(out.size() - 1, new RawMention(last.field(), last.start(), m.end(), text.substring(last.start(), m.end()),
                            List.copyOf(tokens), m.type(), Math.max(last.confidence(), m.confidence()), last.titled()));
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * "Azerbaijan Wants EU Cash to Double Gas Flows as Europe Shuns Russia": in a headline whose every word is
     * capitalised, capitals tell no names, and the recogniser's spans there ("Double Gas Flows", "Europe Shuns Russia")
     * count only where the body writes the same name or the gazetteers know it.
     */
    private List<RawMention> titleCaseHeadline(List<RawMention> mentions, String headline, String body) {
        if (!isTitleCase(headline)) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            if (!Mention.HEADLINE.equals(m.field()) || body.contains(m.text()) || !gazetteer.lookup(m.text()).isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Three or more words of four letters or more after the first, and at least four in five of them capitalised. */
    static boolean isTitleCase(String headline) {
        String[] words = headline.strip().split("\\s+");
        int long4 = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                long4++;
                capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return long4 >= 3 && capitalised * 5 >= long4 * 4;
    }


    /**
     * A place's own bodies: "Aberdeenshire Council", "Suffolk Police", "Ipswich Hospital". Not a university: "Oxford"
     * alone may be the university.
     */
    private static final Set<String> CIVIC_HEADS = Set.of("council", "police", "constabulary", "hospital");

    /**
     * "Aberdeenshire Council opened hubs … homes across Aberdeenshire": where the article names a place's council,
     * police or hospital, the place's name alone is the place, though the recogniser, having seen the word open an
     * organisation's name, typed it one. Only a name the gazetteers know as a place, or do not know at all (no
     * company or club of that name).
     */
    private List<RawMention> placesNamingBodies(List<RawMention> mentions) {
        Set<String> owners = new HashSet<>();
        for (RawMention m : mentions) {
            if ("ORGANIZATION".equals(m.type()) && m.tokens().size() == 2
                    && CIVIC_HEADS.contains(m.tokens().get(1).toLowerCase(Locale.ROOT))) {
                owners.add(m.tokens().get(0));
            }
        }
        if (owners.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            boolean place = "ORGANIZATION".equals(m.type()) && m.tokens().size() == 1 && owners.contains(m.text())
                    && (known.isPlace(m.text()) || known.isUnknown(m.text()));
            out.add(place ? withType(m, "LOCATION") : m);
        }
        return out;
    }

    /**
     * "Bola Tinubu of Nigeria's governing party ... Mr Tinubu": a name the recogniser typed an organisation, whose last
     * word the article uses alone as a person's name, is that person ("Bola Tinubu"); with " of " and a place after it,
     * the person and the place are two mentions. Not a name the gazetteers know as anything but a person, nor one ending
     * in a body's head noun ("Tinubu Foundation").
     */
    private List<RawMention> peopleTypedBodies(List<RawMention> mentions) {
        Set<String> surnames = new HashSet<>();
        Set<String> titledSurnames = new HashSet<>();
        for (RawMention m : mentions) {
            if ("PERSON".equals(m.type()) && m.tokens().size() == 1) {
                surnames.add(TextKeys.key(m.text()));
                if (m.titled()) {
                    titledSurnames.add(TextKeys.key(m.text()));
                }
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            List<String> tokens = m.tokens();
            int of = tokens.indexOf("of");
            int nameEnd = of >= 2 ? of : tokens.size();
            if (!"ORGANIZATION".equals(m.type()) || nameEnd < 2 || nameEnd > 4
                    || !surnames.contains(TextKeys.key(tokens.get(nameEnd - 1)))
                    || !tokens.subList(0, nameEnd).stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0))
                            && !BodyNouns.isHead(w) && !Titles.isTitle(w))) {
                out.add(m);
                continue;
            }
            // A person's name by evidence: the surname alone with a title ("Mr Tinubu"), or a known first name first
            // ("Kelly Rowland"); not "UK Pride" or "The Traitors" after a stray one-word "Pride".
            String first = tokens.get(0);
            boolean firstName = first.chars().anyMatch(Character::isLowerCase) && !first.equals("The")
                    && (titledSurnames.contains(TextKeys.key(tokens.get(nameEnd - 1))) || known.isFirstName(first));
            RawMention person = firstName ? part(m, 0, nameEnd, "PERSON", m.titled()) : null;
            if (person == null || known.knownAsOtherThanPerson(person.text())) {
                out.add(m);
                continue;
            }
            out.add(person);
            RawMention place = nameEnd < tokens.size() - 1 ? part(m, nameEnd + 1, tokens.size(), "LOCATION", false) : null;
            if (place != null && known.isPlace(place.text())) {
                out.add(place);
            }
        }
        return out;
    }

    /** "2015 Paris Agreement": a year before a name is no part of it. */
    /**
     * "Russia-Ukraine war", "US-China talks", "EU-China summit": a compound of two names, each a country's, a city's or
     * only an organisation's, is the two names (as the hyphenated compounds of CoNLL give their names' parts); not a
     * name the gazetteers know whole ("Guinea-Bissau", "Timor-Leste"). Empty when the mention is no such compound.
     */
    private List<RawMention> namesOfACompound(RawMention m) {
        if (m.tokens().size() != 1) {
            return List.of();
        }
        String word = m.text();
        List<Integer> dashes = new ArrayList<>();
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '\u2013') {
                dashes.add(i);
            }
        }
        // Two parts, or three ("China-Kyrgyzstan-Uzbekistan"), each a place, a people or a body's acronym.
        if (dashes.isEmpty() || dashes.size() > 2 || !gazetteer.lookup(word).isEmpty()) {
            return List.of();
        }
        List<RawMention> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= dashes.size(); k++) {
            int to = k < dashes.size() ? dashes.get(k) : word.length();
            String part = word.substring(from, to);
            String type = compoundPartType(part);
            if (type == null) {
                return List.of();
            }
            parts.add(new RawMention(m.field(), m.start() + from, m.start() + to, part, List.of(part), type, m.confidence(), false));
            from = to + 1;
        }
        return parts;
    }

    /**
     * "the pair of Anies Baswedan and Muhaimin Iskandar": a name of two or three capitalised words the recogniser typed an
     * organisation's, joined by "and" to a person's full name, is a person's too, when no word of it is a body's head
     * or a title and the gazetteers know it as nothing but a person.
     */
    private List<RawMention> peoplePairedWithPeople(List<RawMention> mentions, String headline, String body) {
        List<RawMention> sorted = NeighbourJoins.inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RawMention m = sorted.get(i);
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            boolean paired = i + 1 < sorted.size() && fullPersonAfterAnd(m, sorted.get(i + 1), text)
                    || i > 0 && fullPersonAfterAnd(sorted.get(i - 1), m, text) && "PERSON".equals(sorted.get(i - 1).type());
            if (paired && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2 && m.tokens().size() <= 3
                    && m.tokens().stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase)
                            && !BodyNouns.isHead(w) && !Titles.isTitle(w) && !lowerCaseWord.test(w))
                    && HeadNouns.typeOf(m.tokens()) == null && !known.knownAsOtherThanPerson(m.text())) {
                out.add(withType(m, "PERSON"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether b follows a after " and " in one field, one of them a person's name of two words or more. */
    private static boolean fullPersonAfterAnd(RawMention a, RawMention b, String text) {
        return text != null && a.field().equals(b.field()) && b.start() - a.end() == 5 && text.startsWith(" and ", a.end())
                && ("PERSON".equals(b.type()) && b.tokens().size() >= 2 || "PERSON".equals(a.type()) && a.tokens().size() >= 2);
    }

    /**
     * "Bharat Petroleum and Hindustan Petroleum" as one span: two bodies' names of two words or more that end in the same
     * word, joined by "and", are two bodies; empty when the mention is no such pair.
     */
    private static List<RawMention> twoBodiesOfOneKind(RawMention m) {
        List<String> tokens = m.tokens();
        int and = tokens.indexOf("and");
        if (!"ORGANIZATION".equals(m.type()) || and < 2 || tokens.size() - and - 1 < 2 || tokens.lastIndexOf("and") != and
                || !tokens.get(and - 1).equals(tokens.get(tokens.size() - 1)) || !Character.isUpperCase(tokens.get(and + 1).codePointAt(0))) {
            return List.of();
        }
        RawMention left = part(m, 0, and, "ORGANIZATION", m.titled());
        RawMention right = part(m, and + 1, tokens.size(), "ORGANIZATION", false);
        return left == null || right == null ? List.of() : List.of(left, right);
    }


    /** The links of a list's items: "Tal Rifaat, Manbij and Kobani". */
    private static final List<String> LIST_LINKS = List.of(", ", " and ", ", and ", " or ");

    /**
     * "against Tal Rifaat, Manbij and Kobani": a name the recogniser typed a person's, listed between places, before two
     * of them or last after two, is a place, when no title stands before it and its first word is no first name the
     * lists know; so is a name typed an organisation that the gazetteers know as no organisation ("Aboyne, Ballater
     * and Braemar").
     */
    private List<RawMention> placesListed(List<RawMention> mentions, String headline, String body) {
        List<RawMention> sorted = NeighbourJoins.inTextOrder(mentions);
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RawMention m = sorted.get(i);
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            // An organisation only where the gazetteers know the name as a place, or know it not at all and no other
            // item of the list is an organisation ("Twitter, YouTube, Telegram, VKontakte and Odnoklassniki").
            boolean person = "PERSON".equals(m.type());
            // The gazetteers are asked last: most mentions are no item of a list of places.
            if (!person && !("ORGANIZATION".equals(m.type()) && m.tokens().size() == 1) || m.titled() || text == null
                    || m.tokens().size() > 3 || !nextToAList(sorted, i, text)) {
                out.add(m);
                continue;
            }
            boolean organisation = !person && placeTypedABody(m) && (known.isPlace(m.text()) || !listHoldsOrganisation(sorted, out, i, text));
            if (!person && !organisation || known.isFirstName(m.tokens().get(0))) {
                out.add(m);
                continue;
            }
            // The items before as now typed: "Aboyne, Ballater and Braemar" once "Ballater" is a place.
            RawMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean before = previous != null && listedPlace(previous, m, text);
            boolean after = i + 1 < sorted.size() && (listedPlace(m, sorted.get(i + 1), text)
                    || organisation && placeTypedABody(sorted.get(i + 1)) && linked(m, sorted.get(i + 1), text));
            boolean twoAfter = after && i + 2 < sorted.size() && listedPlace(sorted.get(i + 1), sorted.get(i + 2), text)
                    && "LOCATION".equals(sorted.get(i + 2).type());
            boolean lastOfThree = before && "LOCATION".equals(previous.type()) && out.size() >= 2
                    && "LOCATION".equals(out.get(out.size() - 2).type()) && listedPlace(out.get(out.size() - 2), previous, text)
                    && NeighbourJoins.linkBetween(text, previous.end(), m.start(), List.of(" and ", ", and ")) != null;
            out.add(before && after || twoAfter || lastOfThree ? withType(m, "LOCATION") : m);
        }
        return out;
    }

    /** Whether the i-th mention is linked as a list's item to the mention before or after it. */
    private static boolean nextToAList(List<RawMention> sorted, int i, String text) {
        return i > 0 && linked(sorted.get(i - 1), sorted.get(i), text) || i + 1 < sorted.size() && linked(sorted.get(i), sorted.get(i + 1), text);
    }

    /** One word typed an organisation that the gazetteers know as a place or not at all ("Braemar" after "Ballater and"). */
    private boolean placeTypedABody(RawMention m) {
        // One word: "Seoul National University, Yonsei University", "NHS Shropshire" are bodies' names.
        return "ORGANIZATION".equals(m.type()) && m.tokens().size() == 1 && (known.isPlace(m.text()) || known.isUnknown(m.text()));
    }

    /**
     * Whether another item of the list the i-th mention is in is an organisation: one before it as now typed, one after
     * it typed so and known as no place.
     */
    private boolean listHoldsOrganisation(List<RawMention> sorted, List<RawMention> before, int i, String text) {
        for (int j = i - 1; j >= 0 && linked(sorted.get(j), sorted.get(j + 1), text); j--) {
            if ("ORGANIZATION".equals(before.get(j).type())) {
                return true;
            }
        }
        for (int j = i + 1; j < sorted.size() && linked(sorted.get(j - 1), sorted.get(j), text); j++) {
            if ("ORGANIZATION".equals(sorted.get(j).type()) && !placeTypedABody(sorted.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean linked(RawMention a, RawMention b, String text) {
        return a.field().equals(b.field()) && NeighbourJoins.linkBetween(text, a.end(), b.start(), LIST_LINKS) != null && !possessive(b, text);
    }

    /** Whether a and b are neighbouring items of a list in one field, the place among them a place. */
    private static boolean listedPlace(RawMention a, RawMention b, String text) {
        return a.field().equals(b.field()) && ("LOCATION".equals(a.type()) || "LOCATION".equals(b.type()))
                && NeighbourJoins.linkBetween(text, a.end(), b.start(), LIST_LINKS) != null && !possessive(b, text);
    }

    /** "ExxonMobil, KMG and Russia's Lukoil": a name before "'s" says whose the next item is; it is no item itself. */
    private static boolean possessive(RawMention m, String text) {
        return text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end());
    }

    /** The words that open Arabic places' names: "Al Khor", "Tal Rifaat", "Deir ez-Zor", "Ras Laffan". */
    private static final Set<String> ARABIC_PLACE_WORDS = Set.of("Al", "El", "Tal", "Tell", "Ras", "Deir", "Kafr", "Khan", "Bab",
            "Jabal", "Jebel", "Wadi", "Ain", "Bir", "Umm", "Sidi", "Beit", "Marsa", "Sharm");
    /** A locative right before a name: "in Al Khor", "near Tal Rifaat", "the town of Tal Abyad". */
    private static final java.util.regex.Pattern LOCATIVE_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\b(?:in|near|around|outside)|(?:town|city|village|port|district|province|area|region)s? of) $");

    /**
     * "in Al Khor", "the town of Tal Rifaat": a name the recogniser typed a person's, opened by a word of Arabic
     * places' names and right after a locative, is the place; not a possessive ("in Al Gore's book").
     */
    private static RawMention arabicPlace(RawMention m, String text) {
        if (!"PERSON".equals(m.type()) || m.tokens().size() < 2 || m.tokens().size() > 3 || !ARABIC_PLACE_WORDS.contains(m.tokens().get(0))
                || m.start() < 3 || m.end() > text.length() || text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end())) {
            return m;
        }
        return LOCATIVE_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find() ? withType(m, "LOCATION") : m;
    }

    /** A word after a name: "Gazprom PJSC", "Luka Inc"; `BodyNouns` says whether it is a legal form. */
    private static final java.util.regex.Pattern WORD_AFTER = java.util.regex.Pattern.compile(" ([\\p{L}]{2,4})(?![\\p{L}\\p{N}-])");

    /**
     * A company's legal form is part of its name, as every writer gives it ("Gazprom PJSC"): an organisation's mention
     * right before one takes it in, and the form's own mention, if the recogniser made one, goes ("PJSC" alone).
     */
    private static List<RawMention> withCompanyForm(List<RawMention> mentions, String headline, String body) {
        Map<RawMention, RawMention> joined = new HashMap<>();
        Set<RawMention> forms = new HashSet<>();
        for (RawMention m : mentions) {
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            if (text == null || !"ORGANIZATION".equals(m.type()) || m.end() >= text.length()) {
                continue;
            }
            java.util.regex.Matcher f = WORD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6));
            if (!f.lookingAt() || !BodyNouns.isCompanyForm(f.group(1))) {
                continue;
            }
            int end = f.end();
            for (RawMention o : mentions) {
                if (o != m && o.field().equals(m.field()) && o.start() >= m.end() && o.end() <= end) {
                    forms.add(o);
                }
            }
            List<String> tokens = new ArrayList<>(m.tokens());
            tokens.add(f.group(1));
            joined.put(m, new RawMention(m.field(), m.start(), end, text.substring(m.start(), end), List.copyOf(tokens), m.type(),
                    m.confidence(), m.titled()));
        }
        if (joined.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            if (joined.containsKey(m)) {
                out.add(joined.get(m));
            } else if (!forms.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** An acronym, then an office's capitalised titles, right before a person's name: "PML-N Vice President ". */
    private static final java.util.regex.Pattern ACRONYM_OFFICE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.-]|\\p{L} )(\\p{Lu}{2,6}(?:-\\p{Lu}{1,2})?)((?: \\p{Lu}[\\p{Ll}-]+){1,3}) $");
    /** Acronyms that are titles or a ship's prefix themselves: "former PM Boris Johnson", "HMS Queen Elizabeth". */
    private static final Set<String> TITLE_ACRONYMS = Set.of("PM", "MP", "MPS", "MEP", "MSP", "MLA", "MS", "MR", "DR", "HMS", "USS",
            "CEO", "CFO", "RN", "HE", "HH", "HRH", "QC", "KC", "OBE", "MBE", "CBE");

    /**
     * "PML-N Vice President Maryam Nawaz", "ECB President Christine Lagarde": the acronym the recogniser left out before
     * an office-holder's titles is the body (a country's, "UK", the place), when no mention has it already.
     */
    private List<RawMention> acronymsBeforeOffices(List<RawMention> mentions, String headline, String body) {
        List<RawMention> out = new ArrayList<>(mentions);
        for (RawMention m : mentions) {
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            if (!"PERSON".equals(m.type()) || text == null || m.start() < 4) {
                continue;
            }
            java.util.regex.Matcher a = ACRONYM_OFFICE.matcher(text).region(Math.max(0, m.start() - 50), m.start());
            if (!a.find() || TITLE_ACRONYMS.contains(a.group(1))
                    || !java.util.Arrays.stream(a.group(2).strip().split(" ")).allMatch(Titles::isTitle)) {
                continue;
            }
            int start = a.start(1);
            int end = a.end(1);
            boolean covered = mentions.stream().anyMatch(o -> o.field().equals(m.field()) && o.start() < end && o.end() > start);
            if (!covered) {
                String acronym = a.group(1);
                String type = known.isCountry(acronym) || known.onlyAPlace(acronym) ? "LOCATION" : "ORGANIZATION";
                out.add(new RawMention(m.field(), start, end, acronym, List.of(acronym), type, m.confidence() / 2, false));
            }
        }
        return out;
    }

    /** Particles of Arabic names that a dash joins to the name itself ("Al-Sabah"), never a name of their own. */
    private static final Set<String> DASHED_PARTICLES = Set.of("Al", "El", "Abu", "Bin", "Ibn", "Ben", "Bint", "Abd", "Abdel", "Ould");

    private static final String[] NO_PARTS = new String[0];

    /**
     * "an ANC-MK-EFF pact", "Prabowo-Gibran winners", "the Giro-Tour double": a compound of names the article writes on
     * their own elsewhere (a whole mention, or a person's first or last name) is those names, each as written there; not
     * a name the gazetteers know whole ("Guinea-Bissau").
     */
    private List<RawMention> compoundsOfNamesWritten(List<RawMention> mentions) {
        Map<String, String> written = new HashMap<>();
        for (RawMention m : mentions) {
            if (m.tokens().size() == 1 && m.text().indexOf('-') < 0) {
                written.putIfAbsent(m.text(), m.type());
            }
        }
        for (RawMention m : mentions) {
            if ("PERSON".equals(m.type()) && m.tokens().size() >= 2) {
                written.putIfAbsent(m.tokens().get(0), "PERSON");
                written.putIfAbsent(m.tokens().get(m.tokens().size() - 1), "PERSON");
            }
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            String[] parts = m.tokens().size() == 1 && m.text().indexOf('-') > 0 ? m.text().split("-", -1) : NO_PARTS;
            boolean split = parts.length >= 2 && parts.length <= 4 && gazetteer.lookup(m.text()).isEmpty();
            for (int i = 0; split && i < parts.length; i++) {
                split = parts[i].length() >= 2 && Character.isUpperCase(parts[i].charAt(0)) && written.containsKey(parts[i])
                        && !DASHED_PARTICLES.contains(parts[i]);
            }
            if (!split) {
                out.add(m);
                continue;
            }
            int at = m.start();
            for (String part : parts) {
                out.add(new RawMention(m.field(), at, at + part.length(), part, List.of(part), written.get(part), m.confidence(), false));
                at += part.length() + 1;
            }
        }
        return out;
    }

    private String compoundPartType(String part) {
        if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
            return null;
        }
        if (known.isCountry(part) || known.onlyAPlace(part)) {
            return "LOCATION";
        }
        if (known.isDemonym(part) || io.newsroom.nlp.linking.Peoples.isContinental(part)) {
            return "MISC"; // "Uzbek-Russian talks", "the Kyrgyz-Tajik border": two peoples
        }
        // An organisation only by its acronym ("EU-China"): companies joined by a dash are often one venture ("Repsol-Sinopec").
        return part.length() >= 2 && part.chars().allMatch(Character::isUpperCase) && known.onlyAnOrganisation(part)
                ? "ORGANIZATION" : null;
    }

    /**
     * "A Cold War-era treaty" opening a sentence: the indefinite article is no part of a name the gazetteers do not know
     * ("A Coruña" they know), nor is a lower-case "pro-", "anti-", "ex-" modifier.
     */
    private static final java.util.regex.Pattern LEADING_MODIFIER = java.util.regex.Pattern.compile(
            "(?:pro|anti|ex|non|post|pre)-\\p{L}+");
    private static final java.util.regex.Pattern PREFIXED_NAME = java.util.regex.Pattern.compile(
            "(?:pro|anti|non|un|post|pre|neo|pan)-(\\p{Lu}\\p{L}+)");

    private RawMention withoutLeadingArticle(RawMention m) {
        String first = m.tokens().get(0);
        // "the pro-Serbian Democratic Front": a lower-case modifier is no part of the name either.
        boolean modifier = LEADING_MODIFIER.matcher(first).matches();
        java.util.regex.Matcher prefix = PREFIXED_NAME.matcher(first);
        if (prefix.matches() && m.tokens().size() == 1 && m.text().startsWith(first)) {
            // "pro-Palestinian", "un-American", "non-Arab": the people's word after a lower-case prefix is the name.
            int cut = prefix.start(1);
            List<String> tokens = new ArrayList<>(m.tokens());
            tokens.set(0, first.substring(cut));
            return new RawMention(m.field(), m.start() + cut, m.end(), m.text().substring(cut), List.copyOf(tokens), m.type(),
                    m.confidence(), m.titled());
        }
        if (m.tokens().size() < 2 || !(first.equals("A") || first.equals("An") || modifier) || !gazetteer.lookup(m.text()).isEmpty()) {
            return m;
        }
        RawMention rest = part(m, 1, m.tokens().size(), m.type(), m.titled());
        return rest == null ? m : rest;
    }

    /**
     * "French National Rally", "German Social Democratic Party": a people's word before a party of their country is the
     * people and the party, two names (the demonym MISC, as CoNLL types it). Not a name the gazetteers know whole ("Swiss
     * People's Party"), nor another country's body ("Swiss National Bank" is no "National Bank" of Canada).
     */
    private List<RawMention> demonymAndOrganisation(RawMention m) {
        if (m.tokens().size() < 3 || "PERSON".equals(m.type())) {
            return List.of();
        }
        RawMention rest = part(m, 1, m.tokens().size(), "ORGANIZATION", false);
        if (rest == null || !known.isPartyOfPeople(m.tokens().get(0), rest.text())) {
            return List.of();
        }
        RawMention people = part(m, 0, 1, "MISC", false);
        return people == null ? List.of() : List.of(people, rest);
    }

    /**
     * "2016 Rio Olympics", "80th Venice Film Festival": the year, or an event's edition, is not the name's ("5th Infantry
     * Division" keeps its number: it is the division's name).
     */
    private static RawMention withoutLeadingYear(RawMention m) {
        boolean edition = m.tokens().size() >= 3 && m.tokens().get(0).matches("\\d{1,3}(?:st|nd|rd|th)")
                && "MISC".equals(HeadNouns.typeOf(m.tokens().subList(1, m.tokens().size())));
        if (m.tokens().size() < 3 || !edition && !m.tokens().get(0).matches("(?:1[89]|20)\\d\\d")) { // "2016 Games" stays whole
            return m;
        }
        RawMention rest = part(m, 1, m.tokens().size(), m.type(), m.titled());
        return rest == null ? m : rest;
    }

    /** The participles that make a name a modifier: "Saudi-owned", "Nato-backed", "San Francisco-based". */
    private static final java.util.regex.Pattern MODIFIER_SUFFIX = java.util.regex.Pattern.compile(
            "-(?:owned|backed|based|led|born|brokered|linked|funded|run|made|controlled|allied|aligned|sponsored|listed|"
                    + "registered|headquartered|occupied|administered|annexed|held|bound|focused|centred|centered|style|era|wide|"
                    + "majority|dominated|speaking|inhabited|populated|inspired|themed|flagged|built|designed|supplied|produced|"
                    + "operated|trained|educated)$");

    private static final java.util.regex.Pattern PLACE_SUFFIX = java.util.regex.Pattern.compile(
            "-(?:based|born|centred|centered|headquartered|flagged)$"); // not "-occupied", "-held": the occupier

    /**
     * "San Francisco-based", "Microsoft-backed": the name without the participle, typed as the gazetteers know it (a
     * place, a people, an organisation), else as the recogniser typed it; null when no name is left ("-based" alone).
     */
    private RawMention withoutModifierSuffix(RawMention m) {
        List<String> tokens = m.tokens();
        String last = tokens.get(tokens.size() - 1);
        java.util.regex.Matcher suffix = MODIFIER_SUFFIX.matcher(last);
        if (!suffix.find()) {
            return m;
        }
        String stem = last.substring(0, suffix.start());
        if (stem.isEmpty() || !Character.isUpperCase(stem.codePointAt(0))) {
            return tokens.size() == 1 ? null : part(m, 0, tokens.size() - 1, m.type(), m.titled());
        }
        List<String> kept = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
        kept.add(stem);
        int end = m.end() - (last.length() - stem.length());
        String text = m.text().substring(0, m.text().length() - (last.length() - stem.length()));
        String type = m.type();
        List<GazetteerEntry> entries = gazetteer.lookup(text);
        if (entries.stream().anyMatch(e -> e.kind() == GazetteerKind.DEMONYM) || io.newsroom.nlp.linking.Peoples.isContinental(text)) {
            type = "MISC"; // "Saudi-owned", "Soviet-built": the people's word, as CoNLL types an adjective of nationality
        } else if (!entries.isEmpty()) {
            type = entries.get(0).kind().entityType();
        } else if (PLACE_SUFFIX.matcher(last).find()) {
            type = "LOCATION"; // "Telford-born", "Gedling-based": only a place is born in or based at
        } else if (last.endsWith("-educated") || last.endsWith("-trained")) {
            type = "ORGANIZATION"; // "Harvard-educated": a school trains
        }
        return new RawMention(m.field(), m.start(), end, text, List.copyOf(kept), type, m.confidence(), m.titled());
    }

    /**
     * "Sheikh Zayed Road", "King Fahd Causeway": a road, square or airport named after a titled person keeps the title,
     * which the recogniser leaves out of names.
     */
    private static RawMention withFacilitysTitle(RawMention m, String text) {
        if (m.start() < 3 || !"LOCATION".equals(HeadNouns.typeOf(m.tokens())) || text.charAt(m.start() - 1) != ' ') {
            return m;
        }
        int from = m.start() - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, m.start() - 1);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !Titles.isTitle(word)) {
            return m;
        }
        List<String> tokens = new ArrayList<>(m.tokens());
        tokens.add(0, word);
        return new RawMention(m.field(), from, m.end(), text.substring(from, m.end()), List.copyOf(tokens), "LOCATION",
                m.confidence(), false);
    }

    /** Lower-case nouns that say the name after them is a body's: "consultancy Wood Mackenzie", "the charity Oxfam". */
    private static final java.util.regex.Pattern BODY_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:consultancy|consultancies|firm|company|corporation|carrier|airline|lender|insurer|broker|retailer|"
                    + "carmaker|startup|start-up|conglomerate|charity|watchdog|regulator|think tank|thinktank|newspaper|"
                    + "agency)\\h+$"); // not "broadcaster" or "publisher", which people are too; same line only

    /** A PERSON mention right after a body's descriptor ("consultancy Wood Mackenzie") is that body. */
    private static RawMention afterDescriptor(RawMention m, String text) {
        if (m.start() > text.length()) {
            return m;
        }
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        // Not a body's name of two words or more: "the City of London Corporation".
        boolean mayBePlace = "PERSON".equals(m.type()) || "MISC".equals(m.type()) || m.tokens().size() == 1;
        if (!"LOCATION".equals(m.type()) && mayBePlace && PLACE_BEFORE.matcher(before).find()) {
            return withType(m, "LOCATION");
        }
        if (!"PERSON".equals(m.type()) || m.titled()) {
            return m;
        }
        return BODY_BEFORE.matcher(before).find() ? withType(m, "ORGANIZATION") : m;
    }

    /**
     * "the Netflix series Stranger Things", "the second season of Bridgerton", "the album Renaissance": the name after a
     * work's noun is the work's, MISC, whatever the recogniser made of it (a show as a place, a film as a person). Not a
     * person's name opening with a first name ("the film Tom Cruise made"), nor a name the gazetteers know as anything
     * ("the series Ukraine").
     */
    private static final java.util.regex.Pattern WORK_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:film|movie|series|sitcom|miniseries|documentary|album|novel|memoir|musical|opera|podcast|"
                    + "(?:season|seasons|episode|episodes) of)\\h+$");

    private RawMention afterWorkNoun(RawMention m, String text) {
        if ("MISC".equals(m.type()) || m.start() > text.length() || m.start() < 6) {
            return m;
        }
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        if (!WORK_BEFORE.matcher(before).find() || !known.isUnknown(m.text())
                || "PERSON".equals(m.type()) && known.isFirstName(m.tokens().get(0))) {
            return m;
        }
        return withType(m, "MISC");
    }

    /**
     * "the province of Al Haouz", "the island of Langkawi": the name after a place's noun and "of" is that place (a
     * person's or a one-word name the recogniser typed otherwise).
     */
    private static final java.util.regex.Pattern PLACE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:province|region|city|town|village|district|county|island|municipality|governorate|prefecture|oblast) of\\h+$");

    /**
     * Names that end in a number or a letter: "Formula 1", "Formula One", "Formula E", "S&P 500", "Nikkei 225", "Stoxx
     * 600", "ASX 200", which the recogniser cuts before it ("2021 Formula" as an organisation). The series or index
     * whole is MISC, as CoNLL types "Formula One".
     */
    private static final Set<String> NUMBERED_NAMES = Set.of("Formula", "S&P", "Nikkei", "Stoxx", "STOXX", "Nasdaq", "FTSE",
            "ASX", "Nifty", "Russell", "CAC", "DAX", "MDAX", "Topix", "TOPIX", "Euro Stoxx");
    private static final java.util.regex.Pattern NAME_NUMBER = java.util.regex.Pattern.compile("^\\h(?:\\d{1,4}|One|E)\\b(?![.,]\\d)");

    private static RawMention withNumberedName(RawMention m, String text) {
        List<String> tokens = m.tokens();
        int n = tokens.size();
        // The name alone, or after a year: not "George Russell" before a number.
        String name = String.join(" ", n >= 2 && YEAR.matcher(tokens.get(0)).matches() ? tokens.subList(1, n) : tokens);
        if (!NUMBERED_NAMES.contains(name) || m.end() >= text.length()) {
            return m;
        }
        java.util.regex.Matcher number = NAME_NUMBER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8)));
        if (!number.find()) {
            return m;
        }
        int start = m.start();
        List<String> kept = new ArrayList<>(tokens);
        if (n >= 2 && YEAR.matcher(tokens.get(0)).matches()) {
            start = text.indexOf(tokens.get(1), start); // "the 2021 Formula 1 world champion": the year is no part of it
            kept.remove(0);
        }
        int end = m.end() + number.end();
        kept.add(text.substring(m.end(), end).strip());
        return new RawMention(m.field(), start, end, text.substring(start, end), List.copyOf(kept), "MISC", m.confidence(), m.titled());
    }

    /** A format's or age group's code right before a competition: "T20 World Cup", "U21 Euros", "U-17 World Cup". */
    private static final java.util.regex.Pattern COMPETITION_CODE = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}-?\\d{2,3})\\h$");

    private static RawMention withCompetitionCode(RawMention m, String text) {
        if (!"MISC".equals(m.type()) || !NeighbourJoins.COMPETITIONS.contains(m.tokens().get(m.tokens().size() - 1)) || m.start() < 3) {
            return m;
        }
        java.util.regex.Matcher code = COMPETITION_CODE.matcher(text).region(Math.max(0, m.start() - 6), m.start());
        if (!code.find()) {
            return m;
        }
        List<String> tokens = new ArrayList<>();
        tokens.add(code.group(1));
        tokens.addAll(m.tokens());
        return new RawMention(m.field(), code.start(1), m.end(), text.substring(code.start(1), m.end()), List.copyOf(tokens), m.type(),
                m.confidence(), m.titled());
    }

    /**
     * "Redmond, Calif.", "Dover, Del.", "Ottawa, Ont.": a state's or province's abbreviation after a town and a comma is the
     * place, with its dot, whatever the recogniser made of it ("Del" as a person).
     */
    private static RawMention asStateAbbreviation(RawMention m, String text) {
        if (m.tokens().size() != 1 || m.start() < 3 || m.end() >= text.length() || text.charAt(m.end()) != '.'
                || !text.startsWith(", ", m.start() - 2) || !Character.isUpperCase(text.charAt(m.start()))
                || PlaceAbbreviations.fullName(m.text() + ".") == null) {
            return m;
        }
        String name = m.text() + ".";
        return new RawMention(m.field(), m.start(), m.end() + 1, name, List.of(name), "LOCATION", m.confidence(), m.titled());
    }

    /**
     * Armed and militant groups news names by one name: organisations, as editors mark them, though the recogniser's
     * 1996 wire text typed "Taleban" MISC and never saw most of them.
     */
    private static final Set<String> ARMED_GROUPS = Set.of("Taliban", "Islamic State", "ISIS", "ISIL", "Daesh", "Hamas",
            "Hezbollah", "Hizbollah", "Houthis", "al-Shabaab", "Al-Shabaab", "al-Qaeda", "Al-Qaeda", "al-Qaida", "Boko Haram");

    /** "a ", "an " right before a name: "a Somerset group" is some group there, not one named so. */
    private static final java.util.regex.Pattern INDEFINITE_BEFORE = java.util.regex.Pattern.compile("(?<![\\p{L}])(?:[Aa]n?) $");

    /** Arabic words for an army, a movement or a front, opening an armed group's name. */
    private static final Set<String> ARMED_WORDS = Set.of("Jaish", "Harakat", "Hayat", "Hay'at", "Jabhat", "Ansar", "Kataib", "Liwa");

    /** " group" in lower case after a name: "the Tata group", "the Wagner group". */
    private static final java.util.regex.Pattern GROUP_AFTER = java.util.regex.Pattern.compile("^ group(?![\\p{L}\\p{N}-])");

    /**
     * A group's name: an armed group's is an organisation's; one capitalised word before " group" names a business or
     * armed group with it ("Tata group", "Wagner group"), unless it is a place's, a people's or a known organisation's
     * ("an India group", "a Facebook group", "the Labour group"), or "a" or "an" stands before it.
     */
    private RawMention asGroup(RawMention m, String text) {
        if (ARMED_GROUPS.contains(m.text())) {
            return "ORGANIZATION".equals(m.type()) ? m : withType(m, "ORGANIZATION");
        }
        if (m.tokens().size() != 1 || "MISC".equals(m.type()) || m.end() >= text.length()
                || !GROUP_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 7)).lookingAt()
                || !m.text().matches("\\p{Lu}\\p{Ll}+") || known.isCountry(m.text()) || known.isPlace(m.text())
                || known.linksAsOrganisation(m.text()) || INDEFINITE_BEFORE.matcher(text).region(Math.max(0, m.start() - 4), m.start()).find()) {
            return m; // "a Facebook group", "the Labour group": a group on the platform, of the party
        }
        int end = m.end() + 6;
        return new RawMention(m.field(), m.start(), end, text.substring(m.start(), end), List.of(m.text(), "group"), "ORGANIZATION",
                m.confidence(), m.titled());
    }

    /**
     * "OPEC+": a plus right after a body's name makes another grouping (OPEC and its allies), with a name of its own; the
     * recogniser stops before it, and OPEC's name would link it to OPEC.
     */
    private RawMention withPlus(RawMention m, String text) {
        if (!"ORGANIZATION".equals(m.type()) || m.end() >= text.length() || text.charAt(m.end()) != '+'
                || !known.linksAsOrganisation(m.text()) // not a product ("Disney+") or a word ("LGBTQ+")
                || m.end() + 1 < text.length() && Character.isLetterOrDigit(text.charAt(m.end() + 1))) {
            return m;
        }
        List<String> tokens = new ArrayList<>(m.tokens());
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + "+");
        return new RawMention(m.field(), m.start(), m.end() + 1, text.substring(m.start(), m.end() + 1), List.copyOf(tokens),
                m.type(), m.confidence(), m.titled());
    }

    /** "Hurricane Fiona", "Storm Arwen", "Tropical Storm Nalgae": the recogniser often gives the name alone, a person. */
    private static final java.util.regex.Pattern WEATHER_BEFORE = java.util.regex.Pattern.compile(
            "(?:Tropical Storm|Super Typhoon|" + HeadNouns.weatherWordsCapitalised() + ")\\h$");

    private static RawMention withWeatherWord(RawMention m, String text) {
        if (m.start() < 6 || m.tokens().size() > 2 || !Character.isUpperCase(m.text().charAt(0)) || m.start() > text.length()) {
            return m;
        }
        java.util.regex.Matcher w = WEATHER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        if (!w.find()) {
            return m;
        }
        int start = m.start() - (w.end() - w.start());
        List<String> tokens = new ArrayList<>(List.of(text.substring(start, m.start()).strip().split(" ")));
        tokens.addAll(m.tokens());
        return new RawMention(m.field(), start, m.end(), text.substring(start, m.end()), List.copyOf(tokens), "MISC", m.confidence(), false);
    }

    /** A place word and its particle before a name, on the same line: "Col du " before "Galibier", "Plateau de ". */
    private static final java.util.regex.Pattern PLACE_WORD_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'\u2019-])(?:" + HeadNouns.placeWordsBeforeParticle() + ")\\h(" + HeadNouns.PLACE_PARTICLES + ")?$");

    /** A particle and a capitalised name of one or two words: " d'Èze", " du Galibier". */
    private static final java.util.regex.Pattern PLACE_NAME_AFTER = java.util.regex.Pattern.compile(
            "^\\h" + HeadNouns.PLACE_PARTICLES + "\\p{Lu}[\\p{L}'\u2019-]*(?:\\h\\p{Lu}[\\p{L}'\u2019-]*)?");

    /**
     * "Col du Galibier" given as "Col" and a person "du Galibier", "Piazza del Plebiscito" as "Piazza" and "Plebiscito":
     * the name after a place word and its particle is the place's, whole; overlapping the place word's own mention, the
     * two become one ({@link #overlapsJoined}). Without a particle nothing changes ("Val Kilmer").
     */
    private static RawMention afterPlaceWord(RawMention m, String text) {
        if (m.end() > text.length()) {
            return m;
        }
        if (m.tokens().size() == 1 && HeadNouns.opensPlaceBeforeParticle(m.text())) {
            // "Col" given alone before "d'Èze", which the recogniser leaves out (a word in lower case).
            java.util.regex.Matcher a = PLACE_NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
            if (a.find()) {
                int end = m.end() + a.end();
                List<String> tokens = new ArrayList<>(m.tokens());
                tokens.addAll(List.of(text.substring(m.end(), end).strip().split("\\h+")));
                return new RawMention(m.field(), m.start(), end, text.substring(m.start(), end), List.copyOf(tokens),
                        "LOCATION", m.confidence(), false);
            }
        }
        if (m.start() < 4) {
            return m;
        }
        java.util.regex.Matcher w = PLACE_WORD_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start());
        if (!w.find() || w.group(1) == null && !HeadNouns.isPlaceParticle(m.tokens().get(0))) {
            return m;
        }
        int start = w.start();
        List<String> tokens = new ArrayList<>(List.of(text.substring(start, m.start()).strip().split("\\h+")));
        tokens.addAll(m.tokens());
        return new RawMention(m.field(), start, m.end(), text.substring(start, m.end()), List.copyOf(tokens), "LOCATION",
                m.confidence(), false);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    /** An Arabic name's particle and the name after it: "Abdel Fattah" + " al-Burhan", "Mohammed" + " bin Salman". */
    private static final java.util.regex.Pattern PARTICLE_AFTER = java.util.regex.Pattern.compile(
            "^\\s(?:al-|el-|(?:bin|ibn|bint) )(\\p{Lu}[\\p{L}'\u2019-]+)");

    private static RawMention withNameParticle(RawMention m, String text) {
        if (!"PERSON".equals(m.type()) || m.end() >= text.length()) {
            return m;
        }
        java.util.regex.Matcher p = PARTICLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        if (!p.find()) {
            return m;
        }
        int end = m.end() + p.end();
        List<String> tokens = new ArrayList<>(m.tokens());
        tokens.add(text.substring(m.end(), end).strip());
        return new RawMention(m.field(), m.start(), end, text.substring(m.start(), end), List.copyOf(tokens), m.type(),
                m.confidence(), m.titled());
    }

    /** "Mr. Bankman-Fried" typed MISC, "Judge Lewis Kaplan" typed ORGANIZATION: the person, titled. */
    private static RawMention afterHonorific(RawMention m, String text) {
        if (!"PERSON".equals(m.type()) && m.titled() && text != null && m.start() >= 3 && m.start() <= text.length()
                && HONORIFIC_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
            return withType(m, "PERSON"); // "Ms Bayer Rosmarin": the recogniser took "Bayer" for the company
        }
        String first = m.tokens().get(0);
        // Written as an honorific is ("Dr", "Ms"), not in capitals: "DR Congo", the ship "MS Victoria".
        if ("PERSON".equals(m.type()) || m.tokens().size() < 2 || !HONORIFICS.contains(first.toLowerCase(Locale.ROOT))
                || !first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))
                || !Character.isUpperCase(m.tokens().get(1).codePointAt(0))) {
            return m;
        }
        RawMention person = part(m, 1, m.tokens().size(), "PERSON", true);
        return person == null ? m : person;
    }

    /**
     * "Central Asian": a one-word MISC mention (a demonym) right after a capitalised region word takes it in; the
     * recogniser often leaves the region word out.
     */
    private static RawMention withRegionWord(RawMention m, String text) {
        if (m.tokens().size() != 1 || m.start() < 2 || text.charAt(m.start() - 1) != ' ') {
            return m;
        }
        int from = m.start() - 1;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
            from--;
        }
        String word = text.substring(from, m.start() - 1);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !MentionHygiene.REGION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return m;
        }
        return new RawMention(m.field(), from, m.end(), text.substring(from, m.end()), List.of(word, m.tokens().get(0)), m.type(),
                m.confidence(), m.titled());
    }

    /**
     * Legislatures named by one word: "Parliament", "Congress", "the Knesset", "the Sejm" are bodies, whatever the
     * recogniser made of a word it seldom saw ("Parliament" as a place, "Sejm" as MISC).
     */
    /**
     * Seats of power that news names for the power seated there ("the Kremlin said", "Akorda announced"): the presidency
     * or government, an organisation as CoNLL types it, not the building. With a head noun they are the building again
     * ("Kremlin Palace", "Akorda Presidential Palace").
     */
    private static final Set<String> SEATS_OF_POWER = Set.of("Kremlin", "White House", "Akorda", "Ak Orda", "\u00c9lys\u00e9e",
            "Elysee", "Zhongnanhai", "Pentagon", "Quirinale", "Aso Rock");

    /** Languages whose names are no people's word (those that are, "Russian", are MISC already). */
    private static final Set<String> LANGUAGES = Set.of("Mandarin", "Cantonese", "Swahili", "Hindi", "Urdu", "Tagalog", "Pashto",
            "Dari", "Farsi", "Hebrew", "Yiddish", "Esperanto", "Latin", "Sanskrit", "Hokkien", "Amharic", "Tigrinya", "Hausa",
            "Yoruba", "Igbo", "Zulu", "Xhosa", "Bengali", "Punjabi", "Gujarati", "Marathi", "Malayalam", "Kannada", "Telugu");

    static final Set<String> LEGISLATURES = Set.of("parliament", "congress", "senate", "knesset", "duma", "sejm",
            "bundestag", "bundesrat", "rada", "majlis", "riksdag", "storting", "folketing", "eduskunta", "seimas", "saeima",
            "riigikogu", "sabor", "skupstina", "oireachtas", "dail", "d\u00e1il", "seanad", "althing", "cortes", "stortinget",
            "diet", "mazhilis", "majilis", "mejlis", "khural", "oliy majlis", "jogorku kenesh", "majlisi oli", "milli majlis",
            "milli mejlis", "milli gengesh", "halk maslahaty", "state great khural", "great khural", "verkhovna rada",
            "state duma", "federation council", "lok sabha", "rajya sabha", "jatiya sangsad", "dewan rakyat", "dewan negara",
            "national assembly");

    /** A region of the world is a place; a name ending in a body's head noun is an organisation; an unsure city is a place. */
    private static final java.util.regex.Pattern GROUP_OF_COUNTRIES = java.util.regex.Pattern.compile("G\\d{1,2}\\+?");
    /** "Group of Seven", "Group of 20": the same groups by their full names. */
    private static final Set<String> GROUP_SIZES = Set.of("Seven", "Eight", "Twenty", "7", "8", "20", "77");

    /** Countries named by their sea: "Baltic states", "Caspian nations". */
    private static final java.util.regex.Pattern STATES_AFTER = java.util.regex.Pattern.compile(" (?:states|countries|nations|republics|region)\\b");

    private RawMention retyped(RawMention m, String body) {
        List<String> tokens = m.tokens();
        if (tokens.size() == 1 && Mention.BODY_TEXT.equals(m.field()) && m.start() >= 6 && body.startsWith("State ", m.start() - 6)
                && LEGISLATURES.contains(m.text().toLowerCase(Locale.ROOT))) {
            // "the State Duma": "State" is a title word elsewhere ("Secretary of State"), here the chamber's name.
            return new RawMention(m.field(), m.start() - 6, m.end(), "State " + m.text(), List.of("State", m.text()),
                    "ORGANIZATION", m.confidence(), false);
        }
        if (!"ORGANIZATION".equals(m.type()) && tokens.size() <= 3 && LEGISLATURES.contains(m.text().toLowerCase(Locale.ROOT))) {
            return withType(m, "ORGANIZATION"); // "Mazhilis", "Oliy Majlis", "Jogorku Kenesh": a parliament by its own name
        }
        if (!"ORGANIZATION".equals(m.type()) && SEATS_OF_POWER.contains(m.text())) {
            return withType(m, "ORGANIZATION");
        }
        if (!"MISC".equals(m.type()) && HOLIDAYS.contains(m.text())) {
            return withType(m, "MISC"); // "Christmas", "Eid al-Fitr": a feast is an event (the recogniser made "Christmas" a person)
        }
        // "Operation Claw-Sword", "Operation Peace Spring": a military operation is an event, MISC as CoNLL types wars.
        if (tokens.size() >= 2 && tokens.get(0).equals("Operation") && Character.isUpperCase(tokens.get(1).codePointAt(0))
                && !"MISC".equals(m.type())) {
            return withType(m, "MISC");
        }
        // "in Mandarin": a language the gazetteers hold no people's word for is MISC, as CoNLL types languages.
        if (tokens.size() == 1 && LANGUAGES.contains(tokens.get(0)) && !"MISC".equals(m.type())) {
            return withType(m, "MISC");
        }
        if ((tokens.size() == 1 && GROUP_OF_COUNTRIES.matcher(tokens.get(0)).matches() || tokens.size() == 3 && tokens.get(0).equals("Group")
                && tokens.get(1).equals("of") && GROUP_SIZES.contains(tokens.get(2))) && !"ORGANIZATION".equals(m.type())) {
            return withType(m, "ORGANIZATION"); // "G7", "G20": a group of countries, as CoNLL types the G7
        }
        if (tokens.size() >= 3 && tokens.get(0).equals("Republic") && tokens.get(1).equals("of") && !"LOCATION".equals(m.type())
                && !BodyNouns.isHead(tokens.get(tokens.size() - 1)) && !BodyNouns.makesBody(tokens.get(tokens.size() - 1))) {
            return withType(m, "LOCATION"); // "Republic of Karakalpakstan", "Republic of the Congo": a state, a place
        }
        if (tokens.size() == 1 && tokens.get(0).equals("Gulf") && !"LOCATION".equals(m.type())) {
            return withType(m, "LOCATION"); // "the Gulf", "Gulf states": the region
        }
        if (tokens.size() == 1 && tokens.get(0).startsWith("COP") && CLIMATE_SUMMIT.matcher(tokens.get(0)).matches() && !"MISC".equals(m.type())) {
            return withType(m, "MISC"); // "COP29": a climate conference, an event
        }
        if (tokens.size() == 1 && !"ORGANIZATION".equals(m.type()) && !m.titled() && tokens.get(0).length() >= 5
                && STATE_COMPANY_END.contains(Character.toLowerCase(tokens.get(0).charAt(tokens.get(0).length() - 1)))
                && STATE_COMPANY.matcher(tokens.get(0)).matches()
                && !known.isPlace(m.text()) && !known.isFirstName(m.text())) {
            // "Kazatomprom", "Uzbekneftegaz", "Rosatom", "Kyrgyzaltyn", "MonAtom": a post-Soviet state company's name,
            // built of syllables ("-prom" industry, "-gaz" gas, "-neft" oil, "-atom", "-altyn" gold, "-energo").
            return withType(m, "ORGANIZATION");
        }
        if ("MISC".equals(m.type()) && tokens.size() >= 2 && known.isContinentOrPart(tokens)) {
            return withType(m, "LOCATION"); // "sub-Saharan Africa", "Central Asia": a part of a continent is a place
        }
        if (tokens.size() == 1 && "MISC".equals(m.type()) && tokens.get(0).length() > 5 && tokens.get(0).endsWith("stan")) {
            return withType(m, "LOCATION"); // "Turkestan", "Kurdistan": "-stan" ends a land's name, never a people's word
        }
        if (tokens.size() == 1 && tokens.get(0).equals("Constitution") && !"MISC".equals(m.type())) {
            return withType(m, "MISC"); // a country's constitution is a document, as CoNLL types laws
        }
        if (!"LOCATION".equals(m.type()) && !"MISC".equals(m.type()) && isRegion(tokens)) { // "Caribbean nations": MISC
            return withType(m, "LOCATION");
        }
        if ("MISC".equals(m.type()) && isRegion(tokens) && (!ADJECTIVE_REGIONS.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))
                || WordsBeside.theRegionAlone(m, body))) {
            return withType(m, "LOCATION"); // "the Western Balkans", "the Horn of Africa", "in the Caribbean last year"
        }
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        if (HeadNouns.isPlaceCentre(tokens)) {
            return "LOCATION".equals(m.type()) ? m : withType(m, "LOCATION");
        }
        if (tokens.size() >= 2 && BodyNouns.makesBody(last)) {
            return "ORGANIZATION".equals(m.type()) ? m : withType(m, "ORGANIZATION");
        }
        String kind = HeadNouns.typeOf(tokens);
        // A person's name may end like a place's ("Julien Temple", "Picabo Street"): those words keep it a person's.
        if (kind != null && !kind.equals(m.type()) && !("PERSON".equals(m.type()) && HeadNouns.SURNAMES_TOO.contains(last))) {
            return withType(m, kind);
        }
        if ("LOCATION".equals(m.type()) && bodyBeforePlace(tokens)) {
            return withType(m, "ORGANIZATION"); // "Imperial College London", "University College Dublin"
        }
        if ("PERSON".equals(m.type()) && !m.titled() && !known.isFirstName(tokens.get(0)) && known.onlyAnInstitution(m.text())) {
            return withType(m, "ORGANIZATION"); // "Nur Otan", "Palang Pracharath", "EH Bildu": a party, not a person
        }
        if ("MISC".equals(m.type()) && known.onlyAnOrganisation(m.text())) {
            return withType(m, "ORGANIZATION"); // "Ecowas", as BBC writes ECOWAS
        }
        if (("PERSON".equals(m.type()) || "LOCATION".equals(m.type())) && tokens.size() >= 3 && known.onlyAnOrganisation(m.text())) {
            return withType(m, "ORGANIZATION"); // "Sri Lanka Podujana Peramuna", a party the gazetteers know, as a place
        }
        if (!"ORGANIZATION".equals(m.type()) && !"MISC".equals(m.type()) && tokens.size() >= 2
                && (tokens.stream().anyMatch(t -> t.contains("-e-")) || ARMED_WORDS.contains(tokens.get(0)))) {
            // "Jamiat Ulema-e-Islam", "Tehreek-e-Insaf", "Tehrik-e-Taliban Pakistan": Urdu bodies' names, no one's or place's;
            // "Jaish al-Adl", "Harakat al-Nujaba": an Arabic army's or movement's name.
            return withType(m, "ORGANIZATION");
        }
        if ("PERSON".equals(m.type()) && !m.titled() && tokens.size() >= 2 && (known.onlyAPlace(m.text()) || known.onlyACity(m.text()))) {
            // "Al Ain": a city the gazetteers know, and no first name; not one word, which may be the surname of a
            // person the article names ("Churchill", "Broome").
            return withType(m, "LOCATION");
        }
        if ("MISC".equals(m.type()) && known.onlyAPlace(m.text())) {
            return withType(m, "LOCATION"); // "Nur-Sultan"; a city's or country's name is a place even as a modifier (CoNLL)
        }
        if ("MISC".equals(m.type()) && tokens.size() == 1 && known.isWater(m.text()) && !known.isDemonym(m.text())
                && (body == null || !Mention.BODY_TEXT.equals(m.field())
                || !STATES_AFTER.matcher(body).region(Math.min(m.end(), body.length()), Math.min(body.length(), m.end() + 12)).lookingAt())) {
            return withType(m, "LOCATION"); // "the Caspian", "the Mediterranean": the sea (not "Baltic states")
        }
        if ("MISC".equals(m.type()) && tokens.size() >= 2 && (last.equals("news") || last.equals("press"))) {
            return withType(m, "ORGANIZATION"); // "Geo News", "Canadian Press": an outlet, not a people's word
        }
        if ("ORGANIZATION".equals(m.type()) && tokens.size() == 1 && m.confidence() < UNSURE && known.onlyACity(m.text())
                && !SPORT.matcher(body).find() && !LEGISLATURES.contains(m.text().toLowerCase(Locale.ROOT))) {
            return withType(m, "LOCATION");
        }
        return m;
    }

    /** A body's head noun, then only a place's name: "Imperial College London" (not "Centre Court"). */
    private boolean bodyBeforePlace(List<String> tokens) {
        for (int i = tokens.size() - 2; i >= 1; i--) {
            if (BodyNouns.makesBody(tokens.get(i))) {
                return known.isPlace(String.join(" ", tokens.subList(i + 1, tokens.size())));
            }
        }
        return false;
    }

    /** Feasts and holidays, events as editors mark them. */
    private static final Set<String> HOLIDAYS = Set.of("Christmas", "Christmas Eve", "Christmas Day", "Boxing Day", "Easter",
            "Easter Sunday", "Good Friday", "Ramadan", "Eid", "Eid al-Fitr", "Eid al-Adha", "Diwali", "Hanukkah", "Passover",
            "Yom Kippur", "Rosh Hashanah", "Thanksgiving", "Halloween", "Lent", "Nowruz", "Navruz", "Nauryz", "Holi",
            "Vesak", "Lunar New Year", "Hogmanay");

    /** A monarch's title before a name and a regnal number: "Queen Elizabeth II", "King Charles III", "Pope Benedict XVI". */
    private static final Set<String> MONARCHS = Set.of("King", "Queen", "Emperor", "Empress", "Pope", "Tsar", "Sultan");
    private static final java.util.regex.Pattern REGNAL_NUMBER = java.util.regex.Pattern.compile("I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}");

    /**
     * "Queen Elizabeth II's funeral": a monarch named with a regnal number is the person, whatever the recogniser made of
     * a name that ships, hospitals and universities share ("Queen Elizabeth Hospital" has no number and stays a body).
     */
    private static RawMention monarch(RawMention m) {
        List<String> t = m.tokens();
        if ("PERSON".equals(m.type()) || t.size() < 3 || t.size() > 4 || !MONARCHS.contains(t.get(0))
                || !REGNAL_NUMBER.matcher(t.get(t.size() - 1)).matches()) {
            return null;
        }
        return part(m, 1, t.size(), "PERSON", true);
    }

    /** "Asia", "Central Asia", "South Caucasus", "the Middle East": region words, then a continent or world region. */
    static boolean isRegion(List<String> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && MentionHygiene.REGION_WORDS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
            i++;
        }
        String rest = String.join(" ", tokens.subList(i, tokens.size())).toLowerCase(Locale.ROOT);
        return CONTINENTS.contains(rest);
    }

    /** "CICA Chair" -> "CICA"; "EU Vice President" -> "EU"; "Truth Social's CEO" -> "Truth Social": the role, and any titles or possessive before it. */
    /**
     * "CPN (Unified Socialist": a name the recogniser ran into a bracket it did not close ends before the bracket.
     */
    private static RawMention beforeOpenBracket(RawMention m) {
        int open = m.tokens().indexOf("(");
        if (open < 0 || m.tokens().contains(")")) {
            return m;
        }
        RawMention before = open == 0 ? null : part(m, 0, open, m.type(), m.titled());
        return before == null ? m : before;
    }

    /** A minister's portfolio, which news writes between the country and the title: "U.S. Treasury Secretary". */
    private static final Set<String> PORTFOLIOS = Set.of("Treasury", "Defense", "Defence", "Foreign", "Interior", "Finance", "Energy",
            "Health", "Justice", "Commerce", "State", "Trade", "Labor", "Labour", "Education", "Transportation", "Transport",
            "Agriculture", "Home", "Economy", "Environment");
    private static final java.util.regex.Pattern TITLE_AFTER = java.util.regex.Pattern.compile(" (?:Secretary|Minister)\\b");

    /**
     * "U.S. Treasury" in "U.S. Treasury Secretary Janet Yellen": the portfolio belongs to the title that follows, and
     * the country before it is a place of its own.
     */
    private RawMention withoutPortfolio(RawMention m, String text) {
        List<String> tokens = m.tokens();
        if (tokens.size() < 2 || text == null || !PORTFOLIOS.contains(tokens.get(tokens.size() - 1))
                || !TITLE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) {
            return m;
        }
        RawMention rest = part(m, 0, tokens.size() - 1, m.type(), m.titled());
        // "International Trade Secretary": the whole is the portfolio, and nothing before it is a place.
        return rest != null && (known.isCountry(rest.text()) || known.onlyAPlace(rest.text())) ? withType(rest, "LOCATION") : m;
    }

    /** The last letters of those names' endings: a cheap test before the pattern. */
    private static final Set<Character> STATE_COMPANY_END = Set.of('m', 'z', 't', 'n', 'o', 'r');

    /** "COP27", "COP29": the UN climate conferences. */
    private static final java.util.regex.Pattern CLIMATE_SUMMIT = java.util.regex.Pattern.compile("COP\\d{1,2}");
    /** A post-Soviet company's name of syllables, ending in its trade's: "Kazatomprom", "Uzbekneftegaz", "Rosatom". */
    private static final java.util.regex.Pattern STATE_COMPANY = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}{1,}(?i:prom|gaz|neft|neftegaz|atom|altyn|energo|komir)");

    /**
     * "Treasury Secretary Janet Yellen", "Minister of Foreign Affairs of Mongolia B.Battsetseg", "Commissioner for Human
     * Rights": a portfolio written as part of an office's title names no body there, and editors mark none; a body's or a
     * document's own name ("Ministry of Foreign Affairs") is no portfolio. A portfolio word right before "Secretary" or
     * "Minister", or words typed a body or MISC right after "Minister of", "Secretary for the" …, with no person's name
     * in them (that one {@link #personAfterPortfolio} keeps).
     */
    private boolean isPortfolioOfATitle(RawMention m, String text) {
        if (text == null || "PERSON".equals(m.type()) || "LOCATION".equals(m.type())) {
            return false;
        }
        List<String> tokens = m.tokens();
        if (tokens.size() == 1 && PORTFOLIOS.contains(tokens.get(0)) && m.end() < text.length()
                && TITLE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) {
            return true;
        }
        if (tokens.size() > 4 || m.start() < 12 || !OFFICE_OF.matcher(text).region(Math.max(0, m.start() - 64), m.start()).find()
                || BodyNouns.isHead(tokens.get(tokens.size() - 1)) || HeadNouns.typeOf(tokens) != null) {
            return false;
        }
        // Not when a person's name ends it: "Roads and Urban Development Mehrdad Bazrpash" keeps its person.
        int size = tokens.size();
        return size < 3 || !looksLikePersonName(tokens.subList(size - 2, size));
    }

    /** The offices whose holders a portfolio's words follow: "Minister of …", "Commissioner for …". */
    private static final Set<String> OFFICES = Set.of("Minister", "Secretary", "Commissioner", "Minister-President");

    /**
     * An office and its "of" or "for" right before a portfolio ("Minister of ", "Secretary for the "), or before the
     * portfolio's second part ("Minister of Foreign Affairs and ", then "International Cooperation Prak Sokhonn").
     */
    private static final java.util.regex.Pattern OFFICE_OF = java.util.regex.Pattern.compile(
            "(?<![\\p{L}-])(?:Minister|Secretary|Commissioner|Minister-President)\\h(?:of|for)\\h(?:the\\h)?"
                    + "(?:(?:\\p{Lu}[\\p{L}'-]*\\h){1,3}(?:and|&)\\h)?$");

    /**
     * "Iran's Minister of Roads and Urban Development Mehrdad Bazrpash": after an office and its "of", the portfolio's
     * words and the holder's name run together into one mention, and only the name is an entity (the portfolio names no
     * body here). The name is the last two or three words, after a word news writes in lower case ("Development"),
     * three where the first of them is a first name the lists know; it must read as a person's name.
     */
    private RawMention personAfterPortfolio(RawMention m, String text) {
        List<String> tokens = m.tokens();
        // The office may open the mention itself: "Commissioner for Human Rights Elvira Azimova".
        boolean officeInside = tokens.size() >= 5 && OFFICES.contains(tokens.get(0)) && (tokens.get(1).equals("for") || tokens.get(1).equals("of"));
        if ("PERSON".equals(m.type()) || tokens.size() < 3 || text == null
                || !officeInside && (m.start() < 12 || !OFFICE_OF.matcher(text).region(Math.max(0, m.start() - 64), m.start()).find())) {
            return m;
        }
        int size = tokens.size();
        int take = size >= 4 && known.isFirstName(tokens.get(size - 3)) && !known.isFirstName(tokens.get(size - 2)) ? 3 : 2;
        List<String> name = tokens.subList(size - take, size);
        if (!lowerCaseWord.test(tokens.get(size - take - 1)) || !looksLikePersonName(name)) {
            return m;
        }
        RawMention person = part(m, size - take, size, "PERSON", true);
        return person == null ? m : person;
    }

    private static RawMention withoutTrailingRole(RawMention m) {
        List<String> tokens = m.tokens();
        int keep = tokens.size();
        // "Office of the President": a role after a lower-case word is the body's own name.
        if (keep < 2 || !ROLE_ENDS.contains(tokens.get(keep - 1).toLowerCase(Locale.ROOT))
                || !Character.isUpperCase(tokens.get(keep - 2).codePointAt(0)) && !POSSESSIVES.contains(tokens.get(keep - 2))) {
            return m;
        }
        keep--;
        while (keep > 1 && (Titles.isTitle(tokens.get(keep - 1)) || POSSESSIVES.contains(tokens.get(keep - 1)))) {
            keep--;
        }
        RawMention kept = part(m, 0, keep, m.type(), m.titled());
        return kept == null ? m : kept;
    }

    /**
     * The index of a body's head noun that a person's name follows ("CICA Secretariat Kairat Sarybay", "European
     * Commission Ursula von der Leyen", "Supreme Court Justice Amy Barrett"), else -1. The name is two to four
     * capitalised words (particles allowed), after any titles; none of them a body's head or a place the gazetteers know
     * ("Bank Negara Malaysia" stays whole), and the head is not the mention's first word.
     */
    private int personAfterHead(RawMention m) {
        List<String> tokens = m.tokens();
        for (int h = tokens.size() - 3; h >= 1; h--) {
            String word = tokens.get(h).toLowerCase(Locale.ROOT);
            if (!BodyNouns.isHead(word)) {
                continue;
            }
            int from = h + 1;
            while (from < tokens.size() - 2 && Titles.isTitle(tokens.get(from))) {
                from++;
            }
            return looksLikePersonName(tokens.subList(from, tokens.size())) ? h : -1;
        }
        return -1;
    }

    private boolean looksLikePersonName(List<String> name) {
        if (name.size() < 2 || name.size() > 4 || NAME_PARTICLES.contains(name.get(name.size() - 1))) {
            return false;
        }
        // A name, not words: a known first name first ("Ursula von der Leyen"), or a word news never writes in lower
        // case ("Kairat Sarybay"); "Minimum Service Level Agreements" and "University Business School" are words.
        boolean aName = known.isFirstName(name.get(0));
        for (String w : name) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NAME_PARTICLES.contains(w)) {
                continue;
            }
            aName |= !lowerCaseWord.test(w);
            boolean capitalisedWord = Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase)
                    && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019');
            if (!capitalisedWord || BodyNouns.isHead(lower) || Titles.isTitle(w)
                    || known.isPlace(w)) {
                return false;
            }
        }
        return aName && !known.isPlace(String.join(" ", name));
    }

    /** Every mention written like one the text calls a party ("the Nur Otan party") is the party. */
    private static List<RawMention> partiesAsBodies(List<RawMention> mentions, String headline, String body) {
        Set<String> bodies = new HashSet<>();
        for (RawMention m : mentions) {
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            // A person's or organisation's name only: "a Christmas party" is no party's name.
            // Or a name of two words or more typed MISC: "Rafael Correa's Citizen Revolution movement".
            boolean named = "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type()) || "MISC".equals(m.type()) && m.tokens().size() >= 2;
            if (named && m.end() <= text.length() && BODY_AFTER.matcher(text.substring(m.end(),
                    Math.min(text.length(), m.end() + 12))).find()) {
                bodies.add(m.text());
            }
        }
        if (bodies.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            out.add(("PERSON".equals(m.type()) || "MISC".equals(m.type()) && m.tokens().size() >= 2) && bodies.contains(m.text())
                    ? withType(m, "ORGANIZATION") : m);
        }
        return out;
    }

    /** Tokens [from, to) of a mention as a mention of its own, with offsets found in its text; null if not found. */
    static RawMention part(RawMention m, int from, int to, String type, boolean titled) {
        int at = 0;
        int start = -1;
        int end = -1;
        for (int i = 0; i < to; i++) {
            int found = m.text().indexOf(m.tokens().get(i), at);
            if (found < 0) {
                return null;
            }
            if (i == from) {
                start = found;
            }
            at = found + m.tokens().get(i).length();
            end = at;
        }
        return new RawMention(m.field(), m.start() + start, m.start() + end, m.text().substring(start, end),
                List.copyOf(m.tokens().subList(from, to)), type, m.confidence(), titled);
    }

    private static RawMention withType(RawMention m, String type) {
        return new RawMention(m.field(), m.start(), m.end(), m.text(), m.tokens(), type, m.confidence(), m.titled());
    }
}
