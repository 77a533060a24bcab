package io.newsroom.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * POSTs articles to a packaged ingest-service as their sources would: source S authenticates with the test key
 * "{@code <keyPrefix>S}", and the service is configured with only the SHA-256 of each key ({@link #keyHashes}).
 */
final class IngestPoster {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String keyPrefix;
    private String articlesUrl;

    IngestPoster(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** NEWSROOM_INGEST_API_KEYS for the given sources. */
    String keyHashes(List<String> sources) throws NoSuchAlgorithmException {
        List<String> entries = new ArrayList<>();
        for (String source : sources) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((keyPrefix + source).getBytes(StandardCharsets.UTF_8));
            entries.add(source + ":" + HexFormat.of().formatHex(hash));
        }
        return String.join(",", entries);
    }

    /** Where to POST, once the service is started. */
    void target(String articlesUrl) {
        this.articlesUrl = articlesUrl;
    }

    /** One article, with the key of the source it names. */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        String source = json.readTree(body).get("source").asText();
        return http.send(HttpRequest.newBuilder(URI.create(articlesUrl))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + keyPrefix + source)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
