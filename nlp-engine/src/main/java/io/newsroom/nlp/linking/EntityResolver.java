package io.newsroom.nlp.linking;

import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one article into entities and gives each a canonical name and a stable key.
 * Mentions join when they link to the same gazetteer entry, when one is an acronym defined in the text (or
 * known to the gazetteer) for the other, when a shorter PERSON mention is the end of a longer one
 * ("Tokayev" -> "Kassym-Jomart Tokayev"), when a one-word mention is the first word of one longer ORGANIZATION, or
 * a one-word ORGANIZATION mention that names no place its last word ("Commission" -> "European Commission"), or when
 * their normalised text is equal. Thread-safe.
 */
public final class EntityResolver {

    private final EntityLinker linker;

    public EntityResolver(EntityLinker linker) {
        this.linker = linker;
    }

    /** Entities of an article's mentions; {@code body} is the text the body mentions' offsets count in. */
    public List<Entity> resolve(List<RawMention> found, Map<String, AcronymFinder.Definition> definitions, String headline,
                                String body) {
        String articleText = headline + "\n" + body;
        Set<String> commonNouns = AcronymFinder.commonNounAcronyms(body);
        List<RawMention> mentions = withLongForms(commonNouns.isEmpty() ? found
                : found.stream().filter(m -> !commonNouns.contains(m.text())).toList(), definitions.values());
        Map<String, String> acronyms = new HashMap<>();
        definitions.forEach((k, d) -> acronyms.put(k, d.longForm()));
        bracketedAcronyms(mentions, body, articleText).forEach(acronyms::putIfAbsent);
        groupsOfCountries(mentions).forEach(acronyms::putIfAbsent);
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        // Each cluster by the written names of its mentions, for the acronyms defined in the text.
        Map<String, Cluster> byWritten = new HashMap<>();
        // Longest mentions first, so shorter ones find the full name they abbreviate.
        List<RawMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt((RawMention m) -> -m.tokens().size()).thenComparingInt(RawMention::start));
        for (RawMention m : ordered) {
            String name = m.text();
            String longForm = acronyms.get(name);
            if (longForm != null) {
                name = longForm;
            }
            // A surname after the article's full name is that person's, whoever the gazetteers know by the surname
            // alone ("Atiku Abubakar" ... "Mr Abubakar" is not Abdulsalami Abubakar); after an office's title only when
            // the full name held an office's title too ("senator Jacinta Nampijinpa Price" ... "Senator Price"), not
            // "President Biden" after "Hunter Biden".
            Cluster fullName = "PERSON".equals(m.type()) && m.tokens().size() == 1 && longForm == null
                    ? longerName(clusters, m, false) : "PERSON".equals(m.type()) ? byInitial(clusters, m) : null;
            if (fullName != null && afterOfficeTitle(m, headline, body)
                    && fullName.mentions.stream().noneMatch(f -> afterOfficeTitle(f, headline, body))) {
                fullName = null;
            }
            if (fullName != null && !"PERSON".equals(fullName.type())) {
                fullName = null;
            }
            // "Central Bank" after "Central Bank of Brazil": the article's own body, not a namesake the gazetteers know by the
            // shorter name (a bank chain called "Central Bank").
            Cluster bodyOf = fullName == null && longForm == null && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2
                    ? headOfLongerName(clusters, m) : null;
            if (bodyOf != null) {
                fullName = bodyOf;
            }
            // "DA" after "the Democratic Alliance (DA)": the long form's own entity, linked or not, whatever type the
            // recogniser gave the acronym; the mentions' types vote, unless the entity is linked.
            Cluster defined = longForm != null ? byWritten.get(TextKeys.key(longForm)) : null;
            if (fullName == null && defined != null) {
                fullName = defined;
            }
            GazetteerEntry entry = fullName != null ? fullName.entry : linker.link(name, m.type(), m.titled(), articleText);
            if (entry == null && fullName == null && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2
                    && BodyNouns.isCompanyForm(m.tokens().get(m.tokens().size() - 1))) {
                // "Gazprom PJSC": the gazetteers know the company by its name without the legal form.
                entry = linker.link(name.substring(0, name.lastIndexOf(' ')), m.type(), m.titled(), articleText);
            }
            if (entry == null && fullName == null && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2 && name.endsWith(" Democrat")) {
                // "the Liberal Democrat leader": the party is named in the plural ("Liberal Democrats").
                entry = linker.link(name + "s", m.type(), m.titled(), articleText);
            }
            if (fullName != null && entry == null) {
                // A one-word name the gazetteers know a person by ("Vajiralongkorn" of "Maha Vajiralongkorn") links
                // the full name it ends.
                GazetteerEntry mononym = linker.link(name, m.type(), m.titled(), articleText);
                // So does a surname the gazetteers link to the full name written family name first ("Abe" of "Abe
                // Shinzo", whom they know as Shinzo Abe).
                if (mononym != null && mononym.wikidataId() != null && (!mononym.canonical().contains(" ")
                        && TextKeys.key(mononym.canonical()).equals(TextKeys.key(name)) || sameWords(mononym.canonical(), fullName.longest.tokens()))) {
                    fullName.entry = mononym;
                    entry = mononym;
                }
            }
            String key = entry != null && entry.wikidataId() != null ? "wikidata:" + entry.wikidataId()
                    : entry != null ? "gaz:" + TextKeys.key(entry.canonical()) : "text:" + TextKeys.key(name);
            Cluster c = fullName != null ? fullName : byKey.get(key);
            // "Armenians" and "Armenian": one people, whichever comes first and whether or not the list holds the plural.
            String people = "MISC".equals(m.type()) && m.tokens().size() == 1 ? peopleKey(name)
                    : "ORGANIZATION".equals(m.type()) && m.tokens().size() == 1 ? US_PARTY_KEYS.get(name) : null;
            if (c == null && people != null) {
                c = byKey.get(people);
            }
            if (c == null && entry == null && longForm == null && isAcronymOf(m)) {
                c = byInitials(clusters, name);
            }
            if (c == null && entry == null && ("PERSON".equals(m.type()) || m.tokens().size() == 1)) {
                c = longerName(clusters, m, m.tokens().size() == 1 && "ORGANIZATION".equals(m.type()) && !linker.namesPlace(name));
            }
            if (c == null && entry == null && "LOCATION".equals(m.type())) {
                c = withoutFeatureWord(clusters, m);
            }
            if (c == null && entry == null && m.tokens().size() <= 3 && !"MISC".equals(m.type())) {
                c = polityOf(clusters, m);
                if (c != null && !"LOCATION".equals(m.type())) {
                    m = new RawMention(m.field(), m.start(), m.end(), m.text(), m.tokens(), "LOCATION", m.confidence(), m.titled());
                }
            }
            if (c == null && entry == null && people == null && "MISC".equals(m.type())) {
                c = shortEventName(clusters, m);
            }
            if (c == null && entry == null && "ORGANIZATION".equals(m.type()) && m.tokens().size() >= 2) {
                c = unqualifiedName(clusters, m);
            }
            if (c == null) {
                c = new Cluster(entry, longForm != null ? longForm : m.text());
                clusters.add(c);
            }
            byKey.putIfAbsent(key, c);
            if (longForm == null) {
                byWritten.putIfAbsent(TextKeys.key(m.text()), c);
            }
            if (people != null) {
                byKey.putIfAbsent(people, c);
            }
            c.add(m);
        }
        surnamesJoinTheirLinkedPerson(clusters);
        fullNamesJoinTheirPerson(clusters);
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            out.add(c.toEntity());
        }
        out.sort(Comparator.comparingInt((Entity e) -> -e.mentionCount())
                .thenComparingInt(e -> e.mentions().get(0).field().equals(Mention.HEADLINE) ? 0 : 1)
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    /**
     * "President Biden" linked, "Biden" eight times not (a bare surname links only under a title): the surname alone is
     * the one linked person of the article whose name ends in it, not a second Biden.
     */
    private static void surnamesJoinTheirLinkedPerson(List<Cluster> clusters) {
        for (java.util.Iterator<Cluster> it = clusters.iterator(); it.hasNext(); ) {
            Cluster c = it.next();
            if (c.entry != null || c.longest.tokens().size() != 1 || !"PERSON".equals(c.type())) {
                continue;
            }
            String surname = TextKeys.key(c.longest.tokens().get(0));
            Cluster linked = theOne(clusters, o -> o != c && o.entry != null && o.entry.wikidataId() != null && "PERSON".equals(o.type())
                    && surname.equals(TextKeys.key(lastWord(o.entry.canonical()))));
            if (linked != null) {
                c.mentions.forEach(linked::add);
                it.remove();
            }
        }
    }

    /**
     * "Sadyr Japarov" three times a person, linked, and once typed an organisation: a full name of two words or more
     * written exactly as one of a person's mentions is that person, whatever one mention's type.
     */
    private static void fullNamesJoinTheirPerson(List<Cluster> clusters) {
        for (java.util.Iterator<Cluster> it = clusters.iterator(); it.hasNext(); ) {
            Cluster c = it.next();
            if (c.entry != null || "PERSON".equals(c.type()) || c.longest.tokens().size() < 2) {
                continue;
            }
            Set<String> names = new java.util.HashSet<>();
            c.mentions.forEach(m -> names.add(TextKeys.key(m.text())));
            if (names.size() != 1) {
                continue;
            }
            String name = names.iterator().next();
            Cluster person = theOne(clusters, o -> o != c && "PERSON".equals(o.type()) && o.mentions.size() > c.mentions.size()
                    && o.mentions.stream().anyMatch(m -> TextKeys.key(m.text()).equals(name)));
            if (person != null) {
                c.mentions.forEach(person::add);
                it.remove();
            }
        }
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** "Democrats", "Democrat" and "Democratic" alone: one party, however the article words its members. */
    private static final Map<String, String> US_PARTY_KEYS = Map.of("Democrat", "party:democratic", "Democrats", "party:democratic",
            "Democratic", "party:democratic", "Republican", "party:republican", "Republicans", "party:republican");

    /** "people:armenian" for "Armenian" and "Armenians", "people:turkish" for "Turks": a people; null for any other word. */
    private String peopleKey(String name) {
        if (linker.isDemonym(name)) {
            return "people:" + TextKeys.key(name);
        }
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : null;
        if (singular != null && linker.isDemonym(singular)) {
            return "people:" + TextKeys.key(singular);
        }
        // "Spaniards" and "Spanish", "Europeans" and "European": the noun English has for the people.
        String adjective = Peoples.adjectiveOf(name);
        return adjective != null ? "people:" + TextKeys.key(adjective) : null;
    }

    private static final java.util.regex.Pattern OFFICE_BEFORE = java.util.regex.Pattern.compile(
            "\\b" + Titles.OFFICES + "(?:\\s+of(?:\\s+the)?\\s+\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})?\\s+$");

    /** Whether an office's title stands right before the mention ("President Biden", "President of Mongolia Ukhnaagiin Khurelsukh"). */
    private static boolean afterOfficeTitle(RawMention m, String headline, String body) {
        String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
        int from = Math.max(0, m.start() - 60);
        return m.start() <= text.length() && OFFICE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    /**
     * "National Security Committee (KNB)", "Disaster and Emergency Management Authority, known as AFAD", "the National
     * Action Party, or PAN": an acronym in brackets, after "known as" or after ", or", right after an organisation's
     * name is that name's, though its letters are another language's initials that {@link AcronymFinder} cannot match.
     * Not an acronym the gazetteers know as something else ("… (AFP)"), unless all they know is a brand of the
     * name-suggestion index ("Workers' Party (PT)").
     */
    private static final java.util.regex.Pattern ACRONYM_AFTER = java.util.regex.Pattern.compile(
            " \\((?:(?:also )?known as )?([^()\\s]{2,10})\\)|,? (?:also )?known as ([^()\\s,.;:]{2,10})(?=[,.;:)]| \\p{Ll})"
                    + "|, or (\\p{Lu}[\\p{Lu}\\p{Ll}&-]{1,9})(?=[,.;:)]| \\p{Ll})");

    /**
     * A one-word name in brackets or after "known as" right after a person's full name: "President Joko Widodo
     * (Jokowi)", "Pushpa Kamal Dahal, better known as Prachanda".
     */
    private static final java.util.regex.Pattern NICKNAME_AFTER = java.util.regex.Pattern.compile(
            " \\((\\p{Lu}\\p{Ll}{2,15})\\)|,? (?:better |also |popularly |widely )?known as (\\p{Lu}\\p{Ll}{2,15})(?![\\p{L}\\p{N}'’-])");

    /**
     * "Congress of South African Trade Unions (Cosatu)": a short name written as a word that spells the initials of
     * every word of the name, "of" included.
     */
    /** "Group of 20", "Group of Twenty": the group's number as its short name writes it ("G20"). */
    private static final java.util.regex.Pattern GROUP_OF = java.util.regex.Pattern.compile("Group of (\\d{1,2}|Seven|Eight|Twenty)");
    private static final Map<String, String> GROUP_NUMBERS = Map.of("Seven", "7", "Eight", "8", "Twenty", "20");

    /** "G20" in an article that also writes "the Group of 20" is that group, as an acronym the text defines. */
    private static Map<String, String> groupsOfCountries(List<RawMention> mentions) {
        Map<String, String> shortNames = new HashMap<>();
        for (RawMention m : mentions) {
            java.util.regex.Matcher g = GROUP_OF.matcher(m.text());
            if (g.matches()) {
                shortNames.putIfAbsent("G" + GROUP_NUMBERS.getOrDefault(g.group(1), g.group(1)), m.text());
            }
        }
        return shortNames;
    }

    private static boolean spellsInitials(String acronym, List<String> words) {
        if (acronym.length() != words.size() || acronym.length() < 3 || !Character.isUpperCase(acronym.charAt(0))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (Character.toLowerCase(words.get(i).charAt(0)) != Character.toLowerCase(acronym.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern GROUP_SHORT_NAME = java.util.regex.Pattern.compile("\\p{Lu}{1,2}\\d{1,2}");

    /** Words a bracket after a person's name gives for the party or the side, not for the person. */
    private static final Set<String> NOT_NICKNAMES = Set.of("Labour", "Conservative", "Conservatives", "Republican", "Democrat",
            "Democratic", "Independent", "Green", "Greens", "Liberal", "Reform", "Retd", "Retired", "Ret", "Deceased", "Left", "Right",
            "Centre", "Center", "File", "Pictured", "Above", "Below", "Inset");

    private Map<String, String> bracketedAcronyms(List<RawMention> mentions, String body, String articleText) {
        Map<String, String> out = new HashMap<>();
        for (RawMention m : mentions) {
            // "Joko Widodo (Jokowi)", "Pushpa Kamal Dahal (Prachanda)": the name he goes by, whatever the recogniser types it.
            if ("PERSON".equals(m.type()) && m.tokens().size() >= 2 && Mention.BODY_TEXT.equals(m.field())) {
                java.util.regex.Matcher nick = NICKNAME_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 40));
                String name = !nick.lookingAt() ? null : nick.group(1) != null ? nick.group(1) : nick.group(2);
                if (name != null && !NOT_NICKNAMES.contains(name) && !linker.namesPlace(name) && !linker.isDemonym(name)
                        && linker.link(name, "ORGANIZATION", false, articleText) == null) {
                    out.putIfAbsent(name, m.text());
                }
                continue;
            }
            if (!"ORGANIZATION".equals(m.type()) || m.tokens().size() < 2 || !Mention.BODY_TEXT.equals(m.field())
                    || m.end() + 3 >= body.length()) {
                continue;
            }
            java.util.regex.Matcher after = ACRONYM_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 40));
            if (!after.lookingAt()) {
                continue;
            }
            String acronym = after.group(1) != null ? after.group(1) : after.group(2) != null ? after.group(2) : after.group(3);
            // After "known as" a short name need not be in capitals ("Monetary Policy Committee, known as Copom").
            boolean knownAs = after.group(2) != null && Character.isUpperCase(acronym.charAt(0)) && acronym.length() <= 10;
            // "Group of Seven (G7)": a group of countries' short name holds its number.
            boolean group = acronym.length() <= 4 && GROUP_SHORT_NAME.matcher(acronym).matches();
            if (!AcronymFinder.isAcronym(acronym) && !knownAs && !group && !spellsInitials(acronym, m.tokens())) {
                continue;
            }
            GazetteerEntry known = linker.link(acronym, "ORGANIZATION", false, articleText);
            if (known == null || known.kind() == GazetteerKind.OPERATOR) {
                out.putIfAbsent(acronym, m.text());
            }
        }
        return out;
    }

    /** A one-word ORGANIZATION mention written as an acronym ("CNNC"). */
    private static boolean isAcronymOf(RawMention m) {
        return "ORGANIZATION".equals(m.type()) && m.tokens().size() == 1 && AcronymFinder.isAcronym(m.text())
                && m.text().chars().allMatch(Character::isUpperCase);
    }

    /**
     * The one organisation whose name's initials spell the acronym exactly ("China National Nuclear Corporation" for
     * "CNNC"; function words give none, a hyphenated word one per part), else null.
     */
    private static Cluster byInitials(List<Cluster> clusters, String acronym) {
        return theOne(clusters, c -> "ORGANIZATION".equals(c.type()) && c.longest.tokens().size() >= 2
                && acronym.equals(initials(c.longest.tokens())));
    }

    /** The one cluster that fits, else null: when several fit, the text does not say which (two Smiths: do not guess). */
    private static Cluster theOne(List<Cluster> clusters, java.util.function.Predicate<Cluster> fits) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (fits.test(c)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (AcronymFinder.SKIPPABLE.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                    out.append(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        return out.toString();
    }

    /**
     * The recogniser may cut a long form into pieces ("Conference on ... Measures" + "Asia"): replace the
     * mentions inside a defined long form by one mention of the whole long form.
     */
    private static List<RawMention> withLongForms(List<RawMention> mentions, java.util.Collection<AcronymFinder.Definition> defs) {
        if (defs.isEmpty()) {
            return mentions;
        }
        List<RawMention> out = new ArrayList<>(mentions);
        for (AcronymFinder.Definition d : defs) {
            List<RawMention> inside = out.stream().filter(m -> Mention.BODY_TEXT.equals(m.field())
                    && m.start() >= d.start() && m.end() <= d.end()).toList();
            out.removeAll(inside);
            List<String> words = List.of(d.longForm().split(" "));
            String headType = BodyNouns.makesBody(words.get(words.size() - 1)) ? "ORGANIZATION"
                    : HeadNouns.typeOf(words); // "… Cooperation Agreement (EPCA)": MISC
            String type = headType != null ? headType : inside.stream().filter(m -> !"MISC".equals(m.type()) && m.tokens().size() > 1)
                    .map(RawMention::type).findFirst().orElse("ORGANIZATION");
            double confidence = inside.stream().mapToDouble(RawMention::confidence).max().orElse(0.5);
            out.add(new RawMention(Mention.BODY_TEXT, d.start(), d.end(), d.longForm(),
                    words, type, Math.max(confidence, 0.8), false));
        }
        return out;
    }

    /**
     * A PERSON cluster whose name ends with this shorter mention (a surname), or an ORG whose first word this one-word
     * mention is, or (when {@code byLastWord}) whose last word it is; when several clusters fit, none.
     * {@code byLastWord} is for ORGANIZATION mentions that name no place: "the Commission" is the European
     * Commission's, but "Newcastle" is not Urban Green Newcastle, nor a surname a body's, and "the House" is Congress's
     * chamber, not the White House.
     */
    private static Cluster longerName(List<Cluster> clusters, RawMention m, boolean byLastWord) {
        Cluster found = null;
        for (Cluster c : clusters) {
            boolean person = "PERSON".equals(c.type());
            // A one-word place or demonym is not an organisation's short name ("Norwegian", "Crewkerne").
            boolean organisation = "ORGANIZATION".equals(c.type()) && m.tokens().size() == 1
                    && !"MISC".equals(m.type()) && !"LOCATION".equals(m.type());
            if (!(person || organisation) || c.longest.tokens().size() <= m.tokens().size()) {
                continue;
            }
            List<String> longTokens = c.longest.tokens();
            List<String> tail = longTokens.subList(longTokens.size() - m.tokens().size(), longTokens.size());
            List<String> head = longTokens.subList(0, m.tokens().size());
            // People are re-mentioned by surname (or first name, or without their second surname: "Edmundo González"
            // after "Edmundo González Urrutia"); organisations by their first word ("Velora" for "Velora
            // Semiconductors") or by their last ("the Commission" after "the European Commission").
            boolean matches = person ? equalsIgnoreCase(tail, m.tokens()) || m.tokens().size() == 1
                    && (hasSurnamePrefix(longTokens.get(longTokens.size() - 1)) || hasSurnamePrefix(m.tokens().get(0)))
                    && TextKeys.key(bareSurname(longTokens.get(longTokens.size() - 1))).equals(TextKeys.key(bareSurname(m.tokens().get(0))))
                    || (m.tokens().size() == 1 || "PERSON".equals(m.type())) && equalsIgnoreCase(head, m.tokens())
                    : startsAName(c, m.tokens()) && !partOf(longTokens, m.tokens())
                    || byLastWord && equalsIgnoreCase(tail, m.tokens()) && !m.text().equals("House");
            if (matches) {
                if (found != null && found != c) {
                    // Two Smiths: the person the article names in full more often, or as often but first, is the one it
                    // goes on about ("Serdar Berdimuhamedov", then "his father Gurbanguly Berdimuhamedov"); not both
                    // people: do not guess.
                    if (!person || !"PERSON".equals(found.type())) {
                        return null;
                    }
                    int more = Integer.compare(found.mentions.size(), c.mentions.size());
                    found = more > 0 || more == 0 && firstAt(found) < firstAt(c) ? found : c;
                    continue;
                }
                found = c;
            }
        }
        return found != null || m.tokens().size() != 1 || !"PERSON".equals(m.type()) ? found : byMiddleName(clusters, m.tokens().get(0));
    }

    /**
     * The one organisation this name of two words or more is, written without the acronym or people's word before it
     * ("Security Council" after "U.N. Security Council", "Russian Security Council") or with an acronym of its first
     * words ("AU Commission" for "African Union Commission"); else null. Not a longer name that adds an ordinary word
     * ("National Security Council" is another body).
     */
    private Cluster unqualifiedName(List<Cluster> clusters, RawMention m) {
        List<String> tokens = m.tokens();
        return theOne(clusters, c -> {
            List<String> longTokens = c.longest.tokens();
            if (!"ORGANIZATION".equals(c.type()) || longTokens.size() <= tokens.size()) {
                return false;
            }
            if (longTokens.size() == tokens.size() + 1 && equalsIgnoreCase(longTokens.subList(1, longTokens.size()), tokens)
                    && isQualifier(longTokens.get(0))) {
                return true;
            }
            int headWords = longTokens.size() - tokens.size() + 1;
            return isAcronymWord(tokens.get(0))
                    && equalsIgnoreCase(longTokens.subList(headWords, longTokens.size()), tokens.subList(1, tokens.size()))
                    && initials(longTokens.subList(0, headWords)).equals(tokens.get(0).replace(".", ""));
        });
    }

    /** The words that open a state's formal name before "of": "Republic of Karakalpakstan", "Kingdom of Bahrain". */
    private static final Set<String> POLITY_WORDS = Set.of("Republic", "Kingdom", "State", "Emirate", "Sultanate", "Principality");

    /**
     * "Karakalpakstan's status" after "the Republic of Karakalpakstan", "Northern Cyprus" after "the Turkish Republic of
     * Northern Cyprus": a state's short name is the place its formal name names, whatever the recogniser typed the
     * short one ("Karakalpakstan" as an organisation); else null.
     */
    private static Cluster polityOf(List<Cluster> clusters, RawMention m) {
        int n = m.tokens().size();
        return theOne(clusters, c -> {
            // "… Republic of Northern Cyprus": the polity's word, "of", and the short name; any words before
            // ("Turkish Republic of Northern Cyprus", "Islamic Republic of Iran").
            List<String> t = c.longest.tokens();
            int of = t.size() - n - 1;
            // The words first: a cluster's type counts its mentions' votes.
            return of >= 1 && t.get(of).equals("of") && POLITY_WORDS.contains(t.get(of - 1))
                    && equalsIgnoreCase(t.subList(of + 1, t.size()), m.tokens()) && "LOCATION".equals(c.type());
        });
    }

    /** The one organisation with a name that is this one, then "of" or "for" and more ("Central Bank of Brazil"), else null. */
    private static Cluster headOfLongerName(List<Cluster> clusters, RawMention m) {
        int n = m.tokens().size();
        return theOne(clusters, c -> "ORGANIZATION".equals(c.type()) && c.mentions.stream().anyMatch(longer -> {
            List<String> t = longer.tokens();
            return t.size() > n + 1 && equalsIgnoreCase(t.subList(0, n), m.tokens())
                    && (t.get(n).equals("of") || t.get(n).equals("for"));
        }));
    }

    /** "U.N.", "EU", "Russian", "Kenya's": what may stand before a body's name to say whose it is (not "Supreme"). */
    private boolean isQualifier(String word) {
        String bare = word.replaceAll("['\u2019]s$", "");
        return isAcronymWord(bare) || linker.isDemonym(bare) || linker.isCountry(bare);
    }

    private static boolean isAcronymWord(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether one of the cluster's longer names starts with these words: "National" starts "National Lottery" when the
     * cluster's longest name is "UK National Lottery".
     */
    private static boolean startsAName(Cluster c, List<String> words) {
        for (RawMention n : c.mentions) {
            if (n.tokens().size() > words.size() && equalsIgnoreCase(n.tokens().subList(0, words.size()), words)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");

    /**
     * "U.Khurelsukh", "J. Smith": a given name's initial and a surname are the one person of the article whose full name
     * has that surname and a given name with that initial; else null.
     */
    private static Cluster byInitial(List<Cluster> clusters, RawMention m) {
        if (m.tokens().size() != 2 || !INITIAL.matcher(m.tokens().get(0)).matches()) {
            return null;
        }
        String surname = TextKeys.key(bareSurname(m.tokens().get(1)));
        char initial = m.tokens().get(0).charAt(0);
        return theOne(clusters, c -> {
            List<String> longTokens = c.longest.tokens();
            return "PERSON".equals(c.type()) && c.longest != m && longTokens.size() >= 2 && longTokens.get(0).charAt(0) == initial
                    && !INITIAL.matcher(longTokens.get(0)).matches()
                    && TextKeys.key(bareSurname(longTokens.get(longTokens.size() - 1))).equals(surname);
        });
    }

    /** Whether a name holds the same words as the tokens, in any order ("Shinzo Abe", "Abe Shinzo"). */
    private static boolean sameWords(String name, List<String> tokens) {
        String[] words = name.split(" ");
        if (words.length != tokens.size() || words.length < 2) {
            return false;
        }
        java.util.Set<String> a = new java.util.HashSet<>();
        for (String w : words) {
            a.add(TextKeys.key(w));
        }
        java.util.Set<String> b = new java.util.HashSet<>();
        for (String t : tokens) {
            b.add(TextKeys.key(t));
        }
        return a.equals(b);
    }

    /**
     * An event's or award's short name after its full one: "Eurovision" after "Eurovision Song Contest", "Booker" after
     * "Booker Prize", "Basketball World Cup" after "FIBA Basketball World Cup", "the Emmys" after "Primetime Emmy
     * Awards". The words (the last one in the singular) stand together in one other MISC name only.
     */
    private static Cluster shortEventName(List<Cluster> clusters, RawMention m) {
        List<String> words = new ArrayList<>(m.tokens());
        String last = words.get(words.size() - 1);
        List<String> singular = new ArrayList<>(words);
        if (last.length() > 3 && last.endsWith("s") && Character.isUpperCase(last.charAt(0))) {
            singular.set(words.size() - 1, last.substring(0, last.length() - 1));
        }
        return theOne(clusters, c -> "MISC".equals(c.type()) && c.longest.tokens().size() > words.size()
                && (containsRun(c.longest.tokens(), words) || containsRun(c.longest.tokens(), singular)));
    }

    /** Whether the words stand together, in order, in the longer name (case aside). */
    private static boolean containsRun(List<String> longTokens, List<String> words) {
        for (int i = 0; i + words.size() <= longTokens.size(); i++) {
            if (equalsIgnoreCase(longTokens.subList(i, i + words.size()), words)) {
                return true;
            }
        }
        return false;
    }

    /** Where a cluster is first named: its headline mentions before its body's, then by position. */
    private static long firstAt(Cluster c) {
        long first = Long.MAX_VALUE;
        for (RawMention m : c.mentions) {
            first = Math.min(first, (Mention.HEADLINE.equals(m.field()) ? 0L : 1L << 32) + m.start());
        }
        return first;
    }

    /** "al-Assad" and "Assad"; "U.Khurelsukh" (Mongolian papers glue the patronymic's initial on) and "Khurelsukh". */
    private static final java.util.regex.Pattern SURNAME_PREFIX = java.util.regex.Pattern.compile("^(?:(?:[Aa]l|[Ee]l)-|\\p{Lu}\\.)(?=\\p{Lu}\\p{Ll})");

    /** Whether the token may hold such a prefix: most do not, and the pattern is not tried on them. */
    private static boolean hasSurnamePrefix(String token) {
        return token.length() > 3 && (token.charAt(1) == '.' || token.charAt(2) == '-');
    }

    private static String bareSurname(String token) {
        if (!hasSurnamePrefix(token)) {
            return token;
        }
        return SURNAME_PREFIX.matcher(token).replaceFirst("");
    }

    /** Words of a natural feature's name that news drops on a second mention: "Lake Issyk-Kul" … "Issyk-Kul". */
    private static final java.util.Set<String> FEATURE_WORDS = java.util.Set.of("lake", "mount", "mt", "mt.", "river", "cape");

    /**
     * The one place whose name is this one after a feature word ("Lake Issyk-Kul" for "Issyk-Kul"), or, for a built
     * place's name of two words or more, after more of its name ("Key Bridge" for "Francis Scott Key Bridge"); else null.
     */
    private static Cluster withoutFeatureWord(List<Cluster> clusters, RawMention m) {
        boolean built = m.tokens().size() >= 2 && "LOCATION".equals(HeadNouns.typeOf(m.tokens()));
        return theOne(clusters, c -> {
            List<String> longTokens = c.longest.tokens();
            if (!"LOCATION".equals(c.type()) || longTokens.size() <= m.tokens().size()) {
                return false;
            }
            List<String> tail = longTokens.subList(longTokens.size() - m.tokens().size(), longTokens.size());
            return longTokens.size() == m.tokens().size() + 1 && FEATURE_WORDS.contains(longTokens.get(0).toLowerCase(java.util.Locale.ROOT))
                    && equalsIgnoreCase(tail, m.tokens()) || built && equalsIgnoreCase(tail, m.tokens());
        });
    }

    /** The one PERSON cluster with this word inside its name, when no name starts or ends with it ("Lula"). */
    private static Cluster byMiddleName(List<Cluster> clusters, String word) {
        return theOne(clusters, c -> "PERSON".equals(c.type()) && isMiddleName(c.longest.tokens(), word));
    }

    /**
     * "Lula" in "Luiz Inácio Lula da Silva": a capitalised word inside a name of three words or more, by which Portuguese
     * and Spanish names are often shortened ("López" of "Andrés Manuel López Obrador").
     */
    private static boolean isMiddleName(List<String> longTokens, String word) {
        if (longTokens.size() < 3 || word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (String t : longTokens.subList(1, longTokens.size() - 1)) {
            if (TextKeys.key(t).equals(TextKeys.key(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the long name is an organ of the body an acronym names: the acronym and an organ's head noun ("CICA
     * Secretariat", "IMF Board"). "Labour" is the "Labour Party" and the "RMT Union" the RMT, but "CICA" is not its
     * secretariat.
     */
    private static boolean partOf(List<String> longTokens, List<String> shortTokens) {
        String acronym = shortTokens.get(shortTokens.size() - 1);
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        for (String w : longTokens.subList(shortTokens.size(), longTokens.size())) {
            if (!BodyNouns.isOrgan(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsIgnoreCase(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!TextKeys.key(a.get(i)).equals(TextKeys.key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Mentions of one entity. */
    private static final class Cluster {
        private GazetteerEntry entry;
        private final String firstName;
        private final List<RawMention> mentions = new ArrayList<>();
        private RawMention longest;

        Cluster(GazetteerEntry entry, String firstName) {
            this.entry = entry;
            this.firstName = firstName;
        }

        void add(RawMention m) {
            mentions.add(m);
            if (longest == null || m.tokens().size() > longest.tokens().size()) {
                longest = m;
            }
        }

        /**
         * The linked entry's type; else PERSON when the longest mentions are a person's full name (the shorter ones
         * joined it as the surname, so they are that person's, however a results line or headline made the recogniser
         * type them: "Tomasov 34, 78"); else the confidence-weighted majority of the mentions' types.
         */
        String type() {
            if (entry != null) {
                return entry.kind().entityType();
            }
            if (fullNameOfAPerson()) {
                return "PERSON";
            }
            List<String> t = longest.tokens();
            if (t.size() >= 2 && "ORGANIZATION".equals(longest.type()) && BodyNouns.makesBody(t.get(t.size() - 1))) {
                return "ORGANIZATION"; // "Kumtor Gold Company": its full name says what "Kumtor" is, however often typed a person
            }
            Map<String, Double> votes = new LinkedHashMap<>();
            for (RawMention m : mentions) {
                votes.merge(m.type(), m.confidence(), Double::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("MISC");
        }

        /** Shorter mentions joined a full name that every mention of its length has as a PERSON. */
        private boolean fullNameOfAPerson() {
            int longestSize = longest.tokens().size();
            boolean shorter = false;
            for (RawMention m : mentions) {
                if (m.tokens().size() < longestSize) {
                    shorter = true;
                } else if (!"PERSON".equals(m.type()) || m.confidence() < 0.5) {
                    return false;
                }
            }
            return shorter && longestSize >= 2;
        }

        Entity toEntity() {
            String type = type();
            String name = entry == null ? firstName : entry.english() ? entry.canonical() : longest.text();
            String wikidata = entry == null ? null : entry.wikidataId();
            String key = wikidata != null ? "wikidata:" + wikidata
                    : type.toLowerCase(java.util.Locale.ROOT) + ":" + TextKeys.slug(name);
            List<RawMention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt((RawMention m) -> m.field().equals(Mention.HEADLINE) ? 0 : 1)
                    .thenComparingInt(RawMention::start));
            List<Mention> out = new ArrayList<>(sorted.size());
            double best = 0;
            for (RawMention m : sorted) {
                out.add(new Mention(m.field(), m.start(), m.end()));
                best = Math.max(best, m.confidence());
            }
            // Repeated mentions and a gazetteer match are independent evidence that this is a real entity.
            double confidence = 1 - (1 - best) * Math.pow(0.7, Math.min(mentions.size() - 1, 5)) * (entry != null ? 0.5 : 1);
            return new Entity(type, name, key, wikidata, out.size(), out, Math.round(confidence * 1000) / 1000.0);
        }
    }
}
