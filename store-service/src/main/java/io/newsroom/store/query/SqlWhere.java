package io.newsroom.store.query;

import io.newsroom.store.database.Jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause for a filter over table alias {@code a}. Only fixed SQL fragments are joined; every value the
 * user gave is a bound parameter, so no user text ever becomes SQL.
 */
final class SqlWhere {

    /** English and unstemmed queries together: the vector stems English articles only. */
    static final String TS_QUERY = "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))";

    /** The shape of an entity key: a lower-case type, a colon, no spaces. */
    static final java.util.regex.Pattern ENTITY_KEY = java.util.regex.Pattern.compile("[a-z]+:\\S+");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private final List<Object> withParams = new ArrayList<>();
    private boolean text;
    private boolean entityDriven;

    /**
     * The conditions of a filter whose entity name (if any) was already looked up once for the request or stream
     * ({@link #entityKeysNamed}): a plain function of its arguments, so it is tested without a database.
     *
     * @param named        the entities the filter's entity <em>name</em> means; ignored for a key or no entity
     * @param withCanceled true for the stream, which also announces cancellations
     */
    static SqlWhere of(ArticleFilter f, List<String> named, boolean withCanceled) {
        boolean isKey = isEntityKey(f.entity());
        if (f.entity() == null || isKey) {
            named = List.of();
        }
        String entityKey = isKey ? f.entity() : named.size() == 1 ? named.get(0) : null;
        SqlWhere w = new SqlWhere();
        if (!withCanceled) {
            w.add("a.pub_status <> 'canceled'");
        }
        if (!f.categoryCodes().isEmpty()) {
            w.add("EXISTS (SELECT 1 FROM article_category c WHERE c.article_id = a.id AND c.code = ANY(?::text[]))",
                    (Object) f.categoryCodes().toArray(String[]::new));
        }
        if (entityKey != null) {
            // One entity (a key, or a name only one entity has): walk its links newest first (index on entity_key,
            // sort_time), checking the other filters per article, instead of walking the whole archive and probing
            // each article for the entity.
            w.entityDriven = true;
            w.add("e.entity_key = ?", entityKey);
            if (f.entityType() != null) {
                w.add("e.type = ?", f.entityType());
            }
        } else if (f.entity() != null && named.isEmpty()) {
            w.add("FALSE");   // no entity has that name: nothing matches, and the database need not look
        } else if (f.entity() != null) {
            // A name several entities share (e.g. a person and a place): articles mentioning any of them, once each.
            w.add("EXISTS (SELECT 1 FROM article_entity e WHERE e.article_id = a.id AND e.entity_key = ANY(?::text[]))",
                    (Object) named.toArray(String[]::new));
        } else if (f.entityType() != null) {
            w.add("EXISTS (SELECT 1 FROM article_entity e WHERE e.article_id = a.id AND e.type = ?)", f.entityType());
        }
        if (f.source() != null) {
            w.add("a.source = ?", f.source());
        }
        if (f.language() != null) {
            w.add("a.language = ?", f.language());
        }
        if (f.from() != null) {
            w.add(w.sortColumn() + " >= ?", f.from());
        }
        if (f.to() != null) {
            w.add(w.sortColumn() + " < ?", f.to());
        }
        if (f.hasText()) {
            w.text = true;
            w.withParams.add(f.q());
            w.withParams.add(f.q());
            // The query inline, not from the CTE: the planner then estimates how common the words are and, for a
            // common word, walks the newest articles instead of reading every match.
            w.add("a.search_vector @@ " + TS_QUERY, f.q(), f.q());
        }
        return w;
    }

    /**
     * The entities whose current name is {@code name}, ignoring case (index on {@code lower(entity.name)}), of the
     * given type if any. A name filter means these entities: every article linked to them, whatever spelling the
     * article itself used for the mention.
     */
    static List<String> entityKeysNamed(Jdbc.Reads reads, ArticleFilter f) throws SQLException {
        if (f.entity() == null || isEntityKey(f.entity())) {
            return List.of();
        }
        String sql = "SELECT entity_key FROM entity WHERE lower(name) = lower(?)" + (f.entityType() != null ? " AND type = ?" : "")
                + " ORDER BY entity_key LIMIT 100";
        List<Object> params = f.entityType() != null ? List.of(f.entity(), f.entityType()) : List.of(f.entity());
        return reads.list(sql, params, rs -> rs.getString(1));
    }

    /** The conditions of a filter, its entity name looked up on the given connection. */
    static SqlWhere resolve(Jdbc.Reads reads, ArticleFilter f, boolean withCanceled) throws SQLException {
        return of(f, entityKeysNamed(reads, f), withCanceled);
    }

    static boolean isEntityKey(String entity) {
        return entity != null && ENTITY_KEY.matcher(entity).matches();
    }

    void add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
    }

    /** The parsed full-text query as {@code q.query}, for ranking and snippets (filters use it inline). */
    String with() {
        return text ? "WITH q AS (SELECT " + TS_QUERY + " AS query) " : "";
    }

    /** Tables for the FROM clause: the articles, joined to their links when an entity key drives the query. */
    String from() {
        return entityDriven ? "article_entity e JOIN article a ON a.id = e.article_id" : "article a";
    }

    /** The sort time to order and page by: the link's copy when an entity key drives the query (its index). */
    String sortColumn() {
        return entityDriven ? "e.sort_time" : "a.sort_time";
    }

    /** The article id to order and page by, from the same table as {@link #sortColumn()}. */
    String idColumn() {
        return entityDriven ? "e.article_id" : "a.id";
    }

    boolean hasText() {
        return text;
    }

    String sql() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** The values of the {@code ?} in {@link #with()} and {@link #sql()}, in that order. */
    List<Object> params() {
        List<Object> all = new ArrayList<>(withParams);
        all.addAll(params);
        return all;
    }
}
