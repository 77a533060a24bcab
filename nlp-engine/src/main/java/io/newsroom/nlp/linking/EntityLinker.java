package io.newsroom.nlp.linking;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;

import java.util.List;
import java.util.Locale;

/**
 * Links a surface name of a given entity type to a gazetteer entry. Exact (case/accent-folded) aliases come
 * first, then transliteration-folded ones; a bare surname links to a head of state or government only with
 * supporting evidence, because surnames alone are ambiguous: the one leader of that surname whose country the
 * article names, else the only leader of that surname when a title stands before it. Thread-safe: the gazetteer is immutable.
 */
public final class EntityLinker {

    private final Gazetteer gazetteer;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The entry for a name, or null. {@code articleText} is used only as evidence for bare surnames. */
    public GazetteerEntry link(String name, String type, boolean titled, String articleText) {
        if ("MISC".equals(type)) {
            return null; // demonyms and events: the gazetteers have no ids for them
        }
        GazetteerEntry best = pick(gazetteer.lookup(name), type);
        if (best != null || !"PERSON".equals(type) || name.indexOf(' ') >= 0) {
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
