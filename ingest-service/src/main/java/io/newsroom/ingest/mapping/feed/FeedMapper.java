package io.newsroom.ingest.mapping.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import io.newsroom.ingest.mapping.Batch;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.mapping.Item;
import io.newsroom.ingest.mapping.Languages;
import io.newsroom.ingest.mapping.PlainText;
import io.newsroom.ingest.mapping.Versions;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import org.w3c.dom.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) document into articles with ROME, after {@link SafeXml} parsed
 * it and {@link FeedDocument} read what ROME drops (xml:base, xml:lang, media:description). Each item becomes one
 * article or one problem; one bad item never stops the others. The article's url is the item's link as written,
 * made absolute and IRI-encoded ({@link Links}); canonicalisation is only for the id. Identity: the item's guid or
 * Atom id, else its link (canonical: {@link ArticleIds#canonicalUrl}). Version: from the item's updated (else
 * published) time, see {@link Versions}. What was changed to make an item storable (a title taken from the text, a
 * field cut at a word boundary) is said in the item's {@code warnings}.
 */
public final class FeedMapper {

    /** Longest headline and author name the raw event takes (article-fields schema). */
    static final int MAX_HEADLINE = 1000;
    static final int MAX_AUTHOR = 200;

    /** The items of a feed, in document order, not mapped yet, and its type as ROME names it (rss_2.0, atom_1.0, …). */
    public record ParsedFeed(String type, Batch entries) {
    }

    private FeedMapper() {
    }

    /**
     * The items of a feed document, each read at {@code now}. Relative links resolve against xml:base, else
     * {@code documentUrl} (where a pulled feed was read from), else the feed's own link (a pushed feed: null).
     */
    public static ParsedFeed parse(byte[] xml, String source, String documentUrl, Instant now) {
        Document dom = SafeXml.parse(xml);
        FeedDocument document = FeedDocument.read(dom, documentUrl);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(dom);
        } catch (Exception e) {
            // ROME throws FeedException for what it does not know, and runtime exceptions for what it cannot read:
            // either way the document is the client's, so 400, never 500.
            throw InvalidArticleException.of(400, "unsupported-feed", "Not an RSS or Atom feed",
                    "The XML is neither RSS nor Atom, or ROME cannot read it: " + e.getMessage());
        }
        List<FeedDocument.Entry> entries = document.entries().size() == feed.getEntries().size()
                ? document.entries() : null;
        String feedLanguage = feed.getLanguage();
        boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
        return new ParsedFeed(feed.getFeedType(), new Batch(feed.getEntries().size(), true, i -> {
            SyndEntry entry = feed.getEntries().get(i);
            FeedDocument.Entry read = entries == null ? null : entries.get(i);
            String ref = entry.getUri() != null ? entry.getUri() : entry.getLink();
            if (read != null && read.problem() != null) {
                return Item.refused(ref, InvalidArticleException.of(400, "invalid-item", "Invalid feed item",
                        "The item cannot be read: " + read.problem() + "."));
            }
            List<String> warnings = new ArrayList<>();
            return Item.map(ref, true, () -> toCandidate(entry, read, read == null ? null : document.baseFor(read, entry.getLink()),
                    source, feedLanguage, atom, now, warnings), warnings);
        }));
    }

    private static Candidate toCandidate(SyndEntry entry, FeedDocument.Entry dom, String base, String source,
                                         String feedLanguage, boolean atom, Instant now, List<String> warnings) {
        String link = entry.getLink();
        if (!atom && dom != null && !dom.hasLink() && link != null && link.equals(entry.getUri()) && !Links.isHttp(link.strip())) {
            // A guid that is no http(s) URL (isPermaLink left at its default) and no <link>: ROME borrowed the guid as
            // the link. It is the item's identity, not an address: resolving "rn-8" against the feed's link would
            // invent a page that does not exist. The article then has no url (the raw event allows none).
            link = null;
        }
        String url = Links.absolute(link, base);
        String itemId = entry.getUri() == null || entry.getUri().isBlank() || entry.getUri().equals(link)
                ? null : entry.getUri().strip();
        if (itemId != null && Links.isHttp(itemId)) {
            String asUri = Links.toUri(itemId);
            itemId = ArticleIds.canonicalUrl(asUri != null ? asUri : itemId);
            if (url == null) {
                url = asUri;
            }
        }
        if (url == null && itemId == null) {
            throw InvalidArticleException.of(400, "invalid-item", "Invalid feed item",
                    "The item has no http(s) link (absolute, or relative with an xml:base or feed link to resolve it "
                            + "against) and no guid/id, so nothing identifies it.");
        }
        String body = body(entry, dom);
        String headline = headline(entry, atom, body, url != null ? url : itemId, warnings);
        String language = Languages.normalise(dom != null && dom.language() != null ? dom.language() : feedLanguage);
        Instant published = instant(entry.getPublishedDate());
        Instant updated = instant(entry.getUpdatedDate());
        Instant versionCreated = updated != null ? updated : published != null ? published : now;
        RawArticle article = new RawArticle(ArticleIds.derive(source, itemId, url), source, itemId, url,
                Versions.fromTime(versionCreated), headline, body, language,
                published, versionCreated, published, authors(entry, warnings), PubStatus.USABLE, now);
        return new Candidate(article, false, updated != null || published != null);
    }

    /**
     * The title as plain text (markup removed, entities decoded once; Atom {@code type="text"} is already text);
     * without one, the first sentence of the description or body, else the item's link or id. Cut to {@link #MAX_HEADLINE} at a word.
     */
    private static String headline(SyndEntry entry, boolean atom, String body, String reference, List<String> warnings) {
        SyndContent title = entry.getTitleEx();
        String raw = title != null && title.getValue() != null ? title.getValue() : entry.getTitle();
        String type = title == null || title.getType() == null ? "" : title.getType().toLowerCase(Locale.ROOT);
        String text = raw == null ? null : atom && (type.equals("text") || type.equals("text/plain"))
                ? PlainText.collapse(raw) : PlainText.fromHtml(raw);
        if (text == null || text.isEmpty()) {
            String description = entry.getDescription() != null && entry.getDescription().getValue() != null
                    && !entry.getDescription().getValue().isBlank() ? entry.getDescription().getValue() : body;
            String from = PlainText.fromHtml(description);
            if (from != null && !from.isEmpty()) {
                warnings.add("headline: the item has no title; the first sentence of its text is the headline");
                return PlainText.firstSentence(from, MAX_HEADLINE);
            }
            // Nothing but a link or id (RSS allows an item of a link alone): that is all a reader could be shown.
            warnings.add("headline: the item has no title and no text; its link (or id) is the headline");
            return PlainText.cut(reference, MAX_HEADLINE);
        }
        if (text.length() > MAX_HEADLINE) {
            warnings.add("headline: cut at a word boundary to " + MAX_HEADLINE + " characters (the title had "
                    + text.length() + ")");
            return PlainText.cut(text, MAX_HEADLINE);
        }
        return text;
    }

    /**
     * The fullest text the item has: content:encoded or Atom content, else media:description, else the RSS
     * description or Atom summary (often a teaser). Atom xhtml content loses its {@code <div>} wrapper.
     */
    private static String body(SyndEntry entry, FeedDocument.Entry dom) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return "xhtml".equalsIgnoreCase(content.getType()) ? unwrapXhtml(content.getValue()) : content.getValue();
            }
        }
        if (dom != null && dom.mediaDescription() != null) {
            return dom.mediaDescription();
        }
        SyndContent description = entry.getDescription();
        if (description == null || description.getValue() == null) {
            return "";
        }
        return "xhtml".equalsIgnoreCase(description.getType()) ? unwrapXhtml(description.getValue()) : description.getValue();
    }

    private static String unwrapXhtml(String value) {
        String trimmed = value.strip();
        if (trimmed.startsWith("<div") && trimmed.endsWith("</div>") && trimmed.indexOf('>') > 0) {
            return trimmed.substring(trimmed.indexOf('>') + 1, trimmed.length() - "</div>".length()).strip();
        }
        return value;
    }

    private static List<String> authors(SyndEntry entry, List<String> warnings) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName());
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor());
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            String text = PlainText.collapse(name);
            if (text.length() > MAX_AUTHOR) {
                warnings.add("authors: a name was cut at a word boundary to " + MAX_AUTHOR + " characters (it had "
                        + text.length() + ")");
                text = PlainText.cut(text, MAX_AUTHOR);
            }
            kept.add(text);
        }
        if (kept.size() > 100) {
            warnings.add("authors: only the first 100 of " + kept.size() + " names are kept");
        }
        return kept.stream().limit(100).toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
