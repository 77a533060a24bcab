package io.newsroom.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.mapping.Languages;
import io.newsroom.ingest.mapping.Versions;
import io.newsroom.ingest.service.ArticleIntake;
import io.newsroom.ingest.service.InvalidArticleException;
import io.newsroom.ingest.service.RequestRefusedException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an RSS (0.9x, 2.0) or Atom 1.0 document into articles with ROME, after {@link SafeXml} parsed it. Each
 * item becomes one article or one problem; one bad item never stops the others. Identity: the item's guid or
 * Atom id, else its link with tracking parameters removed. Version: from the item's updated (else published)
 * time, see {@link Versions}.
 */
@ApplicationScoped
public class FeedMapper {

    /** One feed item: the mapped article, or why it cannot be one; {@code ref} is its guid or link. */
    public record Item(String ref, Candidate candidate, RequestRefusedException problem) {
    }

    /** The items of a feed, in document order, and its type as ROME names it (rss_2.0, atom_1.0, …). */
    public record ParsedFeed(String type, List<Item> items) {
    }

    @Inject
    ArticleIntake intake;

    Clock clock = Clock.systemUTC();

    public ParsedFeed parse(byte[] xml, String source) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(SafeXml.parse(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw InvalidArticleException.of(400, "unsupported-feed", "Not an RSS or Atom feed",
                    "The XML is neither RSS nor Atom: " + e.getMessage());
        }
        String language = Languages.normalise(feed.getLanguage());
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String ref = entry.getUri() != null ? entry.getUri() : entry.getLink();
            try {
                items.add(new Item(ref, intake.validated(toCandidate(entry, source, language, now)), null));
            } catch (RequestRefusedException e) {
                items.add(new Item(ref, null, e));
            }
        }
        return new ParsedFeed(feed.getFeedType(), items);
    }

    private static Candidate toCandidate(SyndEntry entry, String source, String language, Instant now) {
        String link = entry.getLink() == null ? null : entry.getLink().strip();
        String url = link == null || link.isEmpty() ? null : ArticleIds.canonicalUrl(link);
        String itemId = entry.getUri() == null || entry.getUri().isBlank() || entry.getUri().equals(entry.getLink())
                ? null : entry.getUri().strip();
        if (itemId != null && (itemId.startsWith("http://") || itemId.startsWith("https://"))) {
            itemId = ArticleIds.canonicalUrl(itemId);
        }
        if (url == null && itemId != null && itemId.startsWith("http")) {
            url = itemId;
        }
        if (url == null) {
            throw InvalidArticleException.of(400, "invalid-item", "Invalid feed item",
                    "The item has no http(s) link, so it cannot be an article.");
        }
        if (entry.getTitle() == null || entry.getTitle().isBlank()) {
            throw InvalidArticleException.of(400, "invalid-item", "Invalid feed item", "The item has no title.");
        }
        Instant published = instant(entry.getPublishedDate());
        Instant updated = instant(entry.getUpdatedDate());
        Instant versionCreated = updated != null ? updated : published != null ? published : now;
        RawArticle article = new RawArticle(ArticleIds.derive(source, itemId, url), source, itemId, url,
                Versions.fromTime(versionCreated), entry.getTitle().strip(), body(entry), language,
                published, versionCreated, published, authors(entry), PubStatus.USABLE, now);
        return new Candidate(article, false, updated != null || published != null);
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null || entry.getDescription().getValue() == null
                ? "" : entry.getDescription().getValue();
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName().strip());
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor().strip());
        }
        return names.stream().limit(100).toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
