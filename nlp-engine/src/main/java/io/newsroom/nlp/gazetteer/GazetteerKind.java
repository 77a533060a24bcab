package io.newsroom.nlp.gazetteer;

/** What a gazetteer list holds, and which entity type its names usually are. */
public enum GazetteerKind {
    COUNTRY("LOCATION"),
    CITY("LOCATION"),
    REGION("LOCATION"),
    ORGANISATION("ORGANIZATION"),
    PERSON("PERSON"),
    DEMONYM("MISC"),
    /** Political parties (link-only): last, so the ordinals the NER features hash stay what the model was trained with. */
    PARTY("ORGANIZATION"),
    /**
     * Companies, brands and public bodies that run places (shops, banks, police stations, railways), from the
     * name-suggestion-index (link-only, ORGANIZATION spans only; see EntityLinker). After PARTY for the same reason.
     */
    OPERATOR("ORGANIZATION"),
    /** Seas, oceans, gulfs, straits and large lakes from Natural Earth (link-only, LOCATION spans). Last, as above. */
    WATER("LOCATION"),
    /** Football clubs of the English league system and of other countries (link-only, ORGANIZATION spans). Last, as above. */
    CLUB("ORGANIZATION"),
    /**
     * A country's institutions that news names without the country ("Congress", "the Senate", "the Supreme Court"):
     * link-only, ORGANIZATION spans, and only in an article whose most-named country is theirs. Last, as above.
     */
    INSTITUTION("ORGANIZATION");

    private final String entityType;

    GazetteerKind(String entityType) {
        this.entityType = entityType;
    }

    public String entityType() {
        return entityType;
    }
}
