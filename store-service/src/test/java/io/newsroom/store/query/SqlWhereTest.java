package io.newsroom.store.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WHERE clause as a plain function of a filter and the entities its name means (looked up once per request or
 * stream, by the caller): which plan shape a filter gets and that every user value is a bound parameter.
 */
class SqlWhereTest {

    private static ArticleFilter entity(String entity, String type) {
        return new ArticleFilter(List.of(), entity, type, null, null, null, null, null);
    }

    @Test
    void shouldWalkTheLinksOfAnEntityGivenByKeyWithoutLookingUpAName() {
        SqlWhere where = SqlWhere.of(entity("wikidata:Q458", "ORGANIZATION"), List.of("ignored:key"), false);

        assertThat(where.from()).contains("article_entity e");
        assertThat(where.sortColumn()).isEqualTo("e.sort_time");
        assertThat(where.params()).containsExactly("wikidata:Q458", "ORGANIZATION");
        assertThat(where.sql()).startsWith("a.pub_status <> 'canceled'");
    }

    @Test
    void shouldWalkTheLinksOfTheOneEntityANameMeans() {
        SqlWhere where = SqlWhere.of(entity("European Union", null), List.of("wikidata:Q458"), true);

        assertThat(where.from()).contains("article_entity e");
        assertThat(where.params()).containsExactly("wikidata:Q458");
        assertThat(where.sql()).doesNotContain("canceled");
    }

    @Test
    void shouldMatchNothingForANameNoEntityHasAndAnyOfSeveralForASharedName() {
        assertThat(SqlWhere.of(entity("Nobody", null), List.of(), false).sql()).endsWith("FALSE");

        SqlWhere shared = SqlWhere.of(entity("Georgia", null), List.of("wikidata:Q230", "wikidata:Q1428"), false);
        assertThat(shared.from()).isEqualTo("article a");
        assertThat(shared.params()).singleElement().isEqualTo(new String[]{"wikidata:Q230", "wikidata:Q1428"});
    }

    @Test
    void shouldBindTheTextQueryForItsCommonTableBeforeTheConditions() {
        ArticleFilter filter = new ArticleFilter(List.of("medtop:15000000"), null, null, "bbc", "en",
                Instant.parse("2026-01-01T00:00:00Z"), null, "rail strike");

        SqlWhere where = SqlWhere.of(filter, List.of(), false);

        assertThat(where.hasText()).isTrue();
        assertThat(where.with()).startsWith("WITH q AS");
        assertThat(where.params()).containsExactly("rail strike", "rail strike", new String[]{"medtop:15000000"}, "bbc", "en",
                Instant.parse("2026-01-01T00:00:00Z"), "rail strike", "rail strike");
        assertThat(where.sql()).doesNotContain("bbc").doesNotContain("rail");
    }
}
