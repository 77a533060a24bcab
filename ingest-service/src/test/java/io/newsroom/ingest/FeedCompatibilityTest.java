package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.newsroom.ingest.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts every feed of the compatibility corpus (src/test/resources/compat/feeds: a representative set of the
 * feedparser and ROME test feeds, see its README) to POST /articles/feed, as a newsroom would. Per file: never a
 * 5xx; a whole feed refused only when compat/feeds/expectations.tsv says so (with the problem type); every item
 * that has a link or an http(s) id (read here from the XML, independently of the service) accepted or unchanged,
 * unless the expectations name that file and the item's problem type ("a link": RSS {@code <link>} or an Atom link
 * of rel alternate; an enclosure or self link does not count). A feed that holds no item may be refused as
 * unsupported (an {@code <rss>} without channel, CDF) without an expectation. The only other refusals allowed are a
 * version conflict or a stale version against an item an earlier file wrote under the same id (the corpora reuse
 * links such as http://example.com/ across files). Outcomes are counted and printed.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class FeedCompatibilityTest {

    private static final Path CORPUS = corpus();

    private record Expectation(String file, String type) {
    }

    @Test
    void shouldAcceptEveryItemWithALinkOrHttpIdOfTheFeedparserAndRomeFeeds() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(xml|rss|atom)$")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(500);
        Map<String, Expectation> expected = expectations();
        Set<Expectation> used = new HashSet<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Path file : files) {
            String name = CORPUS.relativize(file).toString().replace('\\', '/');
            byte[] xml = Files.readAllBytes(file);
            Response answer = as("compat").contentType("application/xml").body(xml).post("/articles/feed");
            int status = answer.statusCode();
            if (status >= 500) {
                unexpected.add(name + ": HTTP " + status + " " + answer.asString());
                continue;
            }
            Expectation expectation = expected.get(name);
            if (status != 207) {
                String type = answer.path("type");
                count(counts, "feed refused: " + type);
                if (identifiable(xml).isEmpty() && type != null && type.endsWith("/unsupported-feed")) {
                    // No item to lose: an <rss> without <channel>, a format ROME does not know (CDF, Atom "pie").
                    continue;
                }
                if (expectation != null && type != null && type.endsWith("/" + expectation.type())) {
                    used.add(expectation);
                } else {
                    unexpected.add(name + ": whole feed refused " + status + " " + answer.path("detail"));
                }
                continue;
            }
            List<Boolean> identifiable = identifiable(xml);
            List<Map<String, Object>> items = answer.path("items");
            if (identifiable.size() != items.size()) {
                unexpected.add(name + ": " + items.size() + " items answered, " + identifiable.size() + " in the XML");
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = items.get(i);
                int itemStatus = (Integer) item.get("status");
                String id = (String) item.get("id");
                if (itemStatus == 202 || itemStatus == 200) {
                    count(counts, itemStatus == 202 ? "item accepted" : "item unchanged");
                    written.add(id);
                    if (item.get("warnings") != null) {
                        count(counts, "item accepted with warnings");
                    }
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> problem = (Map<String, Object>) item.get("problem");
                String type = String.valueOf(problem.get("type"));
                type = type.substring(type.lastIndexOf('/') + 1);
                count(counts, "item refused: " + type + (identifiable.get(i) ? " (has a link or http id)" : " (no link, no http id)"));
                if (!identifiable.get(i)) {
                    continue;
                }
                if (itemStatus == 409 && ("version-conflict".equals(type) || "stale-version".equals(type))) {
                    // Another file of the corpus wrote other content under the same id with the same or a newer
                    // version first: the archive keeps that one, so this item is refused where it used to be dropped.
                    count(counts, "item met an earlier file's id");
                    continue;
                }
                if (expectation != null && expectation.type().equals(type)) {
                    used.add(expectation);
                } else {
                    unexpected.add(name + " item " + i + ": " + itemStatus + " " + problem.get("detail"));
                }
            }
        }
        counts.put("files", files.size());
        System.out.println("Feed compatibility outcomes: " + counts);
        assertThat(unexpected).as("outcomes not in compat/feeds/expectations.tsv").isEmpty();
        assertThat(used).as("every expectation still happens").containsExactlyInAnyOrderElementsOf(expected.values());
        // About 70 items of the corpus reuse an id an earlier file wrote (409 above): read fine, refused only for that.
        assertThat(counts.getOrDefault("item accepted", 0) + counts.getOrDefault("item unchanged", 0)
                + counts.getOrDefault("item met an earlier file's id", 0)).isGreaterThan(400);
    }

    /** Per item or entry, in document order: does it have a link (element text or href) or an http(s) guid/id? */
    private static List<Boolean> identifiable(byte[] xml) {
        List<Boolean> found = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            String text = new String(xml, StandardCharsets.ISO_8859_1).stripLeading();
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
            collect(document.getDocumentElement(), found);
        } catch (Exception e) {
            // Not parseable here: only items of a feed the service refused as a whole go unchecked, and that is checked.
            return List.of();
        }
        return found;
    }

    private static void collect(Element container, List<Boolean> found) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String name = element.getLocalName();
            boolean atom = isAtom(element);
            if (("item".equals(name) && !atom) || ("entry".equals(name) && atom)) {
                found.add(hasLinkOrHttpId(element));
            } else if (Set.of("channel", "feed", "RDF", "rss").contains(name)) {
                collect(element, found);
            }
        }
    }

    private static boolean hasLinkOrHttpId(Element item) {
        for (Node node = item.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getLocalName();
                String value = child.getTextContent().strip().toLowerCase();
                String rel = child.getAttribute("rel");
                String href = child.getAttribute("href").strip();
                // A link to the item itself: RSS <link>, Atom rel="alternate" (the default); not an enclosure or self link.
                boolean alternate = rel.isEmpty() || rel.equals("alternate");
                // Atom links are in href (text content is not a link); RSS links are the element's text.
                boolean linked = isAtom(child) ? !href.isEmpty() && !href.startsWith("mailto:") : !value.isEmpty();
                if ("link".equals(name) && alternate && linked) {
                    return true;
                }
                if (("guid".equals(name) || "id".equals(name)) && (value.startsWith("http://") || value.startsWith("https://"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAtom(Element element) {
        String ns = element.getNamespaceURI();
        return "http://www.w3.org/2005/Atom".equals(ns) || "http://purl.org/atom/ns#".equals(ns);
    }

    private static void count(Map<String, Integer> counts, String outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    /** file (relative to compat/feeds) TAB problem type TAB why; '#' starts a comment. */
    private static Map<String, Expectation> expectations() throws IOException {
        Map<String, Expectation> expected = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expectations.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            expected.put(fields[0], new Expectation(fields[0], fields[1]));
        }
        return expected;
    }

    private static Path corpus() {
        try {
            return Path.of(FeedCompatibilityTest.class.getResource("/compat/feeds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
