package io.newsroom.store.query;

import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The change feed behind the stream: articles written after a change number, in commit order. Every write takes
 * the next number as its batch commits ({@code write.ChangeLog}), so a client that saw number N resumes exactly after it.
 * The feed is read from the database, so it is the same whichever store instance a client is connected to.
 */
@ApplicationScoped
public class ArticleChanges {

    /** An article write with its change number; the article as it is now (canceled ones included). */
    public record Change(long seq, ArticleSummary article) {
        public String id() {
            return article.id();
        }
    }

    /** A stream's filter, its entity name looked up once when the stream opens ({@link #feed}). */
    public static final class Feed {
        private final SqlWhere where;

        private Feed(SqlWhere where) {
            this.where = where;
        }
    }

    @Inject
    Jdbc jdbc;

    /** The filter of one stream, for all its polls; canceled articles included (the stream announces them). */
    public Feed feed(ArticleFilter filter) {
        return jdbc.read("Opening the change feed", reads -> new Feed(SqlWhere.resolve(reads, filter, true)));
    }

    /** Up to {@code max} changes after {@code seq}, oldest first, each article read once with its summary. */
    public List<Change> after(Feed feed, long seq, int max) {
        SqlWhere where = feed.where;
        String sql = where.with() + "SELECT ch.seq, " + Summaries.columns("a") + " FROM " + where.from()
                + " JOIN article_change ch ON ch.article_id = a.id WHERE " + where.sql()
                + " AND ch.seq > ? ORDER BY ch.seq LIMIT ?";
        List<Object> params = where.params();
        params.add(seq);
        params.add(max);
        return jdbc.read("Reading the change feed", reads -> {
            record Row(long seq, Summaries.Head head) {
            }
            List<Row> rows = reads.list(sql, params, rs -> new Row(rs.getLong("seq"), Summaries.head(rs, null)));
            List<ArticleSummary> summaries = Summaries.withLinks(reads, rows.stream().map(Row::head).toList());
            return java.util.stream.IntStream.range(0, rows.size())
                    .mapToObj(i -> new Change(rows.get(i).seq(), summaries.get(i))).toList();
        });
    }

    /**
     * Every change after {@code seq} up to {@code max}, read {@code page} at a time: a stream that fell behind (a burst,
     * a slow client, a resume from an old Last-Event-ID) catches up in one poll instead of one page per poll interval,
     * which at 100 per 500 ms could never catch up with a store writing more than 200 articles/s. {@code max} bounds
     * what one poll holds in memory.
     */
    public List<Change> catchUp(Feed feed, long seq, int page, int max) {
        List<Change> out = new java.util.ArrayList<>();
        long after = seq;
        while (out.size() < max) {
            int want = Math.min(page, max - out.size());
            List<Change> next = after(feed, after, want);
            out.addAll(next);
            if (next.size() < want) {
                break;
            }
            after = next.get(next.size() - 1).seq();
        }
        return out;
    }

    /** The newest change number; a stream without Last-Event-ID starts after it (new articles only). */
    public long latest() {
        return jdbc.list("Reading the change feed", "SELECT coalesce(max(seq), 0) FROM article_change", List.of(),
                rs -> rs.getLong(1)).get(0);
    }
}
