package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.records;
import static io.newsroom.ingest.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * RSS/Atom items as their specs allow them, stored as written (issue 11): relative links resolved against
 * xml:base or the feed's link, IRIs percent-encoded, a title from the description, over-long fields cut with a
 * warning, one undecodable element failing only its item, blank lines before the prolog and a public DOCTYPE
 * tolerated (an internal subset still refused), titles as plain text, the url kept as written (the id from its
 * canonical form), the language from xml:lang, media:description as the body.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class FeedItemsAsWrittenTest extends KafkaCompanionTest {

    private ExtractableResponse<Response> post(String xml) {
        return as("regional-news").contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
                .post("/articles/feed").then().log().ifValidationFails().statusCode(207).extract();
    }

    private JsonNode event(ExtractableResponse<Response> answer, int item) {
        assertThat(answer.<Integer>path("items[" + item + "].status")).isEqualTo(202);
        return value(records(kafka, answer.path("items[" + item + "].id"), 1).get(0));
    }

    @Test
    void shouldResolveRelativeLinksAgainstXmlBaseOrTheFeedLinkAndEncodeIris() {
        String run = UUID.randomUUID().toString();
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/"><title>t</title>
                  <id>urn:x</id><updated>2026-11-25T16:00:00Z</updated><link href="https://atom.example/"/>
                  <entry xml:base="2026/"><id>urn:uuid:%1$s-a</id><title>One</title><link href="one-%1$s.html"/>
                    <updated>2026-11-25T16:00:00Z</updated></entry>
                  <entry><id>https://atom.example/id/%1$s-b</id><title>Two</title><link href="zwei/Straße-%1$s#teil"/>
                    <updated>2026-11-25T16:00:00Z</updated></entry>
                </feed>""".formatted(run);
        ExtractableResponse<Response> answer = post(atom);
        assertThat(event(answer, 0).get("url").asText()).isEqualTo("https://atom.example/news/2026/one-" + run + ".html");
        assertThat(event(answer, 1).get("url").asText()).isEqualTo("https://atom.example/news/zwei/Stra%C3%9Fe-" + run + "#teil");

        String rss = """
                <rss version="2.0"><channel><title>t</title><link>https://rss.example/section/</link>
                  <item><title>Three</title><link>/story/%s</link></item></channel></rss>""".formatted(run);
        assertThat(event(post(rss), 0).get("url").asText()).isEqualTo("https://rss.example/story/" + run);
    }

    @Test
    void shouldKeepTheUrlAsWrittenAndTakeTheIdFromItsCanonicalForm() {
        String link = "https://archive.example/web/2020/https://news.example/" + UUID.randomUUID() + "/?utm_source=rss#top";
        String rss = """
                <rss version="2.0"><channel><title>t</title><link>https://archive.example/</link>
                  <item><title>Tom &amp;amp; Jerry &lt;em&gt;return&lt;/em&gt;</title><link>%s</link></item></channel></rss>"""
                .formatted(link.replace("&", "&amp;"));
        ExtractableResponse<Response> answer = post(rss);
        JsonNode event = event(answer, 0);
        assertThat(event.get("url").asText()).isEqualTo(link);
        assertThat(event.get("headline").asText()).isEqualTo("Tom & Jerry return");
        assertThat(answer.<String>path("items[0].id")).isEqualTo(ArticleIds.derive("regional-news", null,
                link.substring(0, link.indexOf("/?"))));
    }

    @Test
    void shouldTakeLanguageFromXmlLangAndTheBodyFromMediaDescription() {
        String run = UUID.randomUUID().toString();
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">
                  <title>t</title><id>urn:x</id><updated>2026-11-25T16:00:00Z</updated>
                  <entry xml:lang="de"><id>urn:uuid:%1$s-de</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Bahn <b>streikt</b></div></title>
                    <link href="https://atom.example/%1$s"/><updated>2026-11-25T16:00:00Z</updated>
                    <summary>Kurz</summary><media:group><media:description>Die Bahn streikt am Montag.</media:description></media:group>
                    </entry>
                  <entry><id>urn:uuid:%1$s-en</id><title>Rail strike</title><updated>2026-11-25T16:00:00Z</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Trains stop.</p></div></content></entry>
                </feed>""".formatted(run);
        ExtractableResponse<Response> answer = post(atom);
        JsonNode german = event(answer, 0);
        assertThat(german.get("language").asText()).isEqualTo("de");
        assertThat(german.get("headline").asText()).isEqualTo("Bahn streikt");
        assertThat(german.get("body").asText()).isEqualTo("Die Bahn streikt am Montag.");
        JsonNode english = event(answer, 1);
        assertThat(english.get("language").asText()).isEqualTo("en");
        assertThat(english.get("body").asText()).isEqualTo("<p>Trains stop.</p>");
        // A urn: id and no link: an article without a public URL (contract 1.2).
        assertThat(english.get("url").isNull()).isTrue();
    }

    @Test
    void shouldTakeATitleFromTheDescriptionAndCutOverLongFieldsWithAWarning() {
        String run = UUID.randomUUID().toString();
        String longTitle = "word ".repeat(300).strip();
        String longAuthor = "Name ".repeat(60).strip();
        String rss = """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><link>https://rss.example/</link>
                  <item><link>https://rss.example/%1$s/a</link><description>&lt;p&gt;Storm floods the old town. Rain goes on.&lt;/p&gt;</description></item>
                  <item><title>%2$s</title><link>https://rss.example/%1$s/b</link><dc:creator>%3$s</dc:creator></item>
                  <item><link>https://rss.example/%1$s/c</link></item>
                </channel></rss>""".formatted(run, longTitle, longAuthor);
        ExtractableResponse<Response> answer = post(rss);
        assertThat(event(answer, 0).get("headline").asText()).isEqualTo("Storm floods the old town.");
        assertThat(answer.<List<String>>path("items[0].warnings")).singleElement().asString().contains("no title");
        JsonNode cut = event(answer, 1);
        assertThat(cut.get("headline").asText()).hasSizeLessThanOrEqualTo(1000).endsWith("word").startsWith("word word");
        assertThat(cut.get("authors").get(0).asText()).hasSizeLessThanOrEqualTo(200).endsWith("Name");
        assertThat(answer.<List<String>>path("items[1].warnings")).hasSize(2);
        // RSS allows an item of a link alone: the link is all there is to show.
        assertThat(event(answer, 2).get("headline").asText()).isEqualTo("https://rss.example/" + run + "/c");
        assertThat(answer.<List<String>>path("items[2].warnings")).singleElement().asString().contains("its link");
    }

    @Test
    void shouldFailOnlyTheItemWhoseBase64ContentDoesNotDecode() {
        String run = UUID.randomUUID().toString();
        String atom03 = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><modified>2026-11-25T16:00:00Z</modified>
                  <entry><id>urn:uuid:%1$s-bad</id><title>Bad</title><link rel="alternate" type="text/html" href="https://a03.example/%1$s/bad"/>
                    <content type="text/html" mode="base64">!!! not base64 !!!</content></entry>
                  <entry><id>urn:uuid:%1$s-good</id><title>Good</title><link rel="alternate" type="text/html" href="https://a03.example/%1$s/good"/>
                    <content type="text/html" mode="base64">PHA+SGk8L3A+</content></entry>
                </feed>""".formatted(run);
        ExtractableResponse<Response> answer = post(atom03);
        assertThat(answer.<Integer>path("items[0].status")).isEqualTo(400);
        assertThat(answer.<String>path("items[0].problem.detail")).contains("base64");
        assertThat(event(answer, 1).get("body").asText()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void shouldTolerateBlankLinesBeforeTheDeclarationAndAPublicDoctype() {
        String run = UUID.randomUUID().toString();
        String netscape = """

                \t
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>t</title><link>https://n.example/</link><description>d</description>
                  <language>en-us</language>
                  <item><title>Old school</title><link>https://n.example/%s</link></item></channel></rss>""".formatted(run);
        JsonNode event = event(post(netscape), 0);
        assertThat(event.get("headline").asText()).isEqualTo("Old school");
        assertThat(event.get("language").asText()).isEqualTo("en");
    }

    @Test
    void shouldStillRefuseADoctypeWithAnInternalSubset() {
        String subset = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd" [
                  <!ELEMENT rss ANY>
                ]>
                <rss version="0.91"><channel><title>t</title></channel></rss>""";
        as("regional-news").contentType("application/xml").body(subset).post("/articles/feed").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "xml-doctype-forbidden"));
    }
}
