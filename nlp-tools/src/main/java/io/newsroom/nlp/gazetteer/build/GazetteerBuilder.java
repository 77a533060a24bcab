package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.text.TextKeys;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the compact gazetteers committed under {@code models/gazetteers} from ../shared/data/gazetteers.
 * Each output file keeps to one source licence family (see NOTICE): countries (countries-list MIT,
 * world-countries ODbL, Wikidata ids CC0), organisations (supraverden CC BY-SA 4.0), leaders (Wikidata CC0),
 * places (GeoNames CC BY 4.0), cities (Natural Earth, public domain, read from the extract kept in
 * {@code nlp-tools/gazetteer-sources/natural-earth}).
 */
public final class GazetteerBuilder {

    /** Two/three-letter codes that newsrooms really write; other ISO codes would match ordinary tokens. */
    private static final Set<String> SHORT_ALIASES = Set.of("UK", "US", "USA", "UAE", "DRC", "PRC", "DPRK", "ROK");

    /** The Natural Earth extract, relative to the gazetteer-sources folder. */
    public static final String NATURAL_EARTH_EXTRACT = "natural-earth/ne_50m_populated_places.tsv";
    /** Natural Earth's 1:10m populated places of 100,000 people or more (towns the 1:50m file lacks), same folder. */
    public static final String NATURAL_EARTH_TOWNS_EXTRACT = "natural-earth/ne_10m_populated_places.tsv";
    /** The Natural Earth map-units extract (the United Kingdom's four nations), relative to the gazetteer-sources folder. */
    public static final String NATURAL_EARTH_MAP_UNITS_EXTRACT = "natural-earth/ne_50m_admin_0_map_units.tsv";
    public static final String OFFICE_HOLDERS_EXTRACT = "wikidata-officeholders/officeholders.tsv";
    public static final String NAME_LISTS = "name-lists";
    public static final String PARTIES_EXTRACT = "wikidata-parties/parties.tsv";
    /** Parties of every country (Party Facts); the United Kingdom's come from {@link #PARTIES_EXTRACT}. */
    public static final String PARTY_FACTS_EXTRACT = "party-facts/parties.tsv";
    public static final String OPERATORS_EXTRACT = "name-suggestion-index/operators.tsv";
    /** Natural Earth's seas, oceans, gulfs and large lakes with Wikidata ids, relative to the gazetteer-sources folder. */
    public static final String NATURAL_EARTH_WATERS_EXTRACT = "natural-earth/ne_waters.tsv";
    /** Continents with Wikidata ids (Natural Earth geography regions). */
    public static final String NATURAL_EARTH_REGIONS_EXTRACT = "natural-earth/ne_regions.tsv";
    /** The United States' states and capital district with Wikidata ids (Natural Earth admin-1 at 1:110m). */
    public static final String NATURAL_EARTH_STATES_EXTRACT = "natural-earth/ne_states.tsv";
    /** Countries' and territories' Wikidata ids by ISO code (Natural Earth admin-0), where the leaders table has none. */
    public static final String NATURAL_EARTH_COUNTRY_IDS_EXTRACT = "natural-earth/ne_admin_0_wikidata.tsv";
    public static final String ENGLISH_CLUBS_EXTRACT = "english-clubs/clubs.tsv";
    public static final String FOOTBALL_CLUBS_EXTRACT = "wikidata-football-clubs/clubs.tsv";
    /** Institutions news names without their country ("Congress", "the Senate"), written by the project. */
    public static final String INSTITUTIONS_EXTRACT = "national-institutions/institutions.tsv";
    /** A city name shared by several places links only when one of them is this many times larger than the rest. */
    static final int AMBIGUOUS_NAME_POPULATION_RATIO = 3;

    private final ObjectMapper json = new ObjectMapper();
    /**
     * Key of every country name and alias -> the country's name: a city alias that is also a country ("Singapore") stays
     * the country's, and a place's note names its country as the countries file does ("United States", not Natural
     * Earth's "United States of America"), so that the linker finds the country's names under it.
     */
    private final Map<String, String> countryByKey = new java.util.HashMap<>();

    public void build(Path dataDir, Path outDir) throws IOException {
        build(dataDir, null, outDir);
    }

    /** {@code sourcesDir}: the repository's gazetteer-sources folder, or null to build without the cities file. */
    public void build(Path dataDir, Path sourcesDir, Path outDir) throws IOException {
        Path gaz = dataDir.resolve("gazetteers");
        Files.createDirectories(outDir);
        Map<String, String> countryIds = readCountryWikidataIds(gaz.resolve("world-leaders.csv"));
        Map<String, String> idsByCode = sourcesDir == null ? Map.of()
                : NaturalEarthCountryIds.read(sourcesDir.resolve(NATURAL_EARTH_COUNTRY_IDS_EXTRACT));
        int countries = writeCountries(gaz, countryIds, idsByCode, outDir.resolve("countries.tsv.gz"));
        int orgs = writeOrganisations(gaz.resolve("international-organisations.yaml"), outDir.resolve("organisations.tsv.gz"));
        int leaders = writeLeaders(gaz.resolve("world-leaders.csv"), outDir.resolve("leaders.tsv.gz"));
        int places = writePlaces(gaz, outDir.resolve("places.tsv.gz"));
        int cities = 0;
        int holders = 0;
        int nations = 0;
        if (sourcesDir != null) {
            // Read once: the towns and the companies both leave out the words English news writes in lower case.
            Set<String> ordinaryWords = OperatorNames.ordinaryWords(englishTexts(dataDir));
            cities = writeCities(NaturalEarthPlaces.read(sourcesDir.resolve(NATURAL_EARTH_EXTRACT)),
                    NaturalEarthPlaces.read(sourcesDir.resolve(NATURAL_EARTH_TOWNS_EXTRACT)),
                    ordinaryWords, outDir.resolve(Gazetteer.CITY_LINKS_FILE));
            holders = writeOfficeHolders(OfficeHolders.read(sourcesDir.resolve(OFFICE_HOLDERS_EXTRACT)),
                    leaderIds(gaz.resolve("world-leaders.csv")), outDir.resolve(Gazetteer.OFFICE_HOLDERS_FILE));
            nations = writeMapUnits(NaturalEarthMapUnits.read(sourcesDir.resolve(NATURAL_EARTH_MAP_UNITS_EXTRACT)),
                    outDir.resolve(Gazetteer.MAP_UNIT_LINKS_FILE));
            // The United Kingdom's parties first, so no company takes their names; every other country's after the clubs.
            List<PoliticalParties.Party> commons = PoliticalParties.read(sourcesDir.resolve(PARTIES_EXTRACT));
            writeParties(commons, List.of(), ordinaryWords, Set.of(), outDir.resolve(Gazetteer.PARTIES_FILE));
            int names = writeNames(sourcesDir.resolve(NAME_LISTS), outDir.resolve(Gazetteer.NAMES_FILE));
            System.out.printf("person-name features: %d names%n", names);
            // The companies are written from everything before them, the waters included, and the clubs from everything:
            // the last build's lists must not decide which names the waters and companies may take.
            Files.deleteIfExists(outDir.resolve(Gazetteer.OPERATORS_FILE));
            Files.deleteIfExists(outDir.resolve(Gazetteer.CLUBS_FILE));
            int waters = writeWaters(NaturalEarthWaters.read(sourcesDir.resolve(NATURAL_EARTH_WATERS_EXTRACT)),
                    ordinaryWords, outDir);
            System.out.printf("linked seas, oceans and lakes: %d%n", waters);
            int regions = writeRegions(NaturalEarthRegions.read(sourcesDir.resolve(NATURAL_EARTH_REGIONS_EXTRACT)),
                    NaturalEarthStates.read(sourcesDir.resolve(NATURAL_EARTH_STATES_EXTRACT)), outDir);
            System.out.printf("linked continents and states: %d%n", regions);
            List<NameSuggestionIndex.Organisation> operatorSource = NameSuggestionIndex.read(sourcesDir.resolve(OPERATORS_EXTRACT));
            int operators = writeOperators(operatorSource,
                    ordinaryWords, outDir);
            System.out.printf("linked companies and public bodies: %d%n", operators);
            int clubs = writeClubs(EnglishClubs.read(sourcesDir.resolve(ENGLISH_CLUBS_EXTRACT)),
                    EnglishClubs.read(sourcesDir.resolve(FOOTBALL_CLUBS_EXTRACT)), outDir);
            System.out.printf("linked football clubs: %d%n", clubs);
            // A party abroad links only where the article names its country, so it takes no name from a company, water
            // or club (BP is the oil company; the Belarusian Patriotic Party's "BPP" folds to it); it may share one.
            Set<String> companies = new java.util.HashSet<>();
            for (NameSuggestionIndex.Organisation o : operatorSource) {
                companies.add(TextKeys.key(o.label()));
            }
            int parties = writeParties(commons, PoliticalParties.read(sourcesDir.resolve(PARTY_FACTS_EXTRACT)), ordinaryWords,
                    companies, outDir.resolve(Gazetteer.PARTIES_FILE));
            System.out.printf("linked political parties: %d%n", parties);
            int institutions = writeInstitutions(sourcesDir.resolve(INSTITUTIONS_EXTRACT), outDir.resolve(Gazetteer.INSTITUTIONS_FILE));
            System.out.printf("linked national institutions: %d%n", institutions);
        }
        System.out.printf("gazetteers: %d countries, %d organisations, %d leaders, %d places, %d linked cities, %d linked nations, "
                        + "%d linked office-holders -> %s%n", countries, orgs, leaders, places, cities, nations, holders, outDir);
    }

    /**
     * Names English news uses that world-countries 5.1.0 and countries-list lack: "Britain" for the United Kingdom,
     * and "Turkey", which the data renamed Türkiye without keeping the old name as an alias (so Turkey was neither
     * matched nor linked, and the leaders table, which says "Turkey", could not give it its Wikidata id).
     */
    static final Map<String, Set<String>> NEWS_NAMES = Map.of(
            "United Kingdom", Set.of("Britain"),
            "Türkiye", Set.of("Turkey"),
            "South Korea", Set.of("S. Korea"), // Yonhap's and headlines' short forms
            "North Korea", Set.of("N. Korea"));

    /**
     * The social platforms news names as sources and as companies ("said on Twitter", "Facebook removed the posts"),
     * which the international organisations' list cannot hold and the name-suggestion-index does not (they run no
     * shops): name and Wikidata id (CC0), each checked against two public lists of platform ids. Written with the
     * international organisations, so that the recogniser's gazetteer feature and the linker know them.
     */
    static final Map<String, String> PLATFORMS = new java.util.TreeMap<>(Map.of(
            "Twitter", "Q918", "Facebook", "Q355", "YouTube", "Q866", "Instagram", "Q209330", "WhatsApp", "Q1049511",
            "TikTok", "Q48938223", "Reddit", "Q1136", "Snapchat", "Q333618", "LinkedIn", "Q213660"));

    /**
     * Demonyms English news uses that world-countries 5.1.0 gives in an older or longer form only ("Kazakhstani",
     * "Kirghiz", "Tadzhik", "Uzbekistani", "Saudi Arabian"): "Kazakh President Tokayev", "Kyrgyz President Japarov".
     */
    static final Map<String, Set<String>> NEWS_DEMONYMS = Map.of(
            "Kazakhstan", Set.of("Kazakh"),
            "Kyrgyzstan", Set.of("Kyrgyz"),
            "Tajikistan", Set.of("Tajik"),
            "Uzbekistan", Set.of("Uzbek"),
            "Saudi Arabia", Set.of("Saudi"));

    private int writeCountries(Path gaz, Map<String, String> countryIds, Map<String, String> idsByCode, Path out)
            throws IOException {
        JsonNode world = json.readTree(gaz.resolve("world-countries.json").toFile());
        JsonNode list = json.readTree(gaz.resolve("countries-list.json").toFile());
        List<String> lines = new ArrayList<>();
        List<String> demonymLines = new ArrayList<>();
        int matched = 0;
        for (JsonNode c : world) {
            String common = c.path("name").path("common").asText();
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(c.path("name").path("official").asText());
            for (JsonNode alt : c.path("altSpellings")) {
                String a = alt.asText();
                if (a.length() > 3 || SHORT_ALIASES.contains(a)) {
                    aliases.add(a);
                }
            }
            JsonNode listed = list.path(c.path("cca2").asText());
            if (listed.has("name")) {
                aliases.add(listed.path("name").asText());
                String nativeName = listed.path("native").asText();
                if (isLatin(nativeName)) {
                    aliases.add(nativeName);
                }
            }
            aliases.addAll(NEWS_NAMES.getOrDefault(common, Set.of()));
            aliases.remove(common);
            aliases.removeIf(String::isBlank);
            countryByKey.put(TextKeys.key(common), common);
            aliases.forEach(a -> countryByKey.putIfAbsent(TextKeys.key(a), common));
            String qid = countryIds.get(TextKeys.key(common));
            for (Iterator<String> it = aliases.iterator(); qid == null && it.hasNext(); ) {
                qid = countryIds.get(TextKeys.key(it.next()));
            }
            if (qid == null) {
                qid = idsByCode.get(c.path("cca2").asText());
            }
            matched += qid != null ? 1 : 0;
            lines.add(line(GazetteerKind.COUNTRY, common, qid, c.path("cca2").asText(), aliases));
            for (JsonNode capital : c.path("capital")) {
                lines.add(line(GazetteerKind.CITY, capital.asText(), null, "capital of " + common, Set.of()));
            }
            JsonNode eng = c.path("demonyms").path("eng");
            Set<String> demonyms = new LinkedHashSet<>();
            demonyms.add(eng.path("m").asText());
            demonyms.add(eng.path("f").asText());
            demonyms.removeIf(String::isBlank);
            demonyms.addAll(NEWS_DEMONYMS.getOrDefault(common, Set.of()));
            if (!demonyms.isEmpty()) {
                String first = demonyms.iterator().next();
                demonyms.remove(first);
                demonymLines.add(line(GazetteerKind.DEMONYM, first, null, common, demonyms));
            }
        }
        lines.addAll(demonymLines);
        write(out, lines);
        System.out.printf("countries with a Wikidata id: %d of %d%n", matched, world.size());
        return world.size();
    }

    /** Country label -> Wikidata id, from the leaders table (its only source of country ids). */
    private Map<String, String> readCountryWikidataIds(Path csv) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (List<String> row : Csv.read(csv)) {
            if (row.size() > 1) {
                ids.putIfAbsent(TextKeys.key(row.get(1)), row.get(0));
                // Wikidata says "The Gambia", "The Bahamas"; world-countries says "Gambia", "Bahamas"
                ids.putIfAbsent(TextKeys.key(row.get(1)).replaceFirst("^the ", ""), row.get(0));
            }
        }
        return ids;
    }

    private int writeOrganisations(Path yaml, Path out) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        List<String> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            String name = o.path("Name_en").asText(e.getKey());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(e.getKey());
            String abbreviation = o.path("Abbreviation_en").asText("");
            if (abbreviation.length() >= 2 && abbreviation.length() <= 12) {
                aliases.add(abbreviation);
            }
            for (String lang : List.of("Name_fr", "Name_es", "Name_de", "Name_pt")) {
                aliases.add(o.path(lang).asText(""));
            }
            aliases.remove(name);
            aliases.removeIf(String::isBlank);
            String qid = o.path("Wikidata_code").asText("");
            lines.add(line(GazetteerKind.ORGANISATION, name, qid.matches("Q\\d+") ? qid : null,
                    abbreviation, aliases));
        }
        PLATFORMS.forEach((name, qid) -> lines.add(line(GazetteerKind.ORGANISATION, name, qid, "", Set.of())));
        write(out, lines);
        return lines.size();
    }

    private int writeLeaders(Path csv, Path out) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        Map<String, Set<String>> offices = new LinkedHashMap<>();
        List<List<String>> rows = Csv.read(csv);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 6 || !row.get(4).matches("Q\\d+") || row.get(5).matches("Q\\d+")) {
                continue; // no English label: Wikidata printed the id instead
            }
            offices.computeIfAbsent(row.get(4) + "\t" + row.get(5), k -> new LinkedHashSet<>()).add(row.get(3));
        }
        for (Map.Entry<String, Set<String>> e : offices.entrySet()) {
            String[] idName = e.getKey().split("\t");
            lines.put(idName[0], line(GazetteerKind.PERSON, idName[1], idName[0], String.join("; ", e.getValue()),
                    transliterations(idName[1])));
        }
        write(out, new ArrayList<>(lines.values()));
        return lines.size();
    }

    /**
     * Person-name features: every name of the lists, by token key, with {@code F} when it is a known first name and
     * {@code N} when the mixed first-and-last-name list has it (so "N" alone is most likely a surname).
     */
    int writeNames(Path dir, Path out) throws IOException {
        Map<String, String> kinds = new TreeMap<>();
        for (String file : List.of("female-first-names.txt", "male-first-names.txt")) {
            for (String name : Files.readAllLines(dir.resolve(file), java.nio.charset.StandardCharsets.UTF_8)) {
                if (!name.isBlank()) {
                    kinds.put(TextKeys.tokenKey(name.strip()), "F");
                }
            }
        }
        for (String name : Files.readAllLines(dir.resolve("people-names.txt"), java.nio.charset.StandardCharsets.UTF_8)) {
            if (!name.isBlank() && name.strip().indexOf(' ') < 0) {
                kinds.merge(TextKeys.tokenKey(name.strip()), "N", (a, b) -> a.contains(b) ? a : a + b);
            }
        }
        List<String> lines = new ArrayList<>();
        kinds.forEach((k, v) -> lines.add(k + "\t" + v));
        write(out, lines);
        return lines.size();
    }

    /** Wikidata ids of the current leaders' table: those keep their entry there, with its English name and office. */
    private static Set<String> leaderIds(Path csv) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        List<List<String>> rows = Csv.read(csv);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= 6 && row.get(4).matches("Q\\d+")) {
                ids.add(row.get(4));
            }
        }
        return ids;
    }

    /**
     * Office-holders with Wikidata ids (linking only): one person a line, every office they held (latest first) as the
     * note; people in the current leaders' table are left to it.
     */
    int writeOfficeHolders(List<OfficeHolders.Term> terms, Set<String> currentLeaders, Path out) throws IOException {
        Map<String, List<OfficeHolders.Term>> byPerson = new TreeMap<>();
        for (OfficeHolders.Term t : terms) {
            if (!currentLeaders.contains(t.wikidataId())) {
                byPerson.computeIfAbsent(t.wikidataId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<OfficeHolders.Term>> e : byPerson.entrySet()) {
            List<OfficeHolders.Term> held = new ArrayList<>(e.getValue());
            held.sort(java.util.Comparator.comparing(OfficeHolders.Term::from).reversed());
            Set<String> offices = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (OfficeHolders.Term t : held) {
                offices.add(t.office());
                names.add(t.name());
            }
            String name = names.iterator().next();
            Set<String> aliases = new LinkedHashSet<>(names);
            aliases.remove(name);
            aliases.addAll(transliterations(name));
            lines.add(line(GazetteerKind.PERSON, name, e.getKey(), String.join("; ", offices), aliases));
        }
        write(out, lines);
        return lines.size();
    }

    /**
     * What English news calls a party besides its Wikidata label ("Labour", "the Tories", "SNP"), by that label: a
     * name, not an id, so the ids still come only from the export. Each stays subject to the linker's rule (an
     * ORGANIZATION span, in an article that names the party's country).
     */
    static final Map<String, List<String>> PARTY_NEWS_NAMES = Map.of(
            "Labour Party", List.of("Labour"),
            "Conservative Party", List.of("Conservatives", "Tories", "Tory Party"),
            "Liberal Democrats", List.of("Lib Dems"),
            "Scottish National Party", List.of("SNP"),
            "Democratic Unionist Party", List.of("DUP"),
            "Ulster Unionist Party", List.of("UUP"),
            "Social Democratic and Labour Party", List.of("SDLP"),
            "UK Independence Party", List.of("UKIP"),
            "Alliance Party of Northern Ireland", List.of("Alliance Party"));

    /**
     * Companies, brands and public bodies (linking only) whose names {@link OperatorNames} lets link; written last, as
     * every other gazetteer of {@code outDir} decides which names are already taken.
     */
    int writeOperators(List<NameSuggestionIndex.Organisation> organisations, Set<String> ordinaryWords, Path outDir) throws IOException {
        Path out = outDir.resolve(Gazetteer.OPERATORS_FILE);
        Files.deleteIfExists(out);
        Gazetteer others = Gazetteer.load(outDir);
        List<String> lines = OperatorNames.lines(organisations, ordinaryWords,
                name -> !others.lookup(name).isEmpty() || others.kindMask(TextKeys.tokenKey(name)) != 0);
        write(out, lines);
        return lines.size();
    }

    /**
     * Seas, oceans, gulfs and lakes (linking only) whose names {@link NaturalEarthWaters#lines} lets link; written just
     * before the companies, so that every linked place, organisation and person decides first, and a water's name is
     * taken before a brand's ("Aegean").
     */
    int writeWaters(List<NaturalEarthWaters.Water> waters, Set<String> ordinaryWords, Path outDir) throws IOException {
        Path out = outDir.resolve(Gazetteer.WATERS_FILE);
        Files.deleteIfExists(out);
        Gazetteer others = Gazetteer.load(outDir);
        // Only a linked entry takes a name from a water: GeoNames' towns called "Pacific" or "North Sea" and the Red Sea
        // state (no Wikidata id in our lists) are not what news means by these names, and could not be linked anyway.
        List<String> lines = NaturalEarthWaters.lines(waters, ordinaryWords,
                name -> others.lookup(name).stream().anyMatch(e -> e.wikidataId() != null));
        write(out, lines);
        return lines.size();
    }

    /**
     * Continents and states (linking only) whose names no other linked entry holds ("Australia" and "Georgia" are the
     * countries, "New York" the city).
     */
    int writeRegions(List<NaturalEarthRegions.Region> regions, List<NaturalEarthStates.State> states, Path outDir)
            throws IOException {
        Path out = outDir.resolve(Gazetteer.REGIONS_FILE);
        Files.deleteIfExists(out);
        Gazetteer others = Gazetteer.load(outDir);
        java.util.function.Predicate<String> linkedElsewhere =
                name -> others.lookup(name).stream().anyMatch(e -> e.wikidataId() != null);
        List<String> lines = new ArrayList<>(NaturalEarthRegions.lines(regions, linkedElsewhere));
        lines.addAll(NaturalEarthStates.lines(states, linkedElsewhere));
        write(out, lines);
        return lines.size();
    }

    /**
     * Football clubs (linking only) whose names {@link EnglishClubs#lines} lets link; written last, so that every other
     * organisation keeps its name ("Metropolitan Police" is the police service, not its football club).
     */
    int writeClubs(List<EnglishClubs.Club> english, List<EnglishClubs.Club> elsewhere, Path outDir) throws IOException {
        Path out = outDir.resolve(Gazetteer.CLUBS_FILE);
        Files.deleteIfExists(out);
        Gazetteer others = Gazetteer.load(outDir);
        List<String> lines = EnglishClubs.lines(english, elsewhere, name -> others.lookup(name).stream()
                .anyMatch(e -> e.wikidataId() != null && "ORGANIZATION".equals(e.kind().entityType())));
        write(out, lines);
        return lines.size();
    }

    /** The English news text of the data directory: CoNLL-2003 train and valid, the BBC News articles. */
    static List<Path> englishTexts(Path dataDir) throws IOException {
        List<Path> texts = new ArrayList<>(List.of(dataDir.resolve("ner/conll2003/train.txt"), dataDir.resolve("ner/conll2003/valid.txt")));
        try (java.util.stream.Stream<Path> files = Files.walk(dataDir.resolve("topics/bbc-train"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        return texts;
    }

    /** An English word for a party's member or leaning, not a party's name of its own: Republican, Democrat, Socialist. */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(?:an|at|ic|ist|ive|al|ish|ese)$");

    /**
     * Political parties (linking only), note {@code political party in <country>}: the United Kingdom's from
     * EveryPolitician ({@code commons}), every other country's from Party Facts ({@code world}; a party already written
     * is not written twice). A name that is one word English news writes in lower case ("Solidarity", "Coalition") is
     * left out, and a name ending in "Party" is also known without it ("Pheu Thai Party", "Pheu Thai"), when what is
     * left may link and is two words or more, or one that is no English word for a member or leaning. A short or other name is no alias when it has dots ("B.P.", which keys as
     * BP) or is a company's own name ({@code companies}, keys: "National Trust" stays the charity's, not the Iranian
     * National Trust Party's), and no party abroad takes a short name of the United Kingdom's parties.
     */
    int writeParties(List<PoliticalParties.Party> commons, List<PoliticalParties.Party> world, Set<String> ordinaryWords,
                     Set<String> companies, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        Set<String> written = new java.util.HashSet<>();
        // A people's or a place's name is no party's other name (Party Facts writes "NDP/English" for the English acronym).
        Gazetteer others = world.isEmpty() ? Gazetteer.empty() : Gazetteer.load(out.toAbsolutePath().getParent());
        java.util.function.Predicate<String> peopleOrPlace = name -> others.lookup(name).stream()
                .anyMatch(e -> !"ORGANIZATION".equals(e.kind().entityType()));
        Set<String> commonsNames = new java.util.HashSet<>();
        for (PoliticalParties.Party p : commons) {
            commonsNames.add(TextKeys.key(p.name()));
            p.aliases().forEach(a -> commonsNames.add(TextKeys.key(a)));
            PARTY_NEWS_NAMES.getOrDefault(p.name(), List.of()).forEach(a -> commonsNames.add(TextKeys.key(a)));
        }
        for (PoliticalParties.Party p : commons) {
            written.add(p.wikidataId());
            Set<String> aliases = new LinkedHashSet<>(p.aliases());
            aliases.addAll(PARTY_NEWS_NAMES.getOrDefault(p.name(), List.of()));
            aliases.remove(p.name());
            lines.add(line(GazetteerKind.PARTY, p.name(), p.wikidataId(), "political party in " + p.country(), aliases));
        }
        for (PoliticalParties.Party p : world) {
            // A party abroad may share the United Kingdom's parties' full names (Nigeria's Labour Party: the linker
            // chooses by the countries the article names), not their short news names ("Labour", "Tories").
            if ("United Kingdom".equals(p.country()) || !written.add(p.wikidataId() + " " + p.country())
                    || written.contains(p.wikidataId()) || !OperatorNames.mayLink(p.name(), ordinaryWords)
                    || p.name().codePoints().filter(Character::isLetter).count() < 3) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(p.aliases());
            String withoutParty = p.name().endsWith(" Party") ? p.name().substring(0, p.name().length() - " Party".length()) : "";
            if (withoutParty.indexOf(' ') > 0 || !withoutParty.isEmpty() && !ADJECTIVE_ENDING.matcher(withoutParty).find()) {
                aliases.add(withoutParty); // "Pheu Thai", "Bhumjaithai"; not "Republican", "Democrat" (a member, an adjective)
            }
            aliases.removeIf(a -> a.isBlank() || !Character.isUpperCase(a.codePointAt(0)) || a.indexOf('.') >= 0
                    || !OperatorNames.mayLink(a, ordinaryWords) || companies.contains(TextKeys.key(a)) || peopleOrPlace.test(a)
                    || commonsNames.contains(TextKeys.key(a)));
            aliases.remove(p.name());
            lines.add(line(GazetteerKind.PARTY, p.name(), p.wikidataId(), "political party in " + p.country(), aliases));
        }
        write(out, lines);
        return lines.size();
    }

    /**
     * Wikidata labels some Turkmen and Polish names with a final "-ow" where English news writes "-ov"
     * ("Serdar Berdimuhamedow" / "Berdimuhamedov"), and Malay names with the patronymic's "bin" or "binti" that English
     * papers leave out ("Mahathir bin Mohamad" / "Mahathir Mohamad"): the other spellings become aliases.
     */
    static Set<String> transliterations(String name) {
        Set<String> out = new LinkedHashSet<>();
        String ov = name.replaceAll("ow\\b", "ov");
        if (!ov.equals(name)) {
            out.add(ov);
        }
        String withoutPatronymic = name.replaceAll(" (?:bin|binti) ", " ");
        if (!withoutPatronymic.equals(name) && withoutPatronymic.split(" ").length >= 2) {
            out.add(withoutPatronymic);
        }
        return out;
    }

    /**
     * Natural Earth capitals and large cities with their Wikidata ids, for linking only (not NER features): the 1:50m
     * places, and the 1:10m towns of 100,000 people or more that the 1:50m file lacks (Leeds, Sheffield, Cologne).
     * <ul>
     *   <li>A city's name shared by several cities goes to the one at least {@link #AMBIGUOUS_NAME_POPULATION_RATIO}
     *       times larger than each other (Santiago de Chile, not Santiago de los Caballeros) and to none when no city is
     *       that much larger (Hamilton, Valencia).</li>
     *   <li>A town's note says {@link Gazetteer#TOWN_NOTE}: the linker takes a town only where the article names its
     *       country, so a name two towns of different countries share stays on both (York, England and York,
     *       Pennsylvania); two of one country share it with neither. A name a city holds is never a town's (Birmingham),
     *       and a town's one-word name that English news writes in lower case never links ("Reading", "Split").</li>
     *   <li>A name that is also a country's stays the country's.</li>
     * </ul>
     */
    /**
     * Names of cities as English news has written them since Natural Earth 5's names were set, by Wikidata id, the first
     * one the canonical: "Kyiv" (AP and the BBC since 2019; Natural Earth keeps "Kiev" first, "Kyiv" as its other
     * name), "Odesa" (since 2022), and "Nur-Sultan", Astana's name from March 2019 to September 2022, which every story
     * of those years uses and Natural Earth does not keep.
     */
    static final Map<String, List<String>> CITY_NEWS_NAMES = Map.of(
            "Q1899", List.of("Kyiv"),
            "Q1874", List.of("Odesa"),
            "Q1520", List.of("Astana", "Nur-Sultan"));

    int writeCities(List<NaturalEarthPlaces.Place> cities, List<NaturalEarthPlaces.Place> fineScale, Set<String> ordinaryWords,
                    Path out) throws IOException {
        Map<String, List<NaturalEarthPlaces.Place>> citiesByName = byName(cities);
        Set<String> cityIds = new java.util.HashSet<>();
        cities.forEach(c -> cityIds.add(c.wikidataId()));
        List<NaturalEarthPlaces.Place> towns = fineScale.stream().filter(t -> !cityIds.contains(t.wikidataId())).toList();
        Map<String, List<NaturalEarthPlaces.Place>> townsByName = byName(towns);
        List<String> lines = new ArrayList<>();
        for (NaturalEarthPlaces.Place p : cities) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : namesOf(p)) {
                String key = TextKeys.key(n);
                if (!countryByKey.containsKey(key) && owns(p, citiesByName.get(key))) {
                    names.add(n);
                }
            }
            String note = (p.nationalCapital() ? "capital of " : "city in ") + country(p);
            addPlace(lines, p, names, note);
        }
        for (NaturalEarthPlaces.Place t : towns) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : t.names()) {
                String key = TextKeys.key(n);
                if (!countryByKey.containsKey(key) && !citiesByName.containsKey(key) && OperatorNames.mayLink(n, ordinaryWords)
                        && townsByName.get(key).stream().noneMatch(o -> o != t && country(o).equals(country(t)))) {
                    names.add(n);
                }
            }
            addPlace(lines, t, names, Gazetteer.TOWN_NOTE + country(t));
        }
        lines.sort(null);
        write(out, lines);
        return lines.size();
    }

    /** A place's names, those of {@link #CITY_NEWS_NAMES} first. */
    private static List<String> namesOf(NaturalEarthPlaces.Place p) {
        List<String> names = new ArrayList<>(CITY_NEWS_NAMES.getOrDefault(p.wikidataId(), List.of()));
        names.addAll(p.names());
        return names;
    }

    private static Map<String, List<NaturalEarthPlaces.Place>> byName(List<NaturalEarthPlaces.Place> places) {
        Map<String, List<NaturalEarthPlaces.Place>> byName = new LinkedHashMap<>();
        for (NaturalEarthPlaces.Place p : places) {
            for (String n : namesOf(p)) {
                List<NaturalEarthPlaces.Place> same = byName.computeIfAbsent(TextKeys.key(n), k -> new ArrayList<>(1));
                if (!same.contains(p)) {
                    same.add(p);
                }
            }
        }
        return byName;
    }

    /** The place's country as the countries file names it, else as Natural Earth does ("Congo (Kinshasa)"). */
    private String country(NaturalEarthPlaces.Place p) {
        return countryByKey.getOrDefault(TextKeys.key(p.country()), p.country());
    }

    private static void addPlace(List<String> lines, NaturalEarthPlaces.Place p, Set<String> names, String note) {
        if (names.isEmpty()) {
            return;
        }
        String canonical = names.iterator().next();
        names.remove(canonical);
        lines.add(line(GazetteerKind.CITY, canonical, p.wikidataId(), note, names));
    }

    /**
     * The United Kingdom's nations (Natural Earth map units), for linking only: written as countries, since news treats
     * them as such ("England beat Wales" links like "France beat Italy"), with the sovereign state as the note.
     */
    int writeMapUnits(List<NaturalEarthMapUnits.Unit> units, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (NaturalEarthMapUnits.Unit u : units) {
            Set<String> names = new LinkedHashSet<>(u.names());
            String canonical = names.iterator().next();
            names.remove(canonical);
            lines.add(line(GazetteerKind.COUNTRY, canonical, u.wikidataId(), "part of " + u.sovereign(), names));
        }
        lines.sort(null);
        write(out, lines);
        return lines.size();
    }

    private static boolean owns(NaturalEarthPlaces.Place p, List<NaturalEarthPlaces.Place> sharing) {
        for (NaturalEarthPlaces.Place other : sharing) {
            if (other != p && p.population() < AMBIGUOUS_NAME_POPULATION_RATIO * other.population()) {
                return false;
            }
        }
        return true;
    }

    /** GeoNames places and first-level regions: names only, for features and LOCATION hints. */
    private int writePlaces(Path gaz, Path out) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (JsonNode city : json.readTree(gaz.resolve("cities.json").toFile())) {
            addPlace(lines, GazetteerKind.CITY, city.path("name").asText());
        }
        for (JsonNode region : json.readTree(gaz.resolve("cities-admin1.json").toFile())) {
            addPlace(lines, GazetteerKind.REGION, region.path("name").asText());
        }
        write(out, new ArrayList<>(lines));
        return lines.size();
    }

    /** A place as the engine loads it: its name's sequence key, so that loading takes no tokenising (see Gazetteer). */
    private static void addPlace(Set<String> lines, GazetteerKind kind, String name) {
        String key = name.length() > 1 ? Gazetteer.sequenceKey(name) : null;
        if (key != null) {
            lines.add(kind + "\t" + key);
        }
    }

    /** The national institutions, as written in their source ({@code name, wikidata, note, aliases}), link-only. */
    int writeInstitutions(Path tsv, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String row : Files.readAllLines(tsv, java.nio.charset.StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", -1);
            if (row.isBlank() || row.startsWith("name\t") || f.length < 4) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            for (String alias : f[3].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias);
                }
            }
            lines.add(line(GazetteerKind.INSTITUTION, f[0], f[1], f[2], aliases));
        }
        write(out, lines);
        return lines.size();
    }

    private static String line(GazetteerKind kind, String canonical, String qid, String note, Set<String> aliases) {
        return kind + "\t" + clean(canonical) + "\t" + (qid == null ? "" : qid) + "\t" + clean(note) + "\t"
                + String.join("|", aliases.stream().map(GazetteerBuilder::clean).toList());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', '/').replace('\n', ' ').strip();
    }

    private static boolean isLatin(String s) {
        return !s.isBlank() && s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static void write(Path out, List<String> lines) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8))) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }
}
