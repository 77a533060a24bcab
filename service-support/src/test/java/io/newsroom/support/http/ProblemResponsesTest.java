package io.newsroom.support.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems every service answers alike: JAX-RS refusals named after their status, the 500, and a problem with an
 * extension member (RFC 7807, 3.2) written after the standard members.
 */
class ProblemResponsesTest {

    @Test
    void shouldNameAJaxRsRefusalAfterItsStatus() {
        Problem problem = ProblemResponses.ofHttp(new NotAllowedException("Use GET", "GET", new String[0]));

        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "method-not-allowed");
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
        assertThat(problem.detail()).isEqualTo("Use GET");
    }

    @Test
    void shouldAnswerAProblemAsProblemJsonWithItsStatus() {
        var response = ProblemResponses.respond(ProblemResponses.ofHttp(new NotFoundException()).withInstance("/x"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).instance()).isEqualTo("/x");
        assertThat(ProblemResponses.internalError("Retry later.").type()).isEqualTo(Problem.TYPE_BASE + "internal-error");
    }

    @Test
    void shouldAnswerAProblemExceptionWithItsPathAndHeaders() {
        ProblemException refused = new ProblemException(Problem.of(409, "idempotency-key-in-use", "Request in progress",
                "Retry in a moment."), java.util.Map.of("Retry-After", "1"));

        var response = ProblemResponses.respond(refused, "/articles");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).instance()).isEqualTo("/articles");
        assertThat(refused.reason()).isEqualTo("idempotency-key-in-use");
        assertThat(refused.getStackTrace()).isEmpty();
    }

    @Test
    void shouldWriteAnExtensionMemberAfterTheStandardMembers() throws Exception {
        Problem problem = Problem.of(410, "canceled", "Canceled", "Article a was canceled at 2026-11-26T10:00:00Z")
                .withExtension("canceledAt", "2026-11-26T10:00:00Z").withInstance("/articles/a");

        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(problem)).isEqualTo(
                "{\"type\":\"https://newsroom.io/problems/canceled\",\"title\":\"Canceled\",\"status\":410,"
                        + "\"detail\":\"Article a was canceled at 2026-11-26T10:00:00Z\",\"instance\":\"/articles/a\","
                        + "\"canceledAt\":\"2026-11-26T10:00:00Z\"}");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Problem.of(404, "x", "X", "d")))
                .isEqualTo("{\"type\":\"https://newsroom.io/problems/x\",\"title\":\"X\",\"status\":404,\"detail\":\"d\"}");
    }
}
