package io.newsroom.ingest.rest;

import io.newsroom.ingest.config.FeedsConfig;
import io.newsroom.ingest.pull.FeedPuller;
import io.newsroom.ingest.pull.FeedPuller.FeedStatus;
import io.newsroom.ingest.pull.FeedPuller.PullResult;
import io.newsroom.ingest.problem.SourceForbidden;
import io.newsroom.ingest.security.SourceKeys;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.support.http.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The pulled feeds: {@code GET /feeds} shows the caller's feeds and how their last pull went; {@code POST
 * /feeds/{name}/pull} pulls one now (the schedule goes on as configured). A feed that cannot be read is 422.
 */
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pull", description = "RSS/Atom feeds the service pulls on a schedule (configured newsroom.pull.feeds.\"<name>\".url/source/interval)")
@SecurityRequirement(name = "apiKey")
public class FeedResource {

    @Inject
    FeedPuller puller;

    @Inject
    SourceKeys keys;

    @GET
    @Operation(summary = "The caller's pulled feeds and their last pull (outcome, ETag, Last-Modified, items, problem)")
    public List<FeedStatus> list(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        String source = keys.authenticate(authorization);
        return puller.statuses().values().stream().filter(s -> s.source().equals(source)).toList();
    }

    @POST
    @Path("/{name}/pull")
    @Blocking
    @Operation(summary = "Pull a configured feed now",
            description = "Conditional GET; 304 from the feed gives notModified=true. Items are answered as in a batch.")
    @APIResponse(responseCode = "200", description = "Pulled; each item's outcome in 'items'")
    @APIResponse(responseCode = "404", description = "No such feed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The feed timed out, answered an error, too much or garbage",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PullResult pull(@PathParam("name") String name,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        String source = keys.authenticate(authorization);
        FeedsConfig.Feed feed = puller.feed(name);
        if (feed == null) {
            throw new RequestRefusedException(Problem.of(404, "unknown-feed", "Unknown feed",
                    "No feed named '" + name + "' is configured."), Map.of());
        }
        SourceForbidden.requireSameSource(source, feed.source());
        return puller.pull(name);
    }
}
