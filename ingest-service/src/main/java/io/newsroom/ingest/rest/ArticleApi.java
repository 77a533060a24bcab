package io.newsroom.ingest.rest;

import io.newsroom.ingest.service.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The push API's HTTP contract and its OpenAPI description (examples per format); {@link ArticleResource} implements it. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "push", description = "Newsrooms push articles: native JSON, IPTC ninjs, batches, RSS/Atom documents")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The source's API key: 'Authorization: Bearer <key>'. The service holds only its SHA-256 hash.")
@SecurityRequirement(name = "apiKey")
public interface ArticleApi {

    String NINJS = "application/ninjs+json";
    String NDJSON = io.newsroom.ingest.mapping.JsonItems.NDJSON;   // one home: the decoder that reads it
    String RSS = "application/rss+xml";
    String ATOM = "application/atom+xml";
    String PROBLEM = "application/problem+json";

    String NATIVE_EXAMPLE = """
            {"source":"wire-eu","sourceId":"brx-1042","url":"https://wire-eu.example/world/eu-gas",
             "headline":"EU leaders agree joint gas purchases","body":"<p>BRUSSELS - EU leaders agreed on Thursday…</p>",
             "language":"en","versionCreated":"2026-11-26T09:40:00Z","authors":["Anna Keller"]}""";
    String NINJS_EXAMPLE = """
            {"uri":"urn:newsml:wire-eu.example:20261126:brx-1042","version":"2","type":"text",
             "versioncreated":"2026-11-26T10:05:00Z","firstcreated":"2026-11-26T09:40:00Z","pubstatus":"usable",
             "language":"en-GB","headlines":[{"role":"main","value":"EU leaders agree joint gas purchases"}],
             "bodies":[{"role":"main","contenttype":"text/html","value":"<p>BRUSSELS - EU leaders agreed…</p>"}],
             "by":"Anna Keller","subjects":[{"name":"energy","uri":"http://cv.iptc.org/newscodes/mediatopic/20000250"}],
             "links":[{"rel":"canonical","href":"https://wire-eu.example/world/eu-gas"}]}""";
    String CANCEL_EXAMPLE = """
            {"uri":"urn:newsml:wire-eu.example:20261126:brx-1042","version":"3","pubstatus":"canceled",
             "versioncreated":"2026-11-26T11:00:00Z","links":[{"rel":"canonical","href":"https://wire-eu.example/world/eu-gas"}]}""";
    String BATCH_EXAMPLE = """
            [{"source":"wire-eu","sourceId":"a-1","url":"https://wire-eu.example/a-1","headline":"First story","body":"…"},
             {"uri":"urn:newsml:wire-eu.example:a-2","version":"1","headlines":[{"value":"Second story (ninjs)"}],
              "links":[{"href":"https://wire-eu.example/a-2"}]}]""";
    String NDJSON_EXAMPLE = """
            {"source":"wire-eu","sourceId":"a-1","url":"https://wire-eu.example/a-1","headline":"First story","body":"…"}
            {"source":"wire-eu","sourceId":"a-2","url":"https://wire-eu.example/a-2","headline":"Second story","body":"…"}""";
    String RSS_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Regional News</title><link>https://regional-news.example/</link><language>en-gb</language>
                <item><title>Storm floods the old town</title>
                  <link>https://regional-news.example/storm?utm_source=rss</link><guid isPermaLink="false">rn-5521</guid>
                  <pubDate>Tue, 24 Nov 2026 07:50:00 GMT</pubDate><dc:creator>Mary Jones</dc:creator>
                  <content:encoded><![CDATA[<p>Heavy rain flooded the old town overnight…</p>]]></content:encoded></item>
              </channel></rss>""";
    String ATOM_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire FR</title><id>urn:wire-fr:feed</id><updated>2026-11-25T16:00:00Z</updated>
              <entry><id>urn:wire-fr:item:881</id><title>Farmers block roads near Paris</title>
                <link rel="alternate" href="https://wire-fr.example/farmers"/><updated>2026-11-25T16:00:00Z</updated>
                <author><name>Claire Martin</name></author><content type="html">&lt;p&gt;PARIS - Farmers…&lt;/p&gt;</content></entry></feed>""";
    String MULTI_STATUS_EXAMPLE = """
            {"received":3,"accepted":1,"unchanged":1,"rejected":1,"failed":0,"items":[
             {"index":0,"status":202,"outcome":"accepted","id":"5f0c…","version":1,"ref":"a-1"},
             {"index":1,"status":200,"outcome":"unchanged","id":"9a1e…","version":1,"ref":"a-2"},
             {"index":2,"status":400,"outcome":"rejected","problem":{"type":"https://newsroom.io/problems/invalid-article",
              "title":"Invalid article","status":400,"detail":"1 field(s) break the article schema",
              "errors":[{"field":"/headline","message":"required property 'headline' not found"}]}}]}""";

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NINJS})
    @Operation(summary = "Push one article",
            description = "Native JSON (schema article-submission.v1) or an IPTC ninjs 1.x, 2.x or 3.x document (recognised by its "
                    + "'uri', or sent as " + NINJS + "). 202 once Kafka acknowledged; 200 'unchanged' when this "
                    + "content was already written (same id and version, nothing new published), also as one of the 3 versions before the newest.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "native", summary = "Native JSON", value = NATIVE_EXAMPLE),
                    @ExampleObject(name = "ninjs", summary = "IPTC ninjs 2.x", value = NINJS_EXAMPLE),
                    @ExampleObject(name = "ninjs-cancel", summary = "ninjs cancellation (pubstatus canceled)", value = CANCEL_EXAMPLE)}),
            @Content(mediaType = NINJS, examples = @ExampleObject(name = "ninjs", value = NINJS_EXAMPLE))})
    @APIResponse(responseCode = "202", description = "Written to Kafka",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class),
                    examples = @ExampleObject(name = "accepted", value = "{\"id\":\"5f0c9a8e1b2d4c6f8a0b1c2d3e4f5a6b\",\"version\":2,\"status\":\"accepted\"}")))
    @APIResponse(responseCode = "200", description = "Identical content written before: nothing new published, same id")
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid UTF-8, fields breaking the schema (each named)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No or unknown API key", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The key's source is not the article's source", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Same Idempotency-Key still in progress; other content under a published version "
            + "(version-conflict); a version older than the newest published (stale-version)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "Body or resulting event over the limit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "415", description = "Not JSON, no Content-Type, or a compressed body (send it without Content-Encoding)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Over the source's rate limit; see Retry-After", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "Not written: broker down or slow; see Retry-After", content = @Content(mediaType = PROBLEM))
    Uni<Response> submit(byte[] body,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
                         @HeaderParam("Idempotency-Key") @Parameter(description = "Makes retries safe: the first answer is replayed for 24 h") String idempotencyKey,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType);

    @POST
    @Path("/batch")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Push a batch of articles",
            description = "A JSON array or NDJSON (one article per line), native or ninjs items mixed, up to "
                    + "newsroom.ingest.max-batch-items (500). Answered 207 with one slot per item, in order: 202 "
                    + "written, 200 unchanged, 4xx refused (problem), 503 not written (retry that item).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "array", value = BATCH_EXAMPLE)),
            @Content(mediaType = NDJSON, examples = @ExampleObject(name = "ndjson", value = NDJSON_EXAMPLE))})
    @APIResponse(responseCode = "207", description = "Each item's outcome in its slot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "multi-status", value = MULTI_STATUS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, empty, malformed, invalid UTF-8", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "Too many items or too large a body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No or unknown API key", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Over the source's rate limit", content = @Content(mediaType = PROBLEM))
    Uni<Response> submitBatch(byte[] body,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
                              @HeaderParam("Idempotency-Key") String idempotencyKey,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType);

    @POST
    @Path("/feed")
    @Consumes({RSS, ATOM, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Push an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) document",
            description = "Each item becomes an article of the key's source (id from guid/Atom id, else the link "
                    + "without tracking parameters; url: the link as written, resolved against xml:base or the feed's "
                    + "link, IRIs percent-encoded; version from its updated/published time). A DOCTYPE with an "
                    + "internal subset is refused; a public DOCTYPE is ignored, never loaded. Answered 207 like a "
                    + "batch; a slot's 'warnings' name what was changed to store the item (a headline taken from "
                    + "its text, a title or author cut at a word boundary).")
    @RequestBody(required = true, content = {
            @Content(mediaType = RSS, examples = @ExampleObject(name = "rss", value = RSS_EXAMPLE)),
            @Content(mediaType = ATOM, examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE))})
    @APIResponse(responseCode = "207", description = "Each item's outcome in its slot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "multi-status", value = MULTI_STATUS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed XML, an internal DTD subset (entities), not RSS or Atom", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "Too many items or too large a body", content = @Content(mediaType = PROBLEM))
    Uni<Response> submitFeed(byte[] body,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType);
}
