package io.newsroom.store.rest;

import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.query.Cursor;
import io.newsroom.store.query.Taxonomy;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query parameters as a plain function (no Quarkus, no HTTP): what a client sends becomes a filter, a limit and a
 * cursor, or 400 field errors naming every bad parameter at once. The HTTP tests check the same answers end to end.
 */
class QueryParamsTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final String ID = "0123456789abcdef0123456789abcdef";

    private static QueryParams articleList(String... nameValuePairs) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.add(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        Set<String> allowed = new HashSet<>(QueryParams.FILTERS);
        allowed.addAll(QueryParams.PAGING);
        return new QueryParams(map, allowed);
    }

    @Test
    void shouldReadEveryFilterOfTheArticleList() {
        QueryParams params = articleList("category", "medtop:15000000", "entity", "European Union", "entityType", "organization",
                "source", "bbc", "language", "en", "from", "2026-11-01", "to", "2026-11-26T10:00:00Z", "q", "rail strike");

        ArticleFilter filter = params.filter(TAXONOMY);

        assertThat(params.errors).isEmpty();
        assertThat(filter.categoryCodes()).first().isEqualTo("medtop:15000000");
        assertThat(filter.categoryCodes()).hasSizeGreaterThan(1);   // a top-level code brings its children
        assertThat(filter.entity()).isEqualTo("European Union");
        assertThat(filter.entityType()).isEqualTo("ORGANIZATION");
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(filter.q()).isEqualTo("rail strike");
        assertThat(params.limit()).isEqualTo(QueryParams.DEFAULT_LIMIT);
    }

    @Test
    void shouldTakeAnyIso8601OffsetTimeIncludingOneWithoutSecondsButNeverOneWithoutAnOffset() {
        QueryParams params = articleList("from", "2026-09-01T10:00Z", "to", "2026-09-02T10:00:30.5+02:00");
        ArticleFilter filter = params.filter(TAXONOMY);
        assertThat(params.errors).isEmpty();
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-09-02T08:00:30.500Z"));

        QueryParams local = articleList("from", "2026-09-01T10:00:00");
        local.filter(TAXONOMY);
        assertThat(local.errors).extracting(FieldError::field).containsExactly("from");
    }

    @Test
    void shouldNameEveryBadParameterAtOnce() {
        QueryParams params = articleList("category", "sport", "source", "BBC News", "language", "english", "from", "2026-11-02",
                "to", "2026-11-01", "limit", "101", "facets", "yes", "sort", "newest", "q", "a\u0000b");

        params.filter(TAXONOMY);
        params.limit();
        params.flag("facets");

        assertThat(params.errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("sort", "category", "source", "language", "to", "q", "limit", "facets");
    }

    @Test
    void shouldRefuseARepeatedParameterAndAYearOutsideTheArchive() {
        QueryParams params = articleList("source", "a", "source", "b", "from", "+10000-01-01T00:00:00Z");

        params.filter(TAXONOMY);

        assertThat(params.errors).extracting(FieldError::field).containsExactly("source", "from");
    }

    @Test
    void shouldTakeOnlyACursorOfTheSameKindOfQuery() {
        String timeCursor = Cursor.afterTime(Instant.parse("2026-11-26T10:00:00Z"), ID).encode();

        QueryParams sameKind = articleList("cursor", timeCursor);
        assertThat(sameKind.cursor(false).id()).isEqualTo(ID);
        assertThat(sameKind.errors).isEmpty();

        QueryParams withText = articleList("cursor", timeCursor);
        withText.cursor(true);
        assertThat(withText.errors).extracting(FieldError::field).containsExactly("cursor");

        QueryParams forged = articleList("cursor", "forged");
        assertThat(forged.cursor(false)).isNull();
        assertThat(forged.errors).extracting(FieldError::message).containsExactly("is not a cursor this API issued");
    }

    @Test
    void shouldReadALastEventIdOnlyWhenItIsAChangeNumber() {
        QueryParams params = articleList();

        assertThat(params.lastEventId(null)).isNull();
        assertThat(params.lastEventId(" 42 ")).isEqualTo(42L);
        assertThat(params.errors).isEmpty();
        assertThat(params.lastEventId("-1")).isNull();
        assertThat(params.errors).extracting(FieldError::field).containsExactly("Last-Event-ID");
    }

    @Test
    void shouldTakeOnlyAsciiDigitsForANumber() {
        for (String digits : java.util.List.of("\uFF15", "\u0665", "+5", "5.0", " 5", "0x10")) {
            QueryParams params = articleList("limit", digits);
            params.limit();
            assertThat(params.errors).as(digits).extracting(e -> e.field()).containsExactly("limit");
        }
        QueryParams five = articleList("limit", "5");
        assertThat(five.limit()).isEqualTo(5);
        assertThat(five.errors).isEmpty();
    }

    @Test
    void shouldSayAnEndpointWithoutParametersTakesNone() {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        map.add("x", "1");

        QueryParams params = new QueryParams(map, java.util.Set.of());

        assertThat(params.errors).extracting(e -> e.message()).containsExactly("unknown parameter; this endpoint takes none");
    }

    @Test
    void shouldRefuseAnEntityKeyThatWasNotUtf8() {
        assertThat(QueryParams.entityKey("\uFFFD(")).extracting(e -> e.message()).containsExactly("must be percent-encoded UTF-8");
        assertThat(QueryParams.entityKey("wikidata:Q458")).isEmpty();
    }
}
