package io.newsroom.nlp.linking;

import java.util.Locale;
import java.util.Set;

/**
 * Head nouns of bodies ("Secretariat", "Ministry", "Court"): a name ending in one is an organisation's, a name after
 * one is someone else's ("CICA Secretariat Kairat Sarybay"), and an acronym before an organ's names a different body
 * ("CICA" is not the "CICA Secretariat").
 */
public final class BodyNouns {

    /** Heads whose names are organisations' whatever the recogniser typed. */
    private static final Set<String> ALWAYS_BODIES = Set.of("secretariat", "ministry", "committee", "council", "commission",
            "agency", "institute", "university", "corporation", "company", "association", "federation", "authority",
            "department", "board", "center", "centre", "fund", "bureau", "directorate", "foundation", "organisation",
            "organization", "police", "force", "forces", "army", "navy", "college", "brotherhood",
            "railways", "airlines", "airways", // a carrier: "Islamic Republic of Iran Railways", "Turkish Airlines"
            "cabinet", "ministers"); // "Cabinet of Ministers", "Council of Ministers": a government

    /** Heads of bodies whose names may also be places' ("West Bank", "Earls Court", "Soviet Union"). */
    private static final Set<String> ALSO_PLACES = Set.of("bank", "court", "office", "service", "group", "party", "union");

    /** Heads of a body's organs: "CICA Secretariat" is a part of CICA, where "RMT Union" is the RMT. */
    private static final Set<String> ORGANS = Set.of("secretariat", "committee", "commission", "board", "bureau",
            "directorate", "assembly");

    /** Companies' legal forms, written after their names and part of them ("Gazprom PJSC", "Porsche AG"); case as written. */
    private static final Set<String> COMPANY_FORMS = Set.of("JSC", "PJSC", "OJSC", "CJSC", "LLP", "LLC", "Ltd", "PLC", "plc", "AG",
            "GmbH", "Inc");

    private BodyNouns() {
    }

    /** Whether the word, as written, is a company's legal form ("PJSC", "Ltd"; not "ltd" or "Ag"). */
    public static boolean isCompanyForm(String word) {
        return COMPANY_FORMS.contains(word);
    }

    /** Whether the word names an organ of a body (its secretariat, a committee, its board). */
    public static boolean isOrgan(String word) {
        return ORGANS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name ending in this word is an organisation's, whatever the recogniser typed it. */
    public static boolean makesBody(String word) {
        return ALWAYS_BODIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is the head noun of a body. */
    public static boolean isHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ALWAYS_BODIES.contains(lower) || ALSO_PLACES.contains(lower);
    }
}
