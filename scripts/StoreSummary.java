import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Used by ./newsroom up: waits until the store serves each given article id, then prints what was stored.
 * Run as a single-file program: java -cp <jackson jars> scripts/StoreSummary.java <store-url> <timeout-s> <id>...
 */
public class StoreSummary {

    public static void main(String[] args) throws Exception {
        String store = args[0];
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[1]));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> stored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            JsonNode article = null;
            while (article == null && Instant.now().isBefore(deadline)) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + args[i]))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    article = json.readTree(response.body());
                } else {
                    Thread.sleep(250);
                }
            }
            if (article == null) {
                missing.add(args[i]);
            } else {
                stored.add(article);
            }
        }
        System.out.printf("Stored %d of %d sample articles:%n", stored.size(), args.length - 2);
        for (JsonNode a : stored) {
            List<String> categories = new ArrayList<>();
            a.path("categories").forEach(c -> categories.add(c.path("label").asText()));
            List<String> entities = new ArrayList<>();
            a.path("entities").forEach(e -> {
                if (entities.size() < 4) {
                    entities.add(e.path("name").asText() + " (" + e.path("type").asText().toLowerCase() + ")");
                }
            });
            System.out.printf("  - [%s] %s%n      categories: %s%n      entities:   %s%n", a.path("language").asText(),
                    a.path("headline").asText(), categories.isEmpty() ? "-" : String.join(", ", categories),
                    entities.isEmpty() ? "-" : String.join(", ", entities));
        }
        if (!missing.isEmpty()) {
            System.out.println("Not stored within the time limit: " + missing + " (see the logs)");
            System.exit(1);
        }
    }
}
