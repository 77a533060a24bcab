package io.newsroom.nlp.linking;

import java.util.Map;

/**
 * The abbreviations of American states and Canadian provinces that wire style writes after a town ("Redmond, Calif.",
 * "Dover, Del.", "Ottawa, Ont."), with their full names. The dot is part of the abbreviation.
 */
public final class PlaceAbbreviations {

    private static final Map<String, String> FULL_NAMES = Map.ofEntries(
            Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
            Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"),
            Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"), Map.entry("Ga.", "Georgia"),
            Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"),
            Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"), Map.entry("Md.", "Maryland"),
            Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"), Map.entry("Minn.", "Minnesota"),
            Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"), Map.entry("Mont.", "Montana"),
            Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"), Map.entry("N.H.", "New Hampshire"),
            Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"),
            Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"), Map.entry("Okla.", "Oklahoma"),
            Map.entry("Ore.", "Oregon"), Map.entry("Pa.", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"),
            Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"), Map.entry("Tenn.", "Tennessee"),
            Map.entry("Vt.", "Vermont"), Map.entry("Va.", "Virginia"), Map.entry("Wash.", "Washington"),
            Map.entry("W.Va.", "West Virginia"), Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"),
            Map.entry("Ont.", "Ontario"), Map.entry("Que.", "Quebec"), Map.entry("Alta.", "Alberta"),
            Map.entry("Man.", "Manitoba"), Map.entry("Sask.", "Saskatchewan"), Map.entry("B.C.", "British Columbia"),
            Map.entry("N.S.", "Nova Scotia"), Map.entry("N.B.", "New Brunswick"), Map.entry("Nfld.", "Newfoundland"));

    private PlaceAbbreviations() {
    }

    /** The full name of an abbreviation written with its dot ("Calif." → "California"), or null. */
    public static String fullName(String abbreviation) {
        return FULL_NAMES.get(abbreviation);
    }
}
