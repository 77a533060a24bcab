package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.linking.Peoples;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.linking.Peoples;
import io.newsroom.nlp.text.TextKeys;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the gazetteers know a name as, where the answer must be one thing only: the evidence the repairs and the
 * spotting of missed names act on ("Ecowas" is only an organisation; "Victoria" is a first name as well as a city).
 */
final class KnownAs {

    private final Gazetteer gazetteer;

    KnownAs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Known to the gazetteers, and only as an organisation (not a demonym, place or person as well): by any name of an
     * international organisation or party ("Ecowas", "Tories"; a party's acronym only as its own name), by its own name
     * only for a company or club, and never a first name ("Soviet" is no short name of Soviet Denim, nor "Tony" a brand).
     */
    boolean onlyAnOrganisation(String name) {
        boolean acronym = isAcronymLike(name);
        return knownOnlyAs(name, e -> "ORGANIZATION".equals(e.kind().entityType())
                && (e.kind() == GazetteerKind.ORGANISATION || e.kind() == GazetteerKind.PARTY && !acronym
                        || TextKeys.key(e.canonical()).equals(TextKeys.key(name))));
    }

    /**
     * Capitals, or capitals and a plural "s" ("DNA", "GPs", "CDs", "SAS"), or three letters or fewer ("Kok", Finland's
     * KOK in any case): some party somewhere has each as its short name, which is no evidence that the text means it.
     */
    private static boolean isAcronymLike(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        return letters.length() <= 3 || letters.replaceFirst("s$", "").chars().allMatch(Character::isUpperCase);
    }

    /**
     * Known only as an international organisation or a party, by any of its names ("Who", "Labour", "Tories", "Nur
     * Otan"); a party's acronym only as its own name (see {@link #onlyAnOrganisation}).
     */
    boolean onlyAnInstitution(String name) {
        boolean acronym = isAcronymLike(name);
        return knownOnlyAs(name, e -> e.kind() == GazetteerKind.ORGANISATION
                || e.kind() == GazetteerKind.PARTY && (!acronym || TextKeys.key(e.canonical()).equals(TextKeys.key(name))));
    }

    /**
     * Known to the gazetteers, and only as a country or a city of the 1:50m list (no people's word: "British" stays
     * MISC; not a town's name, which is often a word or a people's too: "Brits"; never a first name: "Bryan").
     */
    boolean onlyAPlace(String name) {
        return knownOnlyAs(name, e -> e.kind() == GazetteerKind.COUNTRY
                || e.kind() == GazetteerKind.CITY && e.wikidataId() != null && !e.note().startsWith(Gazetteer.TOWN_NOTE));
    }

    /**
     * Known as a country or a city of the 1:50m list, and otherwise only as a football club ("Edmonton", "Ottawa",
     * "Astana"); never a first name.
     */
    boolean aPlaceOrItsClub(String name) {
        // The capitals' entries of the countries' list carry no id ("Ottawa": capital of Canada); the cities' list has it.
        List<GazetteerEntry> entries = entries(name);
        return !entries.isEmpty() && !isFirstName(name) && entries.stream().anyMatch(e -> e.kind() != GazetteerKind.CLUB)
                && entries.stream().allMatch(e -> e.kind() == GazetteerKind.CLUB || e.kind() == GazetteerKind.COUNTRY
                || e.kind() == GazetteerKind.CITY && !e.note().startsWith(Gazetteer.TOWN_NOTE));
    }

    /** Known only as a city, and no first name either ("Victoria", "Florence" may be the story's nurse). */
    boolean onlyACity(String name) {
        return knownOnlyAs(name, e -> e.kind() == GazetteerKind.CITY);
    }

    /** Known to the gazetteers, every entry of the name of the given kind, and no first name ("Victoria", "Tony"). */
    private boolean knownOnlyAs(String name, Predicate<GazetteerEntry> kind) {
        List<GazetteerEntry> entries = entries(name);
        return !entries.isEmpty() && !isFirstName(name) && entries.stream().allMatch(kind);
    }

    /**
     * The gazetteers' entries of a name, less the football clubs of other countries than England, which only link:
     * their short names are towns and words ("Tours", "Dragon"), no evidence of what a name is.
     */
    private List<GazetteerEntry> entries(String name) {
        List<GazetteerEntry> all = gazetteer.lookup(name);
        return all.stream().noneMatch(KnownAs::worldClub) ? all : all.stream().filter(e -> !worldClub(e)).toList();
    }

    private static boolean worldClub(GazetteerEntry e) {
        return e.kind() == GazetteerKind.CLUB && Gazetteer.WORLD_CLUB_NOTE.equals(e.note());
    }

    boolean isFirstName(String word) {
        return gazetteer.isFirstName(word);
    }

    boolean knownAsOtherThanPerson(String name) {
        return entries(name).stream().anyMatch(e -> e.kind() != GazetteerKind.PERSON);
    }

    /** A country the gazetteers know by that name. */
    boolean isCountry(String name) {
        return entries(name).stream().anyMatch(e -> e.kind() == GazetteerKind.COUNTRY);
    }

    /**
     * Whether the gazetteers link the name, written as it is, as an organisation: a club of any country counts here, for a
     * name of several words is no town's or word's ("Paris Saint-Germain").
     */
    boolean linksAsOrganisation(String name) {
        return gazetteer.lookupExact(name).stream()
                .anyMatch(e -> e.wikidataId() != null && "ORGANIZATION".equals(e.kind().entityType()));
    }

    /**
     * Whether the name is a party of the country whose people's word is given ("National Rally" after "French"), and the
     * two together name nothing the gazetteers know ("Swiss People's Party" is a name of its own).
     */
    boolean isPartyOfPeople(String demonym, String party) {
        if (!entries(demonym + " " + party).isEmpty()) {
            return false;
        }
        List<String> countries = entries(demonym).stream().filter(e -> e.kind() == GazetteerKind.DEMONYM)
                .map(GazetteerEntry::note).filter(n -> n != null && !n.isBlank()).toList();
        return entries(party).stream().anyMatch(e -> e.kind() == GazetteerKind.PARTY && e.note() != null
                && countries.stream().anyMatch(c -> e.note().endsWith(" in " + c)));
    }

    /** A sea, ocean or lake the gazetteers link by that name ("Caspian", "Mediterranean"). */
    boolean isWater(String name) {
        return entries(name).stream().anyMatch(e -> e.kind() == GazetteerKind.WATER && e.wikidataId() != null);
    }

    /** A people's word the gazetteers know ("Caspian" is none; "Turkish" is). */
    boolean isDemonym(String name) {
        return entries(name).stream().anyMatch(e -> e.kind() == GazetteerKind.DEMONYM);
    }

    /**
     * A people's word: a demonym the gazetteers know, a continent's or a people's noun {@link Peoples} knows, or the
     * stem of a "-stan" country ("Kyrgyz", "Turkmen", "Uzbek": the country list spells these demonyms otherwise).
     */
    boolean isPeoplesWord(String name) {
        return isDemonym(name) || Peoples.adjectiveOf(name) != null
                || name.length() >= 4 && !name.contains(" ") && (isCountry(name + "stan") || isCountry(name + "istan"));
    }

    /** A continent ("Asia", "Europe"), or one after region words ("Central Asia", "Eastern Europe", "South-East Asia"). */
    boolean isContinentOrPart(List<String> tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!MentionHygiene.REGION_WORDS.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return !tokens.isEmpty() && entries(tokens.get(tokens.size() - 1)).stream()
                .anyMatch(e -> e.kind() == GazetteerKind.REGION && "continent".equals(e.note()));
    }

    /** Whether the gazetteers know nothing by that name. */
    boolean isUnknown(String name) {
        return entries(name).isEmpty();
    }

    /** A country, city or region the gazetteers know by that name (among other things it may be). */
    boolean isPlace(String name) {
        return entries(name).stream().anyMatch(e -> e.kind() == GazetteerKind.COUNTRY || e.kind() == GazetteerKind.CITY
                || e.kind() == GazetteerKind.REGION);
    }
}
