package io.newsroom.ingest.mapping.feed;

import io.newsroom.ingest.mapping.Item;
import io.newsroom.ingest.mapping.StrictJson;
import io.newsroom.ingest.mapping.Versions;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * RSS and Atom as plain functions (no Quarkus, no HTTP): each item becomes one {@link Item}, a bad item a refused one,
 * relative links resolve against the document's address, and a document that is not a feed is refused whole.
 */
class FeedMapperTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static FeedMapper.ParsedFeed parse(String xml, String documentUrl) {
        return FeedMapper.parse(xml.getBytes(StandardCharsets.UTF_8), "regional", documentUrl, NOW);
    }

    @Test
    void shouldMapRssItemsInDocumentOrderAndRefuseAnItemWithoutIdentity() {
        FeedMapper.ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>R</title><link>https://regional.example/</link>
                  <item><title>Storm floods the old town</title><link>/storm</link><guid isPermaLink="false">rn-1</guid>
                    <pubDate>Tue, 24 Nov 2026 07:50:00 GMT</pubDate><description>Heavy rain.</description></item>
                  <item><description>No link, no guid</description></item>
                </channel></rss>""", "https://regional.example/feed.xml");
        assertThat(feed.type()).isEqualTo("rss_2.0");
        assertThat(feed.entries().all()).hasSize(2);
        RawArticle a = feed.entries().all().get(0).candidate().article();
        assertThat(a.url()).isEqualTo("https://regional.example/storm");
        assertThat(a.sourceId()).isEqualTo("rn-1");
        assertThat(a.version()).isEqualTo(Versions.fromTime(Instant.parse("2026-11-24T07:50:00Z")));
        assertThat(feed.entries().all().get(1).problem().reason()).isEqualTo("invalid-item");
    }

    @Test
    void shouldStoreAnRssItemWithAPlainGuidAndNoLinkUnderItsGuidWithoutUrl() {
        FeedMapper.ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>R</title><link>https://regional.example/</link>
                  <item><title>Council meets</title><guid isPermaLink="false">rn-7</guid><description>Agenda.</description></item>
                  <item><title>Bridge reopens</title><guid>rn-8</guid><description>Traffic.</description></item>
                </channel></rss>""", "https://regional.example/feed.xml");
        assertThat(feed.entries().all()).extracting(Item::problem).containsOnlyNulls();
        RawArticle permaLinkFalse = feed.entries().all().get(0).candidate().article();
        RawArticle notAUrl = feed.entries().all().get(1).candidate().article();
        assertThat(permaLinkFalse.sourceId()).isEqualTo("rn-7");
        assertThat(permaLinkFalse.url()).isNull();
        assertThat(permaLinkFalse.id()).isEqualTo(ArticleIds.derive("regional", "rn-7", null));
        assertThat(notAUrl.sourceId()).isEqualTo("rn-8");
        assertThat(notAUrl.url()).isNull();
        assertThat(notAUrl.headline()).isEqualTo("Bridge reopens");
    }

    @Test
    void shouldMapAtomAndSayWhatWasChangedInWarnings() {
        FeedMapper.ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><id>urn:w</id><updated>2026-11-25T16:00:00Z</updated>
                  <entry><id>urn:w:1</id><link href="https://w.example/1"/><updated>2026-11-25T16:00:00Z</updated>
                    <content type="html">&lt;p&gt;Farmers block roads. More later.&lt;/p&gt;</content></entry></feed>""", null);
        Item item = feed.entries().all().get(0);
        assertThat(item.candidate().article().headline()).isEqualTo("Farmers block roads.");
        assertThat(item.warnings()).singleElement().asString().startsWith("headline:");
    }

    @Test
    void shouldRefuseADocumentThatIsNotAFeed() {
        InvalidArticleException e = catchThrowableOfType(InvalidArticleException.class,
                () -> parse("<html><body>hi</body></html>", null));
        assertThat(e.reason()).isEqualTo("unsupported-feed");
    }

    @Test
    void shouldAllowAPushedFeedWithoutItemsAndCarryEachItemsCheckedEvent() throws Exception {
        assertThat(parse("<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link></channel></rss>", null)
                .entries().pushed(500)).isEmpty();
        Item item = parse("""
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link>
                  <item><title>A</title><link>https://x.example/a</link></item></channel></rss>""", null).entries().pushed(500).get(0);
        assertThat(StrictJson.MAPPER.readTree(item.candidate().event()))
                .isEqualTo(StrictJson.MAPPER.valueToTree(item.candidate().article()));
    }
}
