package io.newsroom.ingest.rest;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.service.ArticleIntake;
import io.newsroom.ingest.service.ArticlePublisher;
import io.newsroom.ingest.service.IngestMetrics;
import io.newsroom.schemas.RawArticle;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** {@code POST /articles}: one article in the native JSON format, answered 202 once Kafka has it. */
@Path("/articles")
public class ArticleResource {

    /** The 202 body: what the client needs to find the article again. */
    public record Accepted(String id, int version, String status) {
    }

    @Inject
    ArticleIntake intake;

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestMetrics metrics;

    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body) {
        metrics.received();
        RawArticle article = intake.toRawArticle(body);
        return publisher.publish(article)
                .invoke(metrics::published)
                .map(ignored -> Response.accepted(new Accepted(article.id(), article.version(), "accepted"))
                        .location(URI.create(config.articleLocationBase() + article.id()))
                        .build());
    }
}
