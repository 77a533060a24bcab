package io.newsroom.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of what can be carried and stored: text, dates, URLs, in every field and the original document. */
class StorageContractTest {

    @Test
    void shouldAcceptOrdinaryTextIncludingSurrogatePairsAndARealReplacementCharacter() {
        assertThat(StorageContract.textProblem("Zürich \uD83D\uDE00 \uFFFD")).isNull();
        assertThat(StorageContract.violations(raw("Headline", "Body", Instant.parse("2026-11-26T10:00:00Z"), null))).isEmpty();
    }

    @Test
    void shouldNameEveryFieldWithNulOrAnUnpairedSurrogate() {
        List<StorageContract.Violation> found = StorageContract.violations(raw("Bad \u0000", "Tail \uD800", Instant.parse("2026-11-26T10:00:00Z"), null));
        assertThat(found).extracting(StorageContract.Violation::field).containsExactly("/headline", "/body");
        assertThat(StorageContract.textProblem("\uDC00 first")).contains("unpaired surrogate");
        assertThat(StorageContract.textProblem("last \uD83D")).contains("unpaired surrogate");
    }

    @Test
    void shouldKeepDatesWithinTheYears0001To9999() {
        assertThat(StorageContract.dateProblem(Instant.parse("9999-12-31T23:59:59Z"))).isNull();
        assertThat(StorageContract.dateProblem(Instant.parse("0001-01-01T00:00:00Z"))).isNull();
        assertThat(StorageContract.dateProblem(Instant.parse("0000-12-31T23:59:59Z"))).isNotNull();
        assertThat(StorageContract.dateProblem(Instant.parse("+10000-01-01T00:00:00Z"))).isNotNull();
        assertThat(StorageContract.violations(raw("H", "B", Instant.parse("+12000-01-01T00:00:00Z"), null)))
                .extracting(StorageContract.Violation::field).containsExactly("/versionCreated");
    }

    @Test
    void shouldWantAnAbsoluteHttpUrlWithAHost() {
        assertThat(StorageContract.urlProblem("https://example.com/a?b=c")).isNull();
        assertThat(StorageContract.urlProblem("https://")).isNotNull();
        assertThat(StorageContract.urlProblem("https:///x")).contains("host");
        assertThat(StorageContract.urlProblem("ftp://example.com/")).contains("http");
        assertThat(StorageContract.urlProblem("https://exa mple.com/")).isNotNull();
    }

    @Test
    void shouldKeepEntityNamesAndKeysShortEnoughToIndex() {
        RawArticle raw = raw("H", "B", Instant.parse("2026-11-26T10:00:00Z"), null);
        EnrichedArticle.Entity longName = new EnrichedArticle.Entity(EnrichedArticle.EntityType.PERSON,
                "N".repeat(StorageContract.MAX_ENTITY_CHARS + 1), "person:n", null, 1, List.of(), 0.5);
        EnrichedArticle enriched = EnrichedArticle.of(raw, "en", "B", List.of(), List.of(longName), List.of(), null,
                Instant.parse("2026-11-26T10:00:02Z"), "test");
        assertThat(StorageContract.violations(enriched)).extracting(StorageContract.Violation::field)
                .containsExactly("/entities/0");
    }

    @Test
    void shouldLookIntoTheOriginalDocumentsValuesAndPropertyNames() throws Exception {
        var document = new ObjectMapper().readTree("{\"uri\":\"u\",\"bodies\":[{\"value\":\"a\\u0000b\"}],\"x\\u0000\":1}");
        List<StorageContract.Violation> found = StorageContract.violations(raw("H", "B", Instant.parse("2026-11-26T10:00:00Z"),
                new OriginalDocument("ninjs", "2.1", document)));
        assertThat(found).extracting(StorageContract.Violation::field)
                .containsExactlyInAnyOrder("/original/document/bodies/0/value", "/original/document");
    }

    private static RawArticle raw(String headline, String body, Instant versionCreated, OriginalDocument original) {
        return new RawArticle("0123456789abcdef0123456789abcdef", "wire-eu", "s-1", "https://wire-eu.example/1", 1,
                headline, body, "en", null, versionCreated, null, List.of(), PubStatus.USABLE,
                Instant.parse("2026-11-26T10:00:01Z"), original);
    }
}
