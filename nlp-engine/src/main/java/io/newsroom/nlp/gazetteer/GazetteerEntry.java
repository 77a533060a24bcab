package io.newsroom.nlp.gazetteer;

/**
 * One known entity.
 *
 * @param kind       list it comes from
 * @param canonical  preferred English name
 * @param wikidataId Wikidata id or null
 * @param note       short context (e.g. the office of a leader, the country of a capital); may be empty
 */
public record GazetteerEntry(GazetteerKind kind, String canonical, String wikidataId, String note) {
}
