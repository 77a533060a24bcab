package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The JSON formats as plain functions (no Quarkus, no broker): one native or ninjs article, a JSON array and NDJSON
 * all decode into the same items; a bad item is a refused item, a request that cannot be read is refused whole.
 */
class JsonItemsTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String NATIVE = """
            {"source":"wire-eu","sourceId":"a-1","url":"https://wire-eu.example/a-1","headline":"First story","body":"Text"}""";
    static final String NINJS = """
            {"uri":"urn:x:a-2","version":"1","headlines":[{"value":"Second story"}],"links":[{"href":"https://wire-eu.example/a-2"}]}""";

    /** A single article: one item, whose refusal is thrown as the whole answer. */
    static Candidate article(String json, String caller) {
        return JsonItems.one(StrictJson.parse(json), caller, false, CLOCK).candidateOrThrow();
    }

    @Test
    void shouldCarryEachItemsEventAsCheckedSoItIsWrittenOnce() throws Exception {
        for (String json : List.of(NATIVE, NINJS)) {
            Candidate c = article(json, "wire-eu");
            assertThat(c.event()).isNotNull();
            assertThat(StrictJson.MAPPER.readTree(c.event())).isEqualTo(StrictJson.MAPPER.valueToTree(c.article()));
        }
    }

    @Test
    void shouldMapANativeArticleWithAVersionMadeUpFromTheTimeOfReceipt() {
        Candidate c = article(NATIVE, "wire-eu");
        RawArticle a = c.article();
        assertThat(a.id()).isEqualTo(ArticleIds.derive("wire-eu", "a-1", "https://wire-eu.example/a-1"));
        assertThat(a.version()).isEqualTo(Versions.fromTime(NOW));
        assertThat(a.ingestedAt()).isEqualTo(NOW);
        assertThat(c.versionGiven()).isFalse();
        assertThat(c.timeGiven()).isFalse();
    }

    @Test
    void shouldReadAnObjectWithAUriAsNinjs() {
        RawArticle a = article(NINJS, "wire-eu").article();
        assertThat(a.sourceId()).isEqualTo("urn:x:a-2");
        assertThat(a.original()).isNotNull();
    }

    @Test
    void shouldRefuseAnotherSourcesArticleWith403() {
        RequestRefusedException e = catchThrowableOfType(RequestRefusedException.class,
                () -> article(NATIVE, "wire-fr"));
        assertThat(e.problem().status()).isEqualTo(403);
    }

    @Test
    void shouldNameEachFieldThatBreaksTheSchema() {
        InvalidArticleException e = catchThrowableOfType(InvalidArticleException.class,
                () -> article("{\"source\":\"wire-eu\"}", "wire-eu"));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(Object::toString).anyMatch(s -> s.contains("headline"));
    }

    @Test
    void shouldDecodeAnArrayAndNdjsonIntoTheSameItems() {
        List<Item> array = JsonItems.array("[" + NATIVE + "," + NINJS + "]", "wire-eu", CLOCK).pushed(500);
        List<Item> ndjson = JsonItems.ndjson(NATIVE + "\n\n" + NINJS + "\n", "wire-eu", CLOCK).pushed(500);
        assertThat(array).extracting(Item::ref).containsExactly("a-1", "urn:x:a-2");
        assertThat(ndjson).isEqualTo(array);
    }

    @Test
    void shouldRefuseOneBadItemWithoutStoppingTheOthers() {
        List<Item> items = JsonItems.ndjson(NATIVE + "\n{not json\n[1]\n", "wire-eu", CLOCK).pushed(500);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).candidate()).isNotNull();
        assertThat(items.get(1).problem().reason()).isEqualTo("malformed-json");
        assertThat(items.get(2).problem().reason()).isEqualTo("invalid-article");
    }

    @Test
    void shouldRefuseTheWholeRequestWhenItIsNotABatchOrTooLarge() {
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> JsonItems.array(NATIVE, "wire-eu", CLOCK)).reason()).isEqualTo("batch-not-array");
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> JsonItems.array("[]", "wire-eu", CLOCK).pushed(500)).reason()).isEqualTo("empty-batch");
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> JsonItems.ndjson(NATIVE + "\n" + NATIVE, "wire-eu", CLOCK).pushed(1)).problem().status()).isEqualTo(413);
    }

    @Test
    void shouldRefuseDuplicateKeysTrailingContentAndInvalidUtf8() {
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> StrictJson.parse("{\"a\":1,\"a\":2}")).reason()).isEqualTo("malformed-json");
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> StrictJson.parse("{} {}")).problem().detail()).contains("exactly one JSON value");
        assertThat(catchThrowableOfType(InvalidArticleException.class,
                () -> StrictJson.decodeUtf8(new byte[]{'{', (byte) 0xC3, '}'})).reason()).isEqualTo("invalid-encoding");
    }
}
