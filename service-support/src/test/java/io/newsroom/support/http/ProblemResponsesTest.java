package io.newsroom.support.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems every service answers alike: JAX-RS refusals named after their status, and the 500. */
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
}
