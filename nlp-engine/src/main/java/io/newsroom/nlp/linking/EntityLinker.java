package io.newsroom.nlp.linking;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

/**
 * Links a surface name of a given entity type to a gazetteer entry. Exact (case/accent-folded) aliases come
 * first, then transliteration-folded ones; a bare surname links to a head of state or government only with
 * supporting evidence, because surnames alone are ambiguous: the one leader of that surname whose country the
 * article names, else the only leader of that surname when a title stands before it. Thread-safe: the gazetteer is immutable.
 */
public final class EntityLinker {

    /**
     * Words an article about a minister or member of parliament all but always uses; acronyms as written, words in any
     * case.
     */
    private static final java.util.regex.Pattern POLITICS = java.util.regex.Pattern.compile(
            "\\b(?:MPs?|MSPs?|MEPs?|MSs?)\\b|(?i:\\b(?:minister|ministers|ministry|secretary|parliament|parliamentary|"
                    + "commons|lords|government|cabinet|party|parties|labour|conservatives?|tor(?:y|ies)|liberal|snp|plaid|"
                    + "election|elections|elected|constituency|vote|voted|votes|westminster|holyrood|senedd|stormont|"
                    + "downing|politics|political|politician|politicians|policy|bill|legislation|opposition|shadow|"
                    + "council|councillor|senator|senate|congress|mayor|spokesperson|spokesman|spokeswoman)\\b)");

    /**
     * Words a football report all but always uses ("Rugby Football Union" is no football). A club's name is also its
     * town's ("Liverpool", "Birmingham", "Boston"), and a town tagged ORGANIZATION outside football is a council, a
     * university or a team of another sport.
     */
    private static final java.util.regex.Pattern FOOTBALL = java.util.regex.Pattern.compile(
            "(?i:\\b(?:(?<!rugby )football|footballers?|goalkeepers?|strikers?|midfielders?|premier league|fa cup|efl|uefa|"
                    + "fifa|champions league)\\b)");
    /**
     * Other sports whose teams take their town's name: where a story speaks of them too, a town's name is not taken
     * for its football club (a rugby report's "Leicester" is the Tigers, a Gaelic football report's "Galway" the county).
     */
    private static final java.util.regex.Pattern OTHER_SPORTS = java.util.regex.Pattern.compile(
            "(?i:\\b(?:rugby|cricket|olympics?|commonwealth games|gaelic|gaa|hurling|all-ireland)\\b)");

    private final Gazetteer gazetteer;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The entry for a name, or null. {@code articleText} is used only as evidence for bare surnames. */
    public GazetteerEntry link(String name, String type, boolean titled, String articleText) {
        if ("MISC".equals(type)) {
            return null; // demonyms and events: the gazetteers have no ids for them
        }
        List<GazetteerEntry> found = gazetteer.lookup(name);
        String state = "LOCATION".equals(type) && !name.equals("Wash.") ? PlaceAbbreviations.fullName(name) : null;
        if (found.isEmpty() && state != null) {
            // "Calif.": the state (not "Wash.", whose full name the lists give the capital).
            found = gazetteer.lookup(state).stream().filter(e -> e.kind() == GazetteerKind.REGION).toList();
        }
        if (found.isEmpty() && "ORGANIZATION".equals(type)) {
            String variant = bodyNameVariant(name);
            if (variant != null) {
                found = gazetteer.lookup(variant).stream().filter(e -> e.kind() == GazetteerKind.ORGANISATION).toList();
            }
        }
        GazetteerEntry party = party(name, found, type, articleText);
        if (party != null) {
            return party;
        }
        GazetteerEntry institution = institution(name, found, type, articleText);
        if (institution != null) {
            return institution;
        }
        GazetteerEntry best = pick(withoutParties(found), type);
        if (best != null && isTown(best)) {
            best = town(found, name, articleText);
        }
        if (best != null && best.kind() == GazetteerKind.CLUB && (!footballClub(name, articleText)
                || !gazetteer.lookupExact(name).contains(best))) {
            // A club's names are short and many: one links as written, never by a folded spelling ("Meta" is no "Metta").
            best = null;
        }
        if ("PERSON".equals(type) && best != null && best.wikidataId() != null) {
            best = onePerson(found, best, articleText);
            String country = best == null || gazetteer.isLeader(best) ? null : nationalCountry(best.note());
            if (country != null && !officeTitled(name, articleText)
                    && (!namesCountryOrPeople(country, articleText) || !POLITICS.matcher(articleText).find())) {
                // A darts player called Jeff Smith is not the MP: a national politician needs their country (or its
                // people: "German Chancellor") named and the article to speak of politics at all (a snooker report from
                // Sheffield names the UK's cities too), or their whole name under an office's title ("ECB President
                // Christine Lagarde", whose later office the office-holders do not list).
                best = null;
            }
        }
        if (best == null && "PERSON".equals(type) && name.indexOf(' ') >= 0) {
            return leaderByFullerName(name);
        }
        if (best != null || !"PERSON".equals(type)) {
            return best;
        }
        List<GazetteerEntry> bySurname = gazetteer.lookupSurname(name);
        List<GazetteerEntry> ofNamedCountry = bySurname.stream().filter(e -> mentionsCountry(e.note(), articleText)).toList();
        if (ofNamedCountry.size() == 1) {
            return ofNamedCountry.get(0);
        }
        // Without a country to choose by, a title supports a surname only that one leader has.
        return titled && bySurname.size() == 1 ? bySurname.get(0) : null;
    }

    /** "UN General Assembly", "U.N. Security Council": the United Nations' organs by their short form. */
    private static final java.util.regex.Pattern UN_PREFIX = java.util.regex.Pattern.compile("^(?:UN|U\\.N\\.) (?=\\p{Lu})");

    /**
     * An international body's name as the other English spells it or in full: "Shanghai Cooperation Organization" for
     * the list's "Organisation" (and back), "UN General Assembly" for "United Nations General Assembly"; null when the
     * name has no such variant.
     */
    static String bodyNameVariant(String name) {
        java.util.regex.Matcher un = UN_PREFIX.matcher(name);
        if (un.find()) {
            return "United Nations " + name.substring(un.end());
        }
        if (name.contains("Organization")) {
            return name.replace("Organization", "Organisation");
        }
        if (name.contains("Organisation")) {
            return name.replace("Organisation", "Organization");
        }
        return null;
    }

    /**
     * The one head of state or government whose fuller name holds every word of the mention, in order and with the same
     * surname: "Cyril Ramaphosa" is Matamela Cyril Ramaphosa, "Recep Erdoğan" Recep Tayyip Erdoğan. Null when none or
     * several do.
     */
    private GazetteerEntry leaderByFullerName(String name) {
        String[] words = name.split(" ");
        GazetteerEntry found = null;
        for (GazetteerEntry e : gazetteer.lookupSurname(words[words.length - 1])) {
            String[] full = e.canonical().split(" ");
            if (e.wikidataId() == null || full.length <= words.length || !holdsInOrder(full, words)) {
                continue;
            }
            if (found != null && !found.wikidataId().equals(e.wikidataId())) {
                return null;
            }
            found = e;
        }
        return found;
    }

    /** Whether the fuller name's given names hold each of the mention's given names in order, and both end alike. */
    private static boolean holdsInOrder(String[] full, String[] words) {
        if (!TextKeys.foldKey(full[full.length - 1]).equals(TextKeys.foldKey(words[words.length - 1]))) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < words.length - 1; i++) {
            String w = TextKeys.foldKey(words[i]);
            while (at < full.length - 1 && !TextKeys.foldKey(full[at]).equals(w)) {
                at++;
            }
            if (at == full.length - 1) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * A football club links only in a story that speaks of football, and by its town's name ("Leicester") only where the
     * story speaks of no other sport whose teams take towns' names.
     */
    private boolean footballClub(String name, String articleText) {
        return FOOTBALL.matcher(articleText).find() && !(namesPlace(name) && OTHER_SPORTS.matcher(articleText).find());
    }

    /** Whether a name is a people's the gazetteers know ("Armenian", "Armenians"). */
    public boolean isDemonym(String name) {
        return gazetteer.lookup(name).stream().anyMatch(e -> e.kind() == GazetteerKind.DEMONYM);
    }

    /** Whether a name is a country's the gazetteers know ("Kenya", "Britain"). */
    public boolean isCountry(String name) {
        return gazetteer.lookup(name).stream().anyMatch(e -> e.kind() == GazetteerKind.COUNTRY);
    }

    /** Whether a name is a country, city or region the gazetteers know ("Newcastle", "Canada", "Cumbria"). */
    public boolean namesPlace(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (PLACE_KINDS.contains(e.kind())) {
                return true;
            }
        }
        return (gazetteer.kindMask(TextKeys.tokenKey(name)) & PLACE_MASK) != 0;
    }

    /** The kinds that are places, as a set for entries and as the bit mask of {@link Gazetteer#kindMask}. */
    private static final java.util.Set<GazetteerKind> PLACE_KINDS =
            java.util.EnumSet.of(GazetteerKind.COUNTRY, GazetteerKind.CITY, GazetteerKind.REGION);
    private static final int PLACE_MASK = PLACE_KINDS.stream().mapToInt(k -> 1 << k.ordinal()).reduce(0, (a, b) -> a | b);

    /**
     * A political party links only from a span the model tagged ORGANIZATION, and only when the article names the
     * party's country, one of its nations or one of its cities ("Labour" in an article that names no part of the
     * United Kingdom may be any Labour party). When parties of several countries bear the name ("Conservative Party":
     * the United Kingdom's, Ecuador's, Panama's …), the one whose country the article names most (its names, cities and
     * people, each counted once) links: a by-election story naming the UK and London is not about Panama because a
     * candidate is called David, the name of a Panamanian city. A tie links none, and so does a name of under three
     * letters ("PC", "NI"), which matches too many parties' short names in some spelling.
     */
    private GazetteerEntry party(String name, List<GazetteerEntry> entries, String type, String articleText) {
        if (!"ORGANIZATION".equals(type) || name.codePoints().filter(Character::isLetter).count() < 3) {
            return null;
        }
        GazetteerEntry best = null;
        int bestCount = 0;
        boolean tie = false;
        for (GazetteerEntry e : entries) {
            if (e.kind() != GazetteerKind.PARTY || e.equals(best)) {
                continue;
            }
            String country = noteCountry(e);
            int count = count(gazetteer.placeNames(country), articleText) + count(gazetteer.demonyms(country), articleText);
            if (count > bestCount) {
                best = e;
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** How many of the names the text holds as whole words (case as written); a city named like a person ("David") not. */
    private int count(java.util.Set<String> names, String text) {
        int n = 0;
        for (String name : names) {
            if (text.indexOf(name) >= 0 && names(java.util.Set.of(name), text, null) && !gazetteer.isFirstName(name)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isTown(GazetteerEntry e) {
        return e.kind() == GazetteerKind.CITY && e.note().startsWith(Gazetteer.TOWN_NOTE);
    }

    /**
     * A town of Natural Earth's finest scale links only where the article names its country by another name than the
     * town's own, or its people's word just before the town ("York" in a story that names England is York, England; "the
     * Kazakh port city of Aktau" is Kazakhstan's, but "American" anywhere does not make Lincoln a town of Nebraska; in a
     * story that names no country, no town): its
     * names are too often a person's ("Madison"), another place's ("Munster" is an Irish province before it is
     * Münster) or shared with a town abroad. Several towns whose countries the article names: none.
     */
    private GazetteerEntry town(List<GazetteerEntry> entries, String name, String articleText) {
        GazetteerEntry found = null;
        for (GazetteerEntry e : entries) {
            String country = isTown(e) ? noteCountry(e) : null;
            if (country != null && e.wikidataId() != null && (found == null || !found.wikidataId().equals(e.wikidataId()))
                    && (names(gazetteer.placeNames(country), articleText, name) || names(gazetteer.townNames(country), articleText, name)
                    || peopleBefore(gazetteer.demonyms(country), name, articleText))) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** How far before a town its people's word may stand: "the Dutch port of Rotterdam", "a Kazakh port city of Aktau". */
    private static final int PEOPLE_BEFORE_TOWN = 40;

    /** Whether one of the people's words stands, as a whole word, shortly before a whole-word occurrence of the town. */
    private static boolean peopleBefore(java.util.Set<String> demonyms, String town, String text) {
        for (int at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + 1)) {
            int end = at + town.length();
            boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (wholeWord && names(demonyms, text.substring(Math.max(0, at - PEOPLE_BEFORE_TOWN), at), null)) {
                return true;
            }
        }
        return false;
    }

    /** The country a note ends in: "political party in United Kingdom", "town in Germany". */
    private static String noteCountry(GazetteerEntry e) {
        int in = e.note().lastIndexOf(" in ");
        return in < 0 ? "" : e.note().substring(in + 4);
    }

    /**
     * Whether the text names the country, or a nation or city of it, as a whole word (case as written). Its towns do not
     * count here: a hospital story from Rotherham is no evidence that its Richard Jenkins is the ambassador.
     */
    private boolean namesCountry(String country, String text) {
        return names(gazetteer.placeNames(country), text, null);
    }

    private boolean namesCountryOrPeople(String country, String text) {
        return namesCountry(country, text) || names(gazetteer.demonyms(country), text, null);
    }

    /** Whether the text names a person's whole name (two words or more) right after an office's title. */
    private static boolean officeTitled(String name, String text) {
        if (name.indexOf(' ') < 0 || text.indexOf(name) < 0) {
            return false;
        }
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + Titles.OFFICES + "\\s+" + java.util.regex.Pattern.quote(name)
                + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** Whether the text holds one of the names as a whole word (case as written), other than {@code except}. */
    private static boolean names(java.util.Set<String> names, String text, String except) {
        String exceptKey = except == null ? null : TextKeys.key(except);
        for (String place : names) {
            // indexOf first: most names are not in the text, and a pattern per name is the costly part.
            if (text.indexOf(place) < 0 || TextKeys.key(place).equals(exceptKey)) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(place)
                    + "(?![\\p{L}\\p{N}])").matcher(text);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country of a national minister or member of parliament, from the office-holders' note ("Secretary of State
     * for Defence, United Kingdom"; "Member of the 58th Parliament of the United Kingdom"; "Vice-Chancellor of
     * Germany"; a Scottish or Welsh office counts as the United Kingdom's, whose names include its nations), else null
     * (MEPs, UN offices, leaders).
     */
    private String nationalCountry(String note) {
        String latest = note.split("; ")[0];
        String country = latest.contains(" of the United Kingdom") ? "United Kingdom"
                : latest.lastIndexOf(", ") > 0 ? latest.substring(latest.lastIndexOf(", ") + 2)
                : latest.lastIndexOf(" of ") > 0 ? knownCountry(latest.substring(latest.lastIndexOf(" of ") + 4)) : null;
        if (country == null || !gazetteer.placeNames(country).isEmpty()) {
            return country;
        }
        for (GazetteerEntry e : gazetteer.lookup(country)) {
            if (e.kind() == GazetteerKind.COUNTRY && e.note().startsWith("part of ")) {
                return e.note().substring("part of ".length());
            }
        }
        return country;
    }

    /** The name when it is a country the gazetteers know ("Vice-Chancellor of Germany"), else null. */
    private String knownCountry(String name) {
        return gazetteer.placeNames(name).isEmpty() ? null : name;
    }

    private static List<GazetteerEntry> withoutParties(List<GazetteerEntry> entries) {
        return entries.stream().anyMatch(e -> e.kind() == GazetteerKind.PARTY || e.kind() == GazetteerKind.INSTITUTION)
                ? entries.stream().filter(e -> e.kind() != GazetteerKind.PARTY && e.kind() != GazetteerKind.INSTITUTION).toList()
                : entries;
    }

    /**
     * "Congress", "the Senate", "the Supreme Court": a country's institution, named without the country, links only in
     * an article whose most-named country (its own names and aliases and its people, each counted once; no city) is
     * the institution's, ahead of every other: the Senate of a story from Astana that quotes Washington once is
     * Kazakhstan's, not the United States'. Written with the country ("U.S. Senate"), it links wherever the country
     * is named.
     */
    private GazetteerEntry institution(String name, List<GazetteerEntry> entries, String type, String articleText) {
        if (!"ORGANIZATION".equals(type)) {
            return null;
        }
        GazetteerEntry candidate = null;
        for (GazetteerEntry e : entries) {
            if (e.kind() == GazetteerKind.INSTITUTION && e.wikidataId() != null) {
                if (candidate != null && !candidate.wikidataId().equals(e.wikidataId())) {
                    return null;
                }
                candidate = e;
            }
        }
        if (candidate == null) {
            return null;
        }
        String country = noteCountry(candidate);
        if (country.isEmpty()) {
            return candidate; // "the State Department": no other country's body is called so
        }
        Set<String> own = withDottedForms(gazetteer.countryOwnNames().getOrDefault(country, Set.of()));
        int space = name.indexOf(' ');
        if (space > 0 && own.contains(name.substring(0, space))) {
            return candidate; // "U.S. Senate"
        }
        int ours = countryCount(country, own, articleText);
        if (ours == 0) {
            return null;
        }
        for (Map.Entry<String, Set<String>> other : gazetteer.countryOwnNames().entrySet()) {
            if (!other.getKey().equals(country) && countryCount(other.getKey(), withDottedForms(other.getValue()), articleText) >= ours) {
                return null;
            }
        }
        return candidate;
    }

    /** The names with the dotted forms news writes of their capitals: "US" → "U.S.", "UK" → "U.K.". */
    private static Set<String> withDottedForms(Set<String> names) {
        Set<String> out = null;
        for (String n : names) {
            if (n.length() >= 2 && n.length() <= 3 && n.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                if (out == null) {
                    out = new java.util.HashSet<>(names);
                }
                out.add(n.replaceAll("(.)", "$1."));
            }
        }
        return out == null ? names : out;
    }

    private int countryCount(String country, Set<String> names, String text) {
        return count(names, text) + count(gazetteer.demonyms(country), text);
    }

    /**
     * Several people of one name (two MPs called Gareth Thomas; Helen Clark the New Zealand prime minister and an MP):
     * a head of state or government among them wins when there is one, else the one national politician whose country
     * the article names (Greg Smith the UK MP, not the Australian minister, in a story from Buckingham), else nobody is
     * linked rather than a guess.
     */
    private GazetteerEntry onePerson(List<GazetteerEntry> entries, GazetteerEntry best, String articleText) {
        List<GazetteerEntry> people = entries.stream()
                .filter(e -> e.kind() == GazetteerKind.PERSON && e.wikidataId() != null)
                .filter(distinctBy(GazetteerEntry::wikidataId)).toList();
        if (people.size() <= 1) {
            return best;
        }
        List<GazetteerEntry> leaders = people.stream().filter(gazetteer::isLeader).toList();
        if (!leaders.isEmpty()) {
            return leaders.size() == 1 ? leaders.get(0) : null;
        }
        List<GazetteerEntry> ofNamedCountry = people.stream().filter(e -> {
            String country = nationalCountry(e.note());
            return country != null && namesCountryOrPeople(country, articleText);
        }).toList();
        return ofNamedCountry.size() == 1 ? ofNamedCountry.get(0) : null;
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static GazetteerEntry pick(List<GazetteerEntry> entries, String type) {
        GazetteerEntry fallback = null;
        for (GazetteerEntry e : entries) {
            if (e.kind() == GazetteerKind.DEMONYM) {
                continue;
            }
            if (e.kind().entityType().equals(type)) {
                if (e.wikidataId() != null) {
                    return e;
                }
                fallback = fallback == null ? e : fallback;
            } else if (compatible(e.kind(), type) && fallback == null) {
                fallback = e;
            }
        }
        return fallback;
    }

    /** Countries act as organisations (teams, governments) and organisations get tagged as places. */
    private static boolean compatible(GazetteerKind kind, String type) {
        return ("ORGANIZATION".equals(type) || "LOCATION".equals(type))
                && (kind == GazetteerKind.COUNTRY || kind == GazetteerKind.ORGANISATION);
    }

    /** Office notes read "President of Kazakhstan": is that country named in the article? */
    private static boolean mentionsCountry(String note, String text) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (String office : note.split("; ")) {
            int of = office.lastIndexOf(" of ");
            if (of > 0 && lowerText.contains(office.substring(of + 4).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
