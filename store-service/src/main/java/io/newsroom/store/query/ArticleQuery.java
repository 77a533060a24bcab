package io.newsroom.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.OriginalDocument;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One stored article, whole, in the enriched event's own shape (the API answers in it, so subscribers and API
 * users read one format): its row, then its categories and entities, on one connection.
 */
@ApplicationScoped
public class ArticleQuery {

    /** A stored article and, when it was canceled, since when. */
    public record Stored(EnrichedArticle article, Instant canceledAt) {
    }

    // Plain Jackson: the original and the mentions are JSON written by the store itself, read back without any module.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Mention>> MENTIONS = new TypeReference<>() {
    };

    /** The columns {@link #article} reads, and canceled_at: the one list of what a read of a whole article needs. */
    static final String ARTICLE_COLUMNS = "id, source, source_id, url, version, headline, body, language, first_created, "
            + "version_created, published, authors, pub_status, ingested_at, body_text, keywords, summary, enriched_at, "
            + "enricher_version, original, canceled_at";

    @Inject
    Jdbc jdbc;

    public Optional<Stored> byId(String id) {
        return jdbc.read("Reading an article", reads -> {
            List<Object> params = List.of(id);
            List<Category> categories = reads.list("SELECT code, label, confidence FROM article_category WHERE article_id = ?",
                    params, rs -> new Category(rs.getString(1), rs.getString(2), rs.getDouble(3)));
            List<Entity> entities = reads.list("SELECT type, name, entity_key, wikidata_id, mention_count, mentions::text, "
                            + "confidence FROM article_entity WHERE article_id = ?", params,
                    rs -> new Entity(EntityType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), json(rs.getString(6), MENTIONS), rs.getDouble(7)));
            return reads.list("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = ?", params, rs -> new Stored(article(rs,
                            categories.stream().sorted(Comparator.comparingDouble(c -> -c.confidence())).toList(),
                            entities.stream().sorted(Comparator.comparingInt(e -> -e.mentionCount())).toList()),
                    Jdbc.instant(rs, "canceled_at"))).stream().findFirst();
        });
    }

    private static EnrichedArticle article(ResultSet rs, List<Category> categories, List<Entity> entities) throws SQLException {
        String original = rs.getString("original");
        return new EnrichedArticle(rs.getString("id"), rs.getString("source"), rs.getString("source_id"),
                rs.getString("url"), rs.getInt("version"), rs.getString("headline"), rs.getString("body"),
                rs.getString("language"), Jdbc.instant(rs, "first_created"), Jdbc.instant(rs, "version_created"),
                Jdbc.instant(rs, "published"), strings(rs.getArray("authors")), PubStatus.fromWire(rs.getString("pub_status")),
                Jdbc.instant(rs, "ingested_at"), rs.getString("body_text"), categories, entities,
                strings(rs.getArray("keywords")), rs.getString("summary"), Jdbc.instant(rs, "enriched_at"),
                rs.getString("enricher_version"), original == null ? null : json(original, new TypeReference<OriginalDocument>() {
                }));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON of an article is not valid", e);
        }
    }
}
