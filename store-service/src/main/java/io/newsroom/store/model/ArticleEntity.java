package io.newsroom.store.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored version of an article: its newest version, with categories and entities as link rows. The table
 * also has {@code search_vector} (generated, for full-text search), which only native queries read; the stream's
 * change numbers are in {@code article_change} (written by {@code write.ChangeLog}).
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String source;
    @Column(name = "source_id")
    public String sourceId;
    /** Null when the source gave no http(s) URL (a ninjs item with only its uri, contract 1.2). */
    public String url;
    public int version;
    public String headline;
    public String body;
    @Column(name = "body_text")
    public String bodyText;
    public String language;
    @Column(name = "first_created")
    public Instant firstCreated;
    @Column(name = "version_created")
    public Instant versionCreated;
    public Instant published;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] authors;
    @Column(name = "pub_status")
    public String pubStatus;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] keywords;
    public String summary;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    @Column(name = "enricher_version")
    public String enricherVersion;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "sort_time")
    public Instant sortTime;
    /** When the source canceled the article; null while it is usable or withheld. */
    @Column(name = "canceled_at")
    public Instant canceledAt;
    /**
     * The event's {@code original} (format, version, document the source sent, e.g. ninjs) as JSON text, kept
     * exactly as received; null for native JSON, RSS and Atom.
     */
    public String original;

    // Batch-loaded: a page of articles costs one query per collection, not one per article.
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"))
    public List<CategoryLink> categories = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_entity", joinColumns = @JoinColumn(name = "article_id"))
    public List<EntityLink> entities = new ArrayList<>();
}
