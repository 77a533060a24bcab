package io.newsroom.bench.store;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The yardstick: the same rows written with plain JDBC batches into a second database of the same server, with
 * the store's own migrations. Per batch of 500 articles, one transaction: entity upsert, then article,
 * article_category and article_entity rows, {@code reWriteBatchedInserts=true}. No version check, no row locks and
 * no entity recount: the difference to the service is what those (and the ORM) cost.
 * <p>
 * Only database time is counted; generating the articles happens between the measured sections.
 */
final class JdbcBaseline {

    record Result(int articles, double seconds) {
        double rate() {
            return articles / seconds;
        }
    }

    static final String DATABASE = "jdbc_baseline";
    private static final int BATCH = 500;

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (id, source, source_id, url, version, headline, body, body_text, language, first_created,
                version_created, published, authors, pub_status, ingested_at, keywords, summary, enriched_at,
                enricher_version, stored_at, sort_time, canceled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CATEGORY =
            "INSERT INTO article_category (article_id, code, label, confidence) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ENTITY_LINK = """
            INSERT INTO article_entity (article_id, entity_key, type, name, wikidata_id, mention_count, confidence, mentions, sort_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";
    /** Same statements as store-service's EntityUpserts: new entities, then the rows whose name or id changed. */
    private static final String INSERT_NEW_ENTITIES = """
            INSERT INTO entity (entity_key, type, name, wikidata_id, first_seen)
            SELECT k, t, n, w, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w) ORDER BY k
            ON CONFLICT (entity_key) DO NOTHING""";
    private static final String REFRESH_CHANGED_ENTITIES = """
            UPDATE entity e SET name = u.n, type = u.t, wikidata_id = coalesce(u.w, e.wikidata_id)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w)
            WHERE e.entity_key = u.k
              AND (e.name, e.type, e.wikidata_id) IS DISTINCT FROM (u.n, u.t, coalesce(u.w, e.wikidata_id))""";

    private final String serverUrl;
    private final String user;
    private final String password;

    /** @param serverUrl JDBC URL of any database on the server; the baseline database is created beside it */
    JdbcBaseline(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    String databaseUrl() {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + DATABASE;
    }

    void createDatabase(List<String> migrations) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = DriverManager.getConnection(databaseUrl(), user, password); Statement s = c.createStatement()) {
            for (String sql : migrations) {
                s.execute(sql); // the driver runs a multi-statement script as one simple query
            }
        }
    }

    /** After measuring: its fresh rows would otherwise be autovacuumed while the queries are measured. */
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    Result insertAll(ArticleGenerator generator) throws SQLException {
        return insertEvery(generator, 0, 1);
    }

    /** Batch number {@code first}, then every {@code step}-th batch of 500 (for several connections at once). */
    Result insertEvery(ArticleGenerator generator, int first, int step) throws SQLException {
        long measured = 0;
        int written = 0;
        try (Connection c = DriverManager.getConnection(databaseUrl() + "?reWriteBatchedInserts=true", user, password)) {
            c.setAutoCommit(false);
            for (int from = first * BATCH; from < generator.count(); from += step * BATCH) {
                List<EnrichedArticle> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(from + BATCH, generator.count()); i++) {
                    batch.add(generator.article(i));
                }
                long start = System.nanoTime();
                writeBatch(c, batch);
                c.commit();
                measured += System.nanoTime() - start;
                written += batch.size();
            }
        }
        return new Result(written, measured / 1e9);
    }

    private static void writeBatch(Connection c, List<EnrichedArticle> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        upsertEntities(c, batch, now);
        try (PreparedStatement article = c.prepareStatement(INSERT_ARTICLE);
             PreparedStatement category = c.prepareStatement(INSERT_CATEGORY);
             PreparedStatement link = c.prepareStatement(INSERT_ENTITY_LINK)) {
            for (EnrichedArticle a : batch) {
                bindArticle(c, article, a, now);
                article.addBatch();
                for (Category cat : a.categories()) {
                    category.setString(1, a.id());
                    category.setString(2, cat.code());
                    category.setString(3, cat.label());
                    category.setDouble(4, cat.confidence());
                    category.addBatch();
                }
                for (Entity e : a.entities()) {
                    link.setString(1, a.id());
                    link.setString(2, e.key());
                    link.setString(3, e.type().name());
                    link.setString(4, e.name());
                    link.setString(5, e.wikidataId());
                    link.setInt(6, e.mentionCount());
                    link.setDouble(7, e.confidence());
                    link.setString(8, json(e.mentions()));
                    link.setTimestamp(9, ts(a.published() != null ? a.published() : a.versionCreated()));
                    link.addBatch();
                }
            }
            article.executeBatch();
            category.executeBatch();
            link.executeBatch();
        }
    }

    private static void bindArticle(Connection c, PreparedStatement st, EnrichedArticle a, Timestamp now) throws SQLException {
        Instant sortTime = a.published() != null ? a.published() : a.versionCreated();
        st.setString(1, a.id());
        st.setString(2, a.source());
        st.setString(3, a.sourceId());
        st.setString(4, a.url());
        st.setInt(5, a.version());
        st.setString(6, a.headline());
        st.setString(7, a.body());
        st.setString(8, a.bodyText());
        st.setString(9, a.language());
        st.setTimestamp(10, ts(a.firstCreated()));
        st.setTimestamp(11, ts(a.versionCreated()));
        st.setTimestamp(12, ts(a.published()));
        st.setArray(13, c.createArrayOf("text", a.authors().toArray()));
        st.setString(14, a.pubStatus().wireName());
        st.setTimestamp(15, ts(a.ingestedAt()));
        st.setArray(16, c.createArrayOf("text", a.keywords().toArray()));
        st.setString(17, a.summary());
        st.setTimestamp(18, ts(a.enrichedAt()));
        st.setString(19, a.enricherVersion());
        st.setTimestamp(20, now);
        st.setTimestamp(21, ts(sortTime));
        st.setTimestamp(22, a.pubStatus() == io.newsroom.schemas.PubStatus.CANCELED ? ts(a.versionCreated()) : null);
    }

    private static void upsertEntities(Connection c, List<EnrichedArticle> batch, Timestamp now) throws SQLException {
        TreeMap<String, Entity> byKey = new TreeMap<>();
        batch.forEach(a -> a.entities().forEach(e -> byKey.put(e.key(), e)));
        List<Entity> entities = List.copyOf(byKey.values());
        Object[][] columns = {
                entities.stream().map(Entity::key).toArray(),
                entities.stream().map(e -> e.type().name()).toArray(),
                entities.stream().map(Entity::name).toArray(),
                entities.stream().map(Entity::wikidataId).toArray()};
        try (PreparedStatement insert = c.prepareStatement(INSERT_NEW_ENTITIES);
             PreparedStatement refresh = c.prepareStatement(REFRESH_CHANGED_ENTITIES)) {
            insert.setTimestamp(1, now);
            for (int i = 0; i < columns.length; i++) {
                insert.setArray(i + 2, c.createArrayOf("text", columns[i]));
                refresh.setArray(i + 1, c.createArrayOf("text", columns[i]));
            }
            insert.executeUpdate();
            refresh.executeUpdate();
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
