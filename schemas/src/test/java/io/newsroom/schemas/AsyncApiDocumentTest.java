package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document names the same topics as the code and points at schema files that exist. */
class AsyncApiDocumentTest {

    private final JsonNode doc = read();

    @Test
    void shouldDescribeEveryTopicTheServicesUse() {
        List<String> addresses = new ArrayList<>();
        doc.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder(
                Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER);
        assertThat(doc.get("asyncapi").asText()).startsWith("3.");
    }

    @Test
    void shouldReferencePayloadSchemasThatShipInTheJar() {
        List<String> refs = new ArrayList<>();
        doc.at("/components/messages").forEach(message -> {
            JsonNode ref = message.at("/payload/schema/$ref");
            if (!ref.isMissingNode()) {
                refs.add(ref.asText());
            }
        });
        assertThat(refs).as("payload schema references").isNotEmpty()
                .allSatisfy(ref -> assertThat(getClass().getResource("/" + ref)).as(ref).isNotNull());
    }

    @Test
    void shouldDocumentTheDeadLetterReasonHeader() {
        assertThat(doc.at("/components/messages/DeadLetter/headers/properties").has(Topics.DEAD_LETTER_REASON_HEADER))
                .isTrue();
    }

    private static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
