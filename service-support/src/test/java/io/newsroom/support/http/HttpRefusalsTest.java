package io.newsroom.support.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JAX-RS refusals every service answers alike, as a plain function: a 405 names the path's methods in Allow, a 415
 * names the types the method takes (detail and Accept-Post), anything else is the problem named after its status.
 */
class HttpRefusalsTest {

    @Path("/articles")
    static class Articles {
        @POST
        @Consumes({"application/json", "application/ninjs+json"})
        public void submit(String body) {
        }

        @GET
        @Path("/{id}")
        public String read() {
            return "";
        }
    }

    private final HttpRefusals refusals = new HttpRefusals(ResourceMethods.of(List.of(Articles.class)));

    @Test
    void shouldName405sAllowedMethods() {
        Response answer = refusals.answer(new NotAllowedException(Response.status(405).build()), "GET", "/articles", null);

        assertThat(answer.getStatus()).isEqualTo(405);
        assertThat(answer.getHeaderString("Allow")).isEqualTo("OPTIONS, POST");
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "method-not-allowed");
        assertThat(problem.instance()).isEqualTo("/articles");
    }

    @Test
    void shouldKeepTheAllowTheFrameworkGave() {
        Response answer = refusals.answer(new NotAllowedException("Use PUT", "PUT", new String[0]), "GET", "/articles", null);

        assertThat(answer.getHeaderString("Allow")).isEqualTo("PUT");
    }

    @Test
    void shouldName415sAcceptedTypes() {
        Response answer = refusals.answer(new NotSupportedException(), "POST", "/articles", "text/plain");

        assertThat(answer.getStatus()).isEqualTo(415);
        assertThat(answer.getHeaderString("Accept-Post")).isEqualTo("application/json, application/ninjs+json");
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "unsupported-media-type");
        assertThat(problem.detail()).isEqualTo("The request's Content-Type is 'text/plain'; this endpoint takes "
                + "application/json, application/ninjs+json.");
    }

    @Test
    void shouldAnswerOtherRefusalsAfterTheirStatusOnly() {
        Response answer = refusals.answer(new NotFoundException("No such path"), "GET", "/nothing", null);

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getHeaderString("Allow")).isNull();
        assertThat(((Problem) answer.getEntity()).detail()).isEqualTo("No such path");
    }
}
