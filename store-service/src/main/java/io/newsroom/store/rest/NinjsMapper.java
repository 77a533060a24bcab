package io.newsroom.store.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.OriginalDocument;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An enriched article as an IPTC ninjs 2.x document, for newsroom systems that read ninjs: categories become
 * IPTC Media Topic subjects, entities become people, organisations and places linked to Wikidata. An article the
 * source sent as ninjs is served as that document (its own uri, version and every field the mapping left out),
 * with the store's tags appended to its subjects, people, organisations, places and keywords.
 */
final class NinjsMapper {

    static final String MEDIA_TYPE = "application/ninjs+json";
    private static final String MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String WIKIDATA_URI = "http://www.wikidata.org/entity/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NinjsMapper() {
    }

    static ObjectNode toNinjs(EnrichedArticle a) {
        ObjectNode generated = generate(a);
        OriginalDocument original = a.original();
        if (original == null || !OriginalDocument.NINJS.equals(original.format()) || !original.document().isObject()) {
            return generated;
        }
        return withTags(original.document().deepCopy(), generated);
    }

    /** The source's document plus the store's tags; what the source said itself is never replaced. */
    private static ObjectNode withTags(ObjectNode doc, ObjectNode generated) {
        for (String field : new String[]{"subjects", "people", "organisations", "places"}) {
            ArrayNode ours = (ArrayNode) generated.get(field);
            if (ours.isEmpty()) {
                continue;
            }
            ArrayNode target = doc.path(field).isArray() ? (ArrayNode) doc.get(field) : doc.putArray(field);
            Set<String> known = new HashSet<>();
            target.forEach(item -> known.add(item.path("uri").asText(item.path("name").asText())));
            ours.forEach(item -> {
                if (known.add(item.path("uri").asText(item.path("name").asText()))) {
                    target.add(item);
                }
            });
        }
        if (generated.has("keywords") && !doc.has("keywords")) {
            doc.set("keywords", generated.get("keywords"));
        }
        if (!doc.has("language")) {
            doc.set("language", generated.get("language"));
        }
        return doc;
    }

    private static ObjectNode generate(EnrichedArticle a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("uri", "urn:newsroom:article:" + a.id());
        n.put("type", "text");
        n.put("version", Integer.toString(a.version()));
        putTime(n, "firstcreated", a.firstCreated());
        putTime(n, "versioncreated", a.versionCreated());
        putTime(n, "contentcreated", a.published());
        n.put("pubstatus", a.pubStatus().wireName());
        n.put("language", a.language());
        n.putArray("headlines").addObject().put("role", "main").put("value", a.headline());
        if (a.summary() != null) {
            n.putArray("descriptions").addObject().put("role", "summary").put("value", a.summary());
        }
        ArrayNode bodies = n.putArray("bodies");
        bodies.addObject().put("role", "main").put("contenttype", a.body().contains("<") ? "text/html" : "text/plain").put("value", a.body());
        if (!a.authors().isEmpty()) {
            ArrayNode bylines = n.putArray("bylines");
            a.authors().forEach(author -> bylines.addObject().put("byline", author));
        }
        ArrayNode subjects = n.putArray("subjects");
        a.categories().forEach(c -> subjects.addObject()
                .put("name", c.label())
                .put("uri", MEDIATOPIC_URI + c.code().substring("medtop:".length()))
                .put("rel", "about")
                .put("relevance", (int) Math.round(c.confidence() * 100)));
        ArrayNode people = n.putArray("people");
        ArrayNode organisations = n.putArray("organisations");
        ArrayNode places = n.putArray("places");
        for (Entity e : a.entities()) {
            ArrayNode target = switch (e.type()) {
                case PERSON -> people;
                case ORGANIZATION -> organisations;
                case LOCATION -> places;
                case MISC -> subjects;
            };
            ObjectNode item = target.addObject().put("name", e.name()).put("rel", "mentioned").put("literal", e.key());
            if (e.wikidataId() != null) {
                item.put("uri", WIKIDATA_URI + e.wikidataId());
            }
        }
        if (!a.keywords().isEmpty()) {
            ArrayNode keywords = n.putArray("keywords");
            a.keywords().forEach(keywords::add);
        }
        if (a.url() != null) {
            n.putArray("links").addObject().put("href", a.url()).put("rel", "canonical");
        }
        n.putArray("altids").addObject().put("role", "source").put("value", a.source() + (a.sourceId() == null ? "" : ":" + a.sourceId()));
        return n;
    }

    private static void putTime(ObjectNode n, String field, Instant time) {
        if (time != null) {
            n.put(field, time.toString());
        }
    }
}
