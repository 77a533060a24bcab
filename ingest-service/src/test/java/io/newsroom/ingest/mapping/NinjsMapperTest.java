package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How each ninjs generation is read (pure mapping, no broker): 1.x flat fields, 3.x camelCase, any version string
 * ordered as documented, a headline derived when missing, captions as the text of media items, dates ninjs 1.x left
 * unchecked, and the refusal of a document without any text.
 */
class NinjsMapperTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static RawArticle map(String json) throws Exception {
        return new NinjsMapper().map(JSON.readTree(json), "wire-eu", NOW).article();
    }

    @Test
    void shouldReadNinjs1FlatFieldsAndKeepTheDetectedVersion() throws Exception {
        RawArticle a = map("""
                {"$standard":{"name":"ninjs","version":"1.4"},"uri":"urn:x:1","version":"0","headline_main":"Rail strike ends",
                 "body_text":"Plain body","body_html":"<p>HTML body</p>","byline":"By Anna Keller","versioncreated":"2026-11-20",
                 "language":"en-GB"}""");
        assertThat(a.headline()).isEqualTo("Rail strike ends");
        assertThat(a.body()).isEqualTo("<p>HTML body</p>");
        assertThat(a.authors()).containsExactly("Anna Keller");
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(a.url()).isNull();
        assertThat(a.original().version()).isEqualTo("1.4");
    }

    @Test
    void shouldReadNinjs3CamelCaseFields() throws Exception {
        RawArticle a = map("""
                {"uri":"urn:x:3","version":"6","versionCreated":"2019-08-09T09:46:53Z","firstCreated":"2019-08-09T09:30:04Z",
                 "pubStatus":"withheld","headlines":[{"value":"Google buys land"}],
                 "bodies":[{"contentType":"text/plain","value":"plain"},{"contentType":"text/html","value":"<p>html</p>"}]}""");
        assertThat(a.version()).isEqualTo(7);
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2019-08-09T09:46:53Z"));
        assertThat(a.firstCreated()).isEqualTo(Instant.parse("2019-08-09T09:30:04Z"));
        assertThat(a.pubStatus().name()).isEqualTo("WITHHELD");
        assertThat(a.body()).isEqualTo("<p>html</p>");
        assertThat(a.original().version()).isEqualTo("3.x");
    }

    @Test
    void shouldOrderNumericVersionsAsNumbersAndOthersByTheirTime() throws Exception {
        String doc = "{\"uri\":\"urn:x:v\",\"headline\":\"H\",\"version\":\"%s\",\"versioncreated\":\"2026-11-26T10:00:00Z\"}";
        assertThat(map(doc.formatted("0")).version()).isEqualTo(1);
        assertThat(map(doc.formatted("41")).version()).isEqualTo(42);
        assertThat(map(doc.formatted("v2-final")).version())
                .isEqualTo(Versions.fromTime(Instant.parse("2026-11-26T10:00:00Z")));
    }

    @Test
    void shouldDeriveAMissingHeadlineFromTheFirstSentenceOfTheBodyWithoutMarkup() throws Exception {
        RawArticle a = map("""
                {"uri":"urn:x:h","slugline":"UEFA-PRESSER","bodies":[{"value":"<p>Coach &amp; captain spoke on Monday. They said more.</p>"}]}""");
        assertThat(a.headline()).isEqualTo("Coach & captain spoke on Monday.");
        assertThat(map("{\"uri\":\"urn:x:s\",\"slugline\":\"UEFA-PRESSER\"}").headline()).isEqualTo("UEFA-PRESSER");
    }

    @Test
    void shouldTakeAPicturesDescriptionAsItsText() throws Exception {
        RawArticle a = map("""
                {"uri":"urn:x:p","type":"picture","descriptions":[{"role":"caption","value":"Fans celebrate in Rome. Photo: AP"}]}""");
        assertThat(a.body()).isEqualTo("Fans celebrate in Rome. Photo: AP");
        assertThat(a.headline()).isEqualTo("Fans celebrate in Rome.");
    }

    @Test
    void shouldIgnoreADateNinjs1LeftUncheckedAndUseTheTimeOfReceipt() throws Exception {
        RawArticle a = map("{\"uri\":\"urn:x:d\",\"headline\":\"H\",\"versioncreated\":\"Last Tuesday\"}");
        assertThat(a.versionCreated()).isEqualTo(NOW);
    }

    @Test
    void shouldRefuseAPictureWithoutAnyTextNamingWhatItNeeds() {
        InvalidArticleException refused = catchThrowableOfType(InvalidArticleException.class,
                () -> map("{\"uri\":\"urn:x:n\",\"type\":\"picture\",\"renditions\":{}}"));
        assertThat(refused.problem().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("/headlines");
            assertThat(e.message()).startsWith("the ninjs item has no text").contains("caption or description");
        });
    }

    @Test
    void shouldCutAnOverlongTitleUsedAsHeadlineAtAWord() throws Exception {
        RawArticle a = map("{\"uri\":\"urn:x:t\",\"title\":\"" + "word ".repeat(300) + "\"}");
        assertThat(a.headline()).hasSizeLessThanOrEqualTo(NinjsText.MAX_DERIVED_HEADLINE).endsWith("word…");
    }

}
