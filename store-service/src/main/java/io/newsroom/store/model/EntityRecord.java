package io.newsroom.store.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A named entity across all articles: one row per normalised key. Written by {@link
 * io.newsroom.store.service.EntityUpserts} in bulk; read through Panache.
 */
@Entity
@Table(name = "entity")
public class EntityRecord extends PanacheEntityBase {

    @Id
    @Column(name = "entity_key")
    public String key;
    public String type;
    public String name;
    @Column(name = "wikidata_id")
    public String wikidataId;
    /** Visible (not canceled) articles that mention it. */
    @Column(name = "article_count")
    public int articleCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
}
