package io.newsroom.ingest.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What was last published for each article id: its content hash, version and versionCreated. Filled from this
 * instance's acknowledgements and from the raw topic itself ({@link RawTopicFollower}), so it is the same after a
 * restart or on another instance, within the follower's window. Bounded ({@code dedupe-entries}, least recently used
 * dropped).
 */
@ApplicationScoped
public class PublishedArticles {

    /**
     * One published version. {@code contentHash} covers every field except version, versionCreated and ingestedAt,
     * which are compared on their own and only when the sender gave them (see {@link #sameAs}).
     */
    public record Published(byte[] contentHash, int version, Instant versionCreated) {

        static Published of(RawArticle article) {
            return new Published(PublishedArticles.contentHash(article), article.version(), article.versionCreated());
        }

        /**
         * The candidate is this publication again: the same content and, where the sender gave them, the same
         * version and versionCreated. A version or time the service made up (none given) is never compared: it
         * would differ on every arrival.
         */
        boolean sameAs(Candidate candidate, byte[] candidateHash) {
            RawArticle a = candidate.article();
            return Arrays.equals(contentHash, candidateHash)
                    && (!candidate.versionGiven() || a.version() == version)
                    && (!candidate.timeGiven() || Objects.equals(a.versionCreated(), versionCreated));
        }
    }

    private final Cache<String, Published> published;

    @Inject
    public PublishedArticles(IngestConfig config) {
        this.published = Caffeine.newBuilder().maximumSize(config.dedupeEntries()).build();
    }

    public Published last(String id) {
        return published.getIfPresent(id);
    }

    /** Keeps the newest version seen for the id (the follower may deliver an older one after an acknowledgement). */
    public void remember(RawArticle article) {
        Published next = Published.of(article);
        published.asMap().merge(article.id(), next, (before, now) -> now.version() >= before.version() ? now : before);
    }

    /** Whether the id is already known at this version or a newer one (the follower then skips reading the record). */
    boolean knows(String id, int version) {
        Published last = published.getIfPresent(id);
        return last != null && last.version() >= version;
    }

    /** Forgets everything: what a new instance starts with before the follower has read the topic. */
    void clear() {
        published.invalidateAll();
    }

    static byte[] contentHash(RawArticle a) {
        MessageDigest digest = Sha256.digest();
        for (Object field : new Object[]{a.id(), a.source(), a.sourceId(), a.url(), a.headline(), a.body(), a.language(),
                a.firstCreated(), a.published(), String.join("\u0001", a.authors()), a.pubStatus(),
                a.original() == null ? null : a.original().document()}) {
            digest.update(Objects.toString(field, "\u0002").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }
}
