package io.newsroom.store.rest;

import io.newsroom.store.config.StoreConfig;
import io.newsroom.store.database.DatabaseOutage;
import io.newsroom.store.query.ArticleChanges.Change;
import io.newsroom.store.query.ArticleChanges;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.query.ArticleSummary;
import io.newsroom.store.query.Taxonomy;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code GET /articles/stream}: Server-Sent Events of newly stored articles for consumers that do not speak
 * Kafka, with the list's filters. Each event's id is its change number; reconnecting with Last-Event-ID resumes
 * right after it, so nothing is missed across a dropped connection.
 */
@Path("/articles/stream")
public class ArticleStreamResource {

    @Inject
    ArticleChanges changes;

    @Inject
    Taxonomy taxonomy;

    @Inject
    StoreConfig config;

    @Inject
    DatabaseOutage outage;

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events of stored articles (event 'article', or 'canceled'), resumable with Last-Event-ID",
            description = "Takes the filters of GET /articles except paging. Without Last-Event-ID only articles stored "
                    + "from now on are sent; with it, every article stored after that event.",
            extensions = @Extension(name = QueryParams.ARTICLE_FILTERS_EXTENSION, value = "true"))
    // Read from the raw query like the list's (QueryParams); the OpenAPI document gets them from
    // QueryParams.FILTER_PARAMETERS through the extension.
    @APIResponse(responseCode = "200", description = "The event stream: events 'article' and 'canceled', each an article summary with its change number as id")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public Multi<OutboundSseEvent> stream(@Context UriInfo uri, @Context Sse sse,
                                          @Parameter(description = "Resume after this event id (a change number this stream sent; 0: from the start)")
                                          @HeaderParam("Last-Event-ID") String lastEventId) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), QueryParams.FILTERS);
        ArticleFilter filter = params.filter(taxonomy);
        Long resumeAfter = params.lastEventId(lastEventId);
        Problems.throwIfAny(params.errors);

        // Read here, on a worker thread: during a database outage the request gets one bounded 503 problem. An entity
        // name is looked up once, for the whole stream.
        ArticleChanges.Feed feed = changes.feed(filter);
        AtomicLong last = new AtomicLong(resumeAfter != null ? resumeAfter : changes.latest());
        return Multi.createFrom().ticks().every(config.streamPollInterval())
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom()
                        .item(() -> pollThroughOutages(feed, last))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(Function.identity())
                .map(change -> sse.newEventBuilder()
                        .id(Long.toString(change.seq()))
                        .name("canceled".equals(change.article().pubStatus()) ? "canceled" : "article")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(ArticleSummary.class, change.article())
                        .build());
    }

    /**
     * An open stream outlives a database outage: its polls send nothing while the database is away (logged once per
     * outage, not once per poll) and pick up after the last event sent when it returns, so nothing is missed.
     */
    private List<Change> pollThroughOutages(ArticleChanges.Feed feed, AtomicLong last) {
        try {
            List<Change> events = poll(feed, last);
            outage.available();
            return events;
        } catch (RuntimeException e) {
            if (!ProblemMapper.isDatabaseTrouble(e)) {
                throw e;
            }
            outage.failed("the article stream", e);
            return List.of();
        }
    }

    private List<Change> poll(ArticleChanges.Feed feed, AtomicLong last) {
        List<Change> batch = changes.catchUp(feed, last.get(), config.streamBatch(), config.streamMaxPerPoll());
        if (!batch.isEmpty()) {
            last.set(batch.get(batch.size() - 1).seq());
        }
        return batch;
    }
}
