package io.newsroom.nlp.gazetteer;

/**
 * One known entity.
 *
 * @param kind       list it comes from
 * @param canonical  preferred English name
 * @param wikidataId Wikidata id or null
 * @param note       short context (e.g. the office of a leader, the country of a capital); may be empty
 * @param english    whether {@code canonical} is the English name; the office-holders' export labels people in
 *                   Portuguese first ("Boris Iéltsin"), so an entity linked to such an entry keeps the article's spelling
 */
public record GazetteerEntry(GazetteerKind kind, String canonical, String wikidataId, String note, boolean english) {

    public GazetteerEntry(GazetteerKind kind, String canonical, String wikidataId, String note) {
        this(kind, canonical, wikidataId, note, true);
    }
}
