package io.newsroom.store.model;

import io.newsroom.schemas.EnrichedArticle.Mention;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** A named entity mentioned in an article (row of article_entity); mentions are kept for highlighting. */
@Embeddable
public class EntityLink {

    @Column(name = "entity_key", nullable = false)
    public String key;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    @Column(name = "confidence", nullable = false)
    public double confidence;

    /** The article's sort time, copied so an entity's newest articles come straight from an index. */
    @Column(name = "sort_time", nullable = false)
    public java.time.Instant sortTime;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "mentions", nullable = false)
    public List<Mention> mentions;
}
