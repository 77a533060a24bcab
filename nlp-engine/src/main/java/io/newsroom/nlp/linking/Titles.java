package io.newsroom.nlp.linking;

import java.util.Locale;
import java.util.Set;

/**
 * Titles and honorifics that precede names but are not part of them ("President Tokayev" names Tokayev).
 * Stripped from the start of PERSON mentions; their presence also supports linking a bare surname.
 */
public final class Titles {

    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "emperor", "empress",
            "samdech", "techo", // Cambodia's honorifics: "Samdech Techo Hun Sen"
            "baroness", "baron", // a life peer named by her title: "Baroness Scotland"
            "princess", "infanta", "infante", "sheikh", "emir", "sultan", "pope", "cardinal", "archbishop", "bishop", "rev", "rev.",
            "father", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir",
            "dame", "lord", "lady", "senator", "sen.", "sen", "sens.", "sens", "rep.", "reps.", "representative", "taoiseach",
            "t\u00e1naiste", "ruler", "governor", "gov.", "ayatollah", "maulana", "mullah", "mufti", "rabbi",
            "mayor", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "admiral",
            "sergeant", "secretary", "foreign", "defence", "defense", "finance", "interior", "deputy", "chairman",
            "chairwoman", "chair", "ceo", "director", "ambassador", "envoy", "judge", "justice", "speaker",
            "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "coach", "spokesman",
            "spokeswoman", "spokesperson", "chairperson", "commissioner", "chief", "head", "leader", "state", "general-secretary",
            "former", "late", "hh", "hrh", // "HH the Amir", "HRH the Prince of Wales": His (Royal) Highness
            // Ranks as South Asian and British papers write them, without the dot: "Lt Gen Asim Munir", "Maj Gen".
            "gen", "lt", "maj", "maj.", "brig", "brig.", "adm", "adm.", "sgt", "sgt.", "cpl", "cpl."));

    /**
     * The titles of public offices, as a pattern (any case): a full name right after one ("ECB President Christine
     * Lagarde") is an office-holder's, not a namesake's.
     */
    static final String OFFICES = "(?i:president|minister|chancellor|premier|commissioner|secretary|governor|senator|"
            + "ambassador|mayor)";

    private Titles() {
    }

    public static boolean isTitle(String token) {
        return WORDS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Malaysia's honorifics, which its English papers write before every name: "Datuk Seri Anwar Ibrahim", "Tan Sri
     * Muhyiddin Yassin", "Datuk Patinggi Tan Sri Abang Johari Openg", "Tun Dr Mahathir". "Seri", "Sri", "Tan" and "Puan"
     * are honorifics only after or before another one ("Sri Lanka", "Tan Cheng Bock" keep theirs).
     */
    private static final Set<String> HONORIFICS = Set.of("datuk", "dato'", "dato\u2019", "dato", "datin", "tun", "toh");
    private static final Set<String> HONORIFIC_PARTS = Set.of("seri", "sri", "patinggi", "puan", "utama", "amar", "paduka");

    /** Whether a word may open a Malaysian honorific (a cheap test before {@link #honorificLength}). */
    public static boolean mayOpenHonorific(String word) {
        String t = word.toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(t) || t.equals("tan") || t.equals("puan");
    }

    /** How many tokens from {@code from} are a Malaysian honorific (with "Dr" and the like after it), 0 when none. */
    public static int honorificLength(java.util.List<String> tokens, int from) {
        int i = from;
        boolean honorific = false;
        while (i < tokens.size()) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            if (HONORIFICS.contains(t) || honorific && HONORIFIC_PARTS.contains(t)) {
                honorific = true;
                i++;
            } else if ((t.equals("tan") || t.equals("puan")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).toLowerCase(Locale.ROOT).equals("sri")) {
                honorific = true; // "Tan Sri", "Puan Sri"
                i += 2;
            } else if (honorific && isTitle(t)) {
                i++; // "Datuk Seri Dr Wan Azizah"
            } else {
                break;
            }
        }
        return honorific ? i - from : 0;
    }
}
