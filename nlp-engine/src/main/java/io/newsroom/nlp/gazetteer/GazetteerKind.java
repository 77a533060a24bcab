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
    PARTY("ORGANIZATION");

    private final String entityType;

    GazetteerKind(String entityType) {
        this.entityType = entityType;
    }

    public String entityType() {
        return entityType;
    }
}
