package io.newsroom.store.query;

import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The IPTC tree with how many visible articles each topic has; a top-level count includes its children's articles once. */
@ApplicationScoped
public class CategoryCounts {

    public record Node(String code, String label, long count, List<Node> children) {
    }

    @Inject
    Jdbc jdbc;

    @Inject
    Taxonomy taxonomy;

    public List<Node> tree() {
        Map<String, Long> own = counts("""
                SELECT c.code, count(*) FROM article_category c JOIN article a ON a.id = c.article_id
                WHERE a.pub_status <> 'canceled' GROUP BY c.code""", List.of());
        List<String> codes = new ArrayList<>();
        List<String> tops = new ArrayList<>();
        for (Taxonomy.Topic top : taxonomy.topLevel()) {
            for (String code : taxonomy.withChildren(top.code())) {
                codes.add(code);
                tops.add(top.code());
            }
        }
        Map<String, Long> rolledUp = counts("""
                SELECT t.top, count(DISTINCT c.article_id) FROM article_category c JOIN article a ON a.id = c.article_id
                JOIN unnest(?::text[], ?::text[]) AS t(code, top) ON t.code = c.code
                WHERE a.pub_status <> 'canceled' GROUP BY t.top""", List.of(codes, tops));
        List<Node> tree = new ArrayList<>();
        for (Taxonomy.Topic top : taxonomy.topLevel()) {
            List<Node> children = taxonomy.childrenOf(top.code()).stream()
                    .filter(code -> own.getOrDefault(code, 0L) > 0)
                    .map(code -> new Node(code, taxonomy.get(code).label(), own.get(code), List.of()))
                    .sorted((x, y) -> Long.compare(y.count(), x.count()))
                    .toList();
            tree.add(new Node(top.code(), top.label(), rolledUp.getOrDefault(top.code(), 0L), children));
        }
        return tree;
    }

    private Map<String, Long> counts(String sql, List<?> params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.list("Category counts", sql, params, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }
}
