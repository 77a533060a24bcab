package io.newsroom.nlp.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head noun that ends a name and says what kind of thing it names, whatever the recogniser typed it: a treaty, law,
 * plan, index or summit is MISC ("Belt and Road Initiative", "Astana Declaration", "Dow Jones Industrial Average",
 * "East Asia Summit", "Summit of the Americas"; CoNLL's convention for laws, treaties and events), as is a named storm ("Storm Daniel"),
 * an award named for its object ("Golden Lion"), a telescope ("Hubble Space Telescope"), a stadium, airport, square, tower or road is a place ("Al Bayt Stadium", "Tiananmen Square", "Eiffel Tower"), as is a
 * name opened by a Portuguese, Spanish, French or Italian street word ("Avenida Paulista", "Plaza de Mayo"). Bodies'
 * head nouns are {@link BodyNouns}.
 */
public final class HeadNouns {

    /** Documents and programmes: "Paris Agreement", "Inflation Reduction Act", "Global Gateway Initiative". */
    private static final Set<String> DOCUMENTS = Set.of("agreement", "treaty", "accord", "accords", "declaration",
            "convention", "protocol", "initiative", "act", "charter", "pact", "doctrine", "plan", "regulation", "directive",
            "bill", "law", "index", "average", "amendment", "framework", "statute", "memorandum");

    /**
     * Events and awards: "East Asia Summit", "World Cup", "Winter Olympics", "Academy Awards", "Nobel Peace Prize"
     * ("Games" is also a company's word: "Epic Games").
     */
    private static final Set<String> EVENTS = Set.of("summit", "olympics", "paralympics", "championship", "championships",
            "cup", "festival", "expo", "marathon", "prix", "awards", "award", "prize", "trophy",
            "battle", "war", "revolution", // "Battle of Khalkhin Gol", "Cold War", "Orange Revolution": events, MISC
            "dialogue"); // "Berlin Global Dialogue", "C5+1 Critical Minerals Dialogue": a meeting's series, as every set marks it

    /**
     * Awards named for their object in gold or silver: "Golden Lion", "Silver Bear", "Golden Boot", "Golden Globes". Only
     * these objects: "Golden State" is California and "Golden Dawn" a party.
     */
    private static final Set<String> AWARD_METALS = Set.of("golden", "silver", "bronze");
    private static final Set<String> AWARD_OBJECTS = Set.of("lion", "bear", "boot", "ball", "globe", "globes", "glove",
            "shoe", "palm", "leopard", "shell", "raspberry", "raspberries", "calf", "spike", "slipper");

    /** Cups named by their word first: "Copa America", "Copa del Rey", "Coupe de France" (not "Copa Airlines", a body). */
    private static final Set<String> EVENTS_BEFORE = Set.of("copa", "coupe");

    /** Instruments given a name: "Hubble Space Telescope", "James Webb Space Telescope". */
    private static final Set<String> INSTRUMENTS = Set.of("telescope");

    /** Weather that is given a name: "Storm Daniel", "Hurricane Ian", "Typhoon Hinnamnor". */
    private static final Set<String> WEATHER_BEFORE = Set.of("storm", "hurricane", "typhoon", "cyclone");

    /** The words that open a storm's name, as a pattern's alternatives in their usual capitals: "Storm|Hurricane|…". */
    public static String weatherWordsCapitalised() {
        return WEATHER_BEFORE.stream().sorted().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** Places built or laid out: "Al Bayt Stadium", "Heathrow Airport", "Tiananmen Square". */
    private static final Set<String> FACILITIES = Set.of("stadium", "arena", "airport", "square", "avenue", "boulevard",
            "bridge", "tower", "street", "road", "highway", "cathedral", "mosque", "temple", "castle", "theatre", "theater",
            "courthouse", "building", "buildings", "canal", "memorial", "monument", "complex", "base", "station", "palace", "terminal",
            "port", "dam", "tunnel", "pier", "site", // "Semipalatinsk Test Site", "Wenchang Spacecraft Launch Site"
            "ground"); // "Melbourne Cricket Ground", "Lord's Cricket Ground": a sports ground, as a stadium
            // "palace" though a government's too ("Buckingham Palace said"): every writer of our sets types a palace a
            // place, "Miraflores Palace" as "Akasaka Palace"; not "church", a body's ("Catholic Church")

    /**
     * Areas of a state's map: "South Gyeongsang Province", "Fukushima Prefecture", "Kherson Oblast". Not "County"
     * ("Derby County" is a club), "District" or "Region" ("Southern Military District" is a command).
     */
    private static final Set<String> AREAS = Set.of("province", "prefecture", "oblast", "governorate", "municipality");

    /** Of those, the ones that are surnames too ("Julien Temple", "Picabo Street"): they do not make a person's name a place. */
    public static final Set<String> SURNAMES_TOO = Set.of("street", "road", "temple", "castle", "tower");

    /** Street words that open a place's name in other languages: "Avenida Paulista", "Rue de Rivoli". */
    private static final Set<String> STREETS_BEFORE = Set.of("avenida", "rua", "praça", "praca", "plaza", "calle", "rue",
            "piazza", "via", "platz", "stade", "estadio", "stadio", "stadion"); // and a stadium's: "Stade de France"

    /**
     * Land and water named by a word before the name: "Isle of Wight", "Mount Kenya", "Lake Chad", "Cape Canaveral";
     * these words need "of" after them, or they open companies' names too ("Gulf Air", "Bay Street"): "Gulf of Aden",
     * "Bay of Biscay", "Sea of Azov", "Strait of Hormuz".
     */
    private static final Set<String> FEATURES_BEFORE = Set.of("isle", "isles", "mount", "mt", "lake", "cape");
    private static final Set<String> FEATURES_BEFORE_OF = Set.of("gulf", "bay", "sea", "strait", "straits", "isle", "isles");

    /** A palace, or a memorial alley or avenue, named by what follows "of": "Alley of Honour", "Avenue of the Americas". */
    private static final Set<String> BUILT_BEFORE_OF = Set.of("Palace", "Alley", "Avenue", "Boulevard");

    /**
     * "Palace of Versailles", "Royal Palace of Madrid", "Palace of Independence", "Alley of Martyrs": a palace (or an
     * alley, an avenue) named by what follows "of" is the building or street, a place, as the palaces named by what
     * comes before ("Akorda Palace").
     */
    private static boolean isBuiltPlaceOf(List<String> tokens) {
        int palace = BUILT_BEFORE_OF.contains(tokens.get(0)) ? 0 : tokens.size() > 2 && tokens.get(1).equals("Palace")
                && Character.isUpperCase(tokens.get(0).codePointAt(0)) ? 1 : -1;
        return palace >= 0 && tokens.size() > palace + 2 && tokens.get(palace + 1).equals("of");
    }

    private static boolean isNaturalFeature(List<String> tokens) {
        String first = tokens.get(0);
        if (!Character.isUpperCase(first.charAt(0))) {
            return false;
        }
        String word = first.toLowerCase(Locale.ROOT);
        String next = tokens.get(1);
        // The feature's name alone: "Isle of Man TT" is a race, "Isles of Scilly Integrated Care System" a body.
        return next.equals("of") ? tokens.size() == 3 && FEATURES_BEFORE_OF.contains(word)
                : tokens.size() <= 3 && FEATURES_BEFORE.contains(word) && Character.isUpperCase(next.charAt(0));
    }

    private HeadNouns() {
    }

    /**
     * Words that open a place's name before a particle in French, Italian, Spanish or Portuguese: "Place de la Concorde",
     * "Col du Galibier", "Plateau de Beille", "Pla d'Adet", "Piazza del Plebiscito", "Château de Versailles", "Puerto de
     * la Cruz". Only before the particle: "Val Kilmer" is a person, "Mont" alone a word of many names; not "Monte", a
     * bank's too ("Monte dei Paschi").
     */
    private static final Set<String> PLACES_BEFORE_PARTICLE = Set.of("Place", "Col", "Plateau", "Pla", "Pont", "Lac", "Mont",
            "Puy", "Pic", "Pico", "Cerro", "Lago", "Isla", "\u00cele", "Passo", "Colle", "Palazzo", "Palais",
            "Ch\u00e2teau", "Parc", "Porte", "Pointe", "Baie", "Golfe", "For\u00eat", "Gare", "Puerto", "Piazza", "Plaza", "Rue",
            "Avenida", "Calle", "Via", "Val", "Vall\u00e9e", "C\u00f4te", "Cime");

    /** The particles of those names, as a pattern's alternatives: "de la", "du", "del", "d'" (no space after). */
    public static final String PLACE_PARTICLES = "(?:(?:de la|de l['\u2019]|du|des|de|del|della|delle|dei|degli|di|da|do|dos|das)\\h|d['\u2019])";
    private static final java.util.regex.Pattern PARTICLE_WORD = java.util.regex.Pattern.compile(
            "(?:de|du|des|del|della|delle|dei|degli|di|da|do|dos|das)|d['\u2019].*");

    /** The words of {@link #PLACES_BEFORE_PARTICLE} as a pattern's alternatives. */
    public static String placeWordsBeforeParticle() {
        return PLACES_BEFORE_PARTICLE.stream().sorted().collect(java.util.stream.Collectors.joining("|"));
    }

    /** Whether a word opens a place's name before a particle ("Col", "Piazza"). */
    public static boolean opensPlaceBeforeParticle(String word) {
        return PLACES_BEFORE_PARTICLE.contains(word);
    }

    /** Whether a word is one of those particles ("du", "d'Adet"). */
    public static boolean isPlaceParticle(String word) {
        return PARTICLE_WORD.matcher(word).matches();
    }

    /** "Place de la Concorde", "Col du Galibier": a place word of {@link #PLACES_BEFORE_PARTICLE}, then a particle. */
    private static boolean isPlaceBeforeParticle(List<String> tokens) {
        return PLACES_BEFORE_PARTICLE.contains(tokens.get(0)) && isPlaceParticle(tokens.get(1));
    }

    /**
     * Whether the word names an event or award ("Olympics", "Summit", "Cup"): after a city's name CoNLL keeps the city a
     * place of its own ("Berlin Olympics", "Barcelona Olympics").
     */
    public static boolean isEvent(String word) {
        return EVENTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that put a document's subject after it: "Treaty of Rome", "Agreement for Trans-Pacific Partnership". */
    private static final Set<String> DOCUMENT_LINKS = Set.of("of", "on", "for", "between");

    /**
     * "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "Convention on the Rights of the Child":
     * a document's head noun before "of", "on", "for" or "between".
     */
    private static boolean documentOf(List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (DOCUMENTS.contains(tokens.get(i).toLowerCase(Locale.ROOT)) && Character.isUpperCase(tokens.get(i).charAt(0))
                    && DOCUMENT_LINKS.contains(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "UN Water Conference", "Munich Security Conference", "Consultative Meeting": a conference or meeting named before
     * its word is an event; not "… Consultative Conference" (China's CPPCC, a body), a league's conference, nor a name
     * opened by the word ("Conference of Rulers", "Conference on Interaction and Confidence-Building Measures in Asia"
     * are bodies).
     */
    private static boolean meetingNamed(List<String> tokens) {
        String last = tokens.get(tokens.size() - 1);
        return last.equals("Conference") && !tokens.get(tokens.size() - 2).equals("Consultative")
                && tokens.stream().noneMatch(LEAGUE_CONFERENCE_WORDS::contains)
                || last.equals("Meeting") || last.equals("Meetings");
    }

    /** A league's conference is a body: "American Football Conference", "Eastern Conference", "Big Ten Conference". */
    private static final Set<String> LEAGUE_CONFERENCE_WORDS = Set.of("Football", "Basketball", "Athletic", "Eastern",
            "Western", "Southern", "Northern", "Big", "Pac-12", "Hockey", "Rugby");

    /** "Gorno-Badakhshan Autonomous Region", "Khanty-Mansi Autonomous Okrug": an autonomous area, a place. */
    private static boolean autonomousArea(List<String> tokens) {
        return tokens.size() >= 3 && tokens.get(tokens.size() - 2).equals("Autonomous");
    }

    private static boolean isAward(List<String> tokens) {
        return tokens.size() == 2 && AWARD_METALS.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                && AWARD_OBJECTS.contains(tokens.get(1).toLowerCase(Locale.ROOT));
    }

    /** "Summit of the Americas", "Africa Cup of Nations": an event's word, then "of". */
    private static boolean eventOf(List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (EVENTS.contains(tokens.get(i).toLowerCase(Locale.ROOT)) && Character.isUpperCase(tokens.get(i).charAt(0))
                    && tokens.get(i + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** The words before "Center"/"Centre" that make a place of it, though "Center" makes bodies' names. */
    private static final Set<String> PLACE_CENTRES = Set.of("Space", "Convention", "Exhibition");

    /**
     * "Tanegashima Space Center", "Walter E. Washington Convention Center", "ExCeL Exhibition Centre": a launch site or a
     * centre where things are held is a place, though "Center" makes bodies' names.
     */
    public static boolean isPlaceCentre(List<String> tokens) {
        int n = tokens.size();
        return n >= 3 && PLACE_CENTRES.contains(tokens.get(n - 2)) && (tokens.get(n - 1).equals("Center") || tokens.get(n - 1).equals("Centre"));
    }

    /** MISC, LOCATION or null (no head noun of these kinds) for a name of two words or more. */
    public static String typeOf(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        // A body's head inside the name makes it the body's: "Institute of Space Policy and Law", "Office for
        // Statistics Regulation".
        boolean body = tokens.subList(0, tokens.size() - 1).stream().anyMatch(BodyNouns::isHead);
        if (!body && (DOCUMENTS.contains(last) || EVENTS.contains(last) || INSTRUMENTS.contains(last) || documentOf(tokens)
                || meetingNamed(tokens)
                || eventOf(tokens) || EVENTS_BEFORE.contains(tokens.get(0).toLowerCase(Locale.ROOT))) || isAward(tokens)
                || WEATHER_BEFORE.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            return "MISC";
        }
        if (FACILITIES.contains(last) || !body && AREAS.contains(last) || autonomousArea(tokens) || isPlaceCentre(tokens) || STREETS_BEFORE.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                || isPlaceBeforeParticle(tokens) || !body && isNaturalFeature(tokens) || !body && isBuiltPlaceOf(tokens)) {
            return "LOCATION";
        }
        return null;
    }
}
