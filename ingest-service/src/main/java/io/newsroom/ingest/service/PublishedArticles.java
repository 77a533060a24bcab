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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What was published for each article id: the content hash, version and versionCreated of its newest version and of
 * the few before it ({@link #VERSIONS_PER_ID}). Filled from this instance's acknowledgements and from the raw topic
 * itself ({@link RawTopicFollower}), so it is the same after a restart or on another instance, within the follower's
 * window. Bounded: {@code dedupe-entries} versions in all (an id weighs as many versions as it keeps), least recently
 * used ids dropped.
 */
@ApplicationScoped
public class PublishedArticles {

    /**
     * One published version. {@code contentHash} covers every field except version, versionCreated and ingestedAt,
     * which are compared on their own and only when the sender gave them (see {@link #sameAs}).
     */
    public record Published(byte[] contentHash, int version, Instant versionCreated) {

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

    /**
     * Versions kept per id: the newest and the three before it. An identical re-send of one of them is a client's
     * retry (200 unchanged); anything older is refused as stale without needing its content.
     */
    static final int VERSIONS_PER_ID = 4;

    /** The versions remembered for one id, newest first, at most {@link #VERSIONS_PER_ID}. */
    private record History(List<Published> versions) {

        Published newest() {
            return versions.get(0);
        }

        History with(Published next) {
            List<Published> kept = new ArrayList<>(versions.size() + 1);
            versions.stream().filter(p -> p.version() != next.version()).forEach(kept::add);
            kept.add(next);   // the same version again replaces the one before, as the newest arrival
            kept.sort(Comparator.comparingInt(Published::version).reversed());
            return new History(List.copyOf(kept.subList(0, Math.min(kept.size(), VERSIONS_PER_ID))));
        }
    }

    private final Cache<String, History> published;

    @Inject
    public PublishedArticles(IngestConfig config) {
        this(config.dedupeEntries());
    }

    /**
     * @param maxVersions versions remembered in all ({@code dedupe-entries}): an id weighs as many as it keeps, so the
     *                    memory stays that of {@code maxVersions} content hashes however many versions ids have
     */
    PublishedArticles(int maxVersions) {
        this.published = Caffeine.newBuilder().maximumWeight(maxVersions)
                .weigher((String id, History history) -> history.versions().size())
                .executor(Runnable::run)   // evicts on the writing thread: the bound holds at once, not eventually
                .build();
    }

    /** The newest version published for the id, or null when none is known. */
    public Published last(String id) {
        History history = published.getIfPresent(id);
        return history == null ? null : history.newest();
    }

    /**
     * An earlier version (not the newest) published for the id that the candidate is identical to, or null. Only for
     * a candidate whose version is its own (given, or derived from its own time): a made-up version says nothing
     * about which version it repeats.
     */
    public Published earlier(String id, Candidate candidate, byte[] candidateHash) {
        History history = published.getIfPresent(id);
        if (history == null) {
            return null;
        }
        return history.versions().stream().skip(1).filter(p -> p.sameAs(candidate, candidateHash)).findFirst().orElse(null);
    }

    /** Adds a published version (the follower may deliver an older one after an acknowledgement, or out of order). */
    public void remember(RawArticle article) {
        remember(article, contentHash(article));
    }

    /** The same, with the {@link #contentHash} the caller already computed for this content. */
    public void remember(RawArticle article, byte[] contentHash) {
        Published next = new Published(contentHash, article.version(), article.versionCreated());
        published.asMap().compute(article.id(), (id, before) -> before == null ? new History(List.of(next)) : before.with(next));
    }

    /**
     * Whether the follower may skip a record of this id and version: that version is remembered, or it is older than
     * every version kept by a full history (it would be dropped at once).
     */
    boolean knows(String id, int version) {
        History history = published.getIfPresent(id);
        if (history == null) {
            return false;
        }
        List<Published> versions = history.versions();
        return versions.stream().anyMatch(p -> p.version() == version)
                || versions.size() == VERSIONS_PER_ID && version < versions.get(versions.size() - 1).version();
    }

    /** Versions held in all (tests: the bound). */
    long versionsHeld() {
        published.cleanUp();
        return published.asMap().values().stream().mapToLong(h -> h.versions().size()).sum();
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
