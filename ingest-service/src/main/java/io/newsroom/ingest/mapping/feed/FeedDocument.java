package io.newsroom.ingest.mapping.feed;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What ROME does not keep of a feed, read from its DOM before ROME sees it: each item's base URI ({@code xml:base}
 * on it or its ancestors, else the document's address or the feed's own link), its language ({@code xml:lang} on it
 * or its ancestors), its {@code media:description}, and whether one of its elements cannot be decoded (Atom 0.3
 * {@code mode="base64"} content that is not base64). Such an element is emptied here, so that ROME reads the rest
 * of the feed: only its item fails.
 */
final class FeedDocument {

    /** One item or entry as the DOM has it; {@code problem} says why it cannot be an article, null when it can. */
    record Entry(Element element, String language, String mediaDescription, String problem) {

        /**
         * Whether the item has a link element of its own. ROME makes an RSS guid the item's link when there is none
         * (a guid is a permalink unless it says isPermaLink="false"); this tells such a borrowed link from a real one.
         */
        boolean hasLink() {
            return children(element).stream().anyMatch(child -> "link".equals(child.getLocalName()));
        }
    }

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final Set<String> MEDIA_RSS = Set.of("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss");
    private static final Set<String> CONTAINERS = Set.of("channel", "feed", "RDF", "rss");

    private final String documentBase;
    private final List<Entry> entries = new ArrayList<>();

    private FeedDocument(String documentBase) {
        this.documentBase = documentBase;
    }

    /** Reads the entries and empties undecodable elements of {@code document} (which ROME reads next). */
    static FeedDocument read(Document document, String documentUrl) {
        Element root = document.getDocumentElement();
        FeedDocument feed = new FeedDocument(documentUrl != null ? documentUrl : feedLink(root, documentUrl));
        feed.collect(root);
        // Feed-level base64 that does not decode (a tagline, say) must not fail the whole feed either.
        emptyUndecodable(root);
        return feed;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The base URI for a link of this entry: the {@code xml:base} in scope at the link element that holds
     * {@code href} (or at the entry when none does), resolved outwards, and finally against the document's base.
     */
    String baseFor(Entry entry, String href) {
        Element holder = entry.element();
        for (Element child : children(entry.element())) {
            if ("link".equals(child.getLocalName()) && href != null
                    && (href.equals(child.getAttribute("href")) || href.equals(child.getTextContent().strip()))) {
                holder = child;
                break;
            }
        }
        return base(holder);
    }

    private String base(Node node) {
        if (!(node instanceof Element element)) {
            return documentBase;
        }
        String outer = base(element.getParentNode());
        return Links.base(element.hasAttributeNS(XML_NS, "base") ? element.getAttributeNS(XML_NS, "base") : null, outer);
    }

    private void collect(Element container) {
        for (Element child : children(container)) {
            String name = child.getLocalName();
            if ("item".equals(name) || "entry".equals(name)) {
                String problem = emptyUndecodable(child);
                entries.add(new Entry(child, language(child), mediaDescription(child), problem));
            } else if (CONTAINERS.contains(name)) {
                collect(child);
            }
        }
    }

    /** The nearest non-empty xml:lang of the element or its ancestors. */
    private static String language(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String lang = e.getAttributeNS(XML_NS, "lang");
            if (lang != null && !lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /** The first non-blank media:description of the item, also inside media:group or media:content. */
    private static String mediaDescription(Element element) {
        for (Element child : children(element)) {
            if (child.getNamespaceURI() != null && MEDIA_RSS.contains(child.getNamespaceURI())) {
                if ("description".equals(child.getLocalName()) && !child.getTextContent().isBlank()) {
                    return child.getTextContent().strip();
                }
                String nested = mediaDescription(child);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** Empties every Atom 0.3 base64 element under {@code element} that does not decode; says which, else null. */
    private static String emptyUndecodable(Element element) {
        String problem = null;
        for (Element child : children(element)) {
            if (ATOM_03.equals(child.getNamespaceURI()) && "base64".equals(child.getAttribute("mode"))) {
                try {
                    // ROME's own decoder: exactly what ROME would run (and throw from) next.
                    com.rometools.rome.io.impl.Base64.decode(child.getTextContent());
                } catch (RuntimeException e) {
                    // ROME's decoder throws IllegalArgumentException, or ArrayIndexOutOfBoundsException on bad padding.
                    child.setTextContent("");
                    problem = "its <" + child.getLocalName() + "> says mode=\"base64\" but is not valid base64";
                }
            } else {
                String nested = emptyUndecodable(child);
                problem = problem != null ? problem : nested;
            }
        }
        return problem;
    }

    /** The feed's own link (RSS channel link, Atom alternate link), as the base of relative links without xml:base. */
    private static String feedLink(Element root, String documentUrl) {
        Element channel = root;
        for (Element child : children(root)) {
            if ("channel".equals(child.getLocalName())) {
                channel = child;
            }
        }
        for (Element child : children(channel)) {
            if (!"link".equals(child.getLocalName())) {
                continue;
            }
            String rel = child.getAttribute("rel");
            String href = child.hasAttribute("href") ? child.getAttribute("href") : child.getTextContent().strip();
            if ((rel.isEmpty() || "alternate".equals(rel)) && !href.isEmpty()) {
                String base = Links.base(root.getAttributeNS(XML_NS, "base"), documentUrl);
                String absolute = Links.absolute(href, base);
                if (absolute != null) {
                    return absolute;
                }
            }
        }
        return null;
    }

    private static List<Element> children(Element element) {
        List<Element> found = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }
}
