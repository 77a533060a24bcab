package io.newsroom.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one result type of an article that was not refused: its JSON is the body of a single POST /articles answer
 * ({@code id}, {@code version}, {@code status}, nothing else), and its HTTP status is 202 or 200.
 */
class OutcomeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldSerialiseAsTheSingleAnswerBodyWithoutItsHttpStatus() throws Exception {
        assertThat(JSON.writeValueAsString(Outcome.accepted("5f0c", 2)))
                .isEqualTo("{\"id\":\"5f0c\",\"version\":2,\"status\":\"accepted\"}");
    }

    @Test
    void shouldAnswer202WhenWrittenNowAnd200WhenUnchanged() {
        assertThat(Outcome.accepted("a", 1).httpStatus()).isEqualTo(202);
        assertThat(Outcome.unchanged("a", 1).httpStatus()).isEqualTo(200);
    }
}
