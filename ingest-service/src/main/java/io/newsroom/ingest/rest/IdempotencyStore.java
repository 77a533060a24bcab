package io.newsroom.ingest.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.schemas.Sha256;
import io.newsroom.support.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: the first answer (2xx) to a key is remembered per source for {@code idempotency-ttl}
 * and replayed, with {@code Idempotent-Replayed: true}, to a retry with the same key and body; nothing is
 * published twice. The same key with another body: 422. A retry while the first is still running: 409. A 503
 * or a refusal is not remembered, so the retry really retries. Bounded and per instance (see docs/ingest.md).
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final String REPLAYED = "Idempotent-Replayed";

    private record InFlight(byte[] bodyHash) {
    }

    private record Answer(byte[] bodyHash, int status, Object entity, String mediaType, Object location) {
    }

    private final Cache<String, Object> answers;

    public IdempotencyStore(IngestConfig config) {
        this.answers = Caffeine.newBuilder().maximumSize(config.idempotencyEntries())
                .expireAfterWrite(config.idempotencyTtl()).build();
    }

    public Uni<Response> run(String source, String key, byte[] body, Supplier<Uni<Response>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new RequestRefusedException(Problem.of(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1-255 visible ASCII characters (a UUID is a good choice)."), Map.of());
        }
        String cacheKey = source + '\n' + key;
        byte[] hash = Sha256.of(body == null ? new byte[0] : body);
        Object previous = answers.asMap().putIfAbsent(cacheKey, new InFlight(hash));
        if (previous instanceof Answer answer) {
            requireSameBody(answer.bodyHash(), hash);
            return Uni.createFrom().item(Response.status(answer.status()).entity(answer.entity()).type(answer.mediaType())
                    .header("Location", answer.location()).header(REPLAYED, "true").build());
        }
        if (previous instanceof InFlight inFlight) {
            requireSameBody(inFlight.bodyHash(), hash);
            throw new RequestRefusedException(Problem.of(409, "idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment."),
                    Map.of("Retry-After", "1"));
        }
        return Uni.createFrom().<Response>deferred(action::get)
                .invoke(response -> {
                    if (response.getStatus() < 300) {
                        answers.put(cacheKey, new Answer(hash, response.getStatus(), response.getEntity(),
                                response.getMediaType() == null ? null : response.getMediaType().toString(),
                                response.getHeaders().getFirst("Location")));
                    } else {
                        answers.invalidate(cacheKey);
                    }
                })
                .onFailure().invoke(() -> answers.invalidate(cacheKey));
    }

    private static void requireSameBody(byte[] first, byte[] now) {
        if (!Arrays.equals(first, now)) {
            throw new RequestRefusedException(Problem.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used with a different body; use a new key for a new request."), Map.of());
        }
    }
}
