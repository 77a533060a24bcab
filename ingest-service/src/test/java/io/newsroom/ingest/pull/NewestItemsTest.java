package io.newsroom.ingest.pull;

import io.newsroom.ingest.mapping.Item;
import io.newsroom.ingest.mapping.feed.FeedMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The items a pull takes from a feed longer than a batch, as a plain function: the newest by their own time, then
 * undated and unreadable items in document order, handed on in document order; a feed within the limit is untouched.
 */
class NewestItemsTest {

    private static List<Item> items(String... pubDates) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>R</title><link>https://r.example/</link>");
        for (int i = 0; i < pubDates.length; i++) {
            xml.append("<item><title>Story ").append(i).append("</title><guid isPermaLink=\"false\">g").append(i).append("</guid>")
                    .append(pubDates[i] == null ? "" : "<pubDate>" + pubDates[i] + "</pubDate>").append("</item>");
        }
        xml.append("<item><description>No title, link or guid: refused</description></item></channel></rss>");
        return FeedMapper.parse(xml.toString().getBytes(StandardCharsets.UTF_8), "r", null, Instant.parse("2026-11-26T12:00:00Z")).entries().all();
    }

    @Test
    void shouldTakeTheNewestItemsInDocumentOrder() {
        List<Item> all = items("Tue, 24 Nov 2026 08:00:00 GMT", null, "Tue, 24 Nov 2026 10:00:00 GMT",
                "Tue, 24 Nov 2026 09:00:00 GMT", "Tue, 24 Nov 2026 07:00:00 GMT");

        assertThat(NewestItems.take(all, 2)).extracting(Item::ref).containsExactly("g2", "g3");
        assertThat(NewestItems.take(all, 5)).extracting(Item::ref).containsExactly("g0", "g1", "g2", "g3", "g4");
    }

    @Test
    void shouldTakeUndatedItemsInDocumentOrderAfterTheDatedOnes() {
        List<Item> all = items(null, "Tue, 24 Nov 2026 07:00:00 GMT", null);

        assertThat(NewestItems.take(all, 2)).extracting(Item::ref).containsExactly("g0", "g1");
        assertThat(NewestItems.take(all, 4)).hasSize(4);
        assertThat(NewestItems.take(all, 10)).isSameAs(all);
    }
}
