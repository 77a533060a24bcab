package io.newsroom.nlp.linking;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;

import java.util.List;
import java.util.Locale;

/**
 * Links a surface name of a given entity type to a gazetteer entry. Exact (case/accent-folded) aliases come
 * first, then transliteration-folded ones; a bare surname links to a head of state only with supporting
 * evidence (a title before it, or the leader's country named in the article), because surnames alone are
 * ambiguous. Thread-safe: the gazetteer is immutable.
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
        if (bySurname.size() != 1) {
            return null;
        }
        GazetteerEntry leader = bySurname.get(0);
        return titled || mentionsCountry(leader.note(), articleText) ? leader : null;
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
