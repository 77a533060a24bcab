package io.newsroom.enrich.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.InvalidEventException;
import io.newsroom.schemas.StorageContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Serialises an enriched event so that it can always be carried and stored (StorageContract): derived text with
 * characters the store cannot hold gets U+FFFD in their place (same length, so mention offsets stay right), an
 * "entity" whose name or key is too long to index (a recognition error, not a name) is dropped, and an
 * event over {@link StorageContract#MAX_ENRICHED_EVENT_BYTES} is trimmed — first the tags (mentions beyond the
 * first {@value #MAX_MENTIONS} of an entity, entities beyond {@value #MAX_ENTITIES}, keywords, a long summary), then
 * the tail of the plain body text. Ingest's raw-event limit keeps real articles far below the ceiling; this is what
 * makes "accepted means stored" hold for any text, pathological HTML included.
 */
@ApplicationScoped
public class EnrichedEventBudget {

    static final int MAX_MENTIONS = 100;
    static final int MAX_ENTITIES = 500;
    static final int MAX_KEYWORDS = 50;
    static final int MAX_SUMMARY_CHARS = 2_000;

    private final ObjectWriter writer;
    private final int maxBytes;

    @Inject
    public EnrichedEventBudget(ObjectMapper mapper) {
        this(mapper, StorageContract.MAX_ENRICHED_EVENT_BYTES);
    }

    EnrichedEventBudget(ObjectMapper mapper, int maxBytes) {
        this.writer = mapper.writerFor(EnrichedArticle.class);
        this.maxBytes = maxBytes;
    }

    /** The event's JSON, within the budget. @throws InvalidEventException when even the raw part alone is too large */
    public byte[] serialise(EnrichedArticle article) {
        EnrichedArticle event = storableText(article);
        byte[] json = write(event);
        if (json.length <= maxBytes) {
            return json;
        }
        event = trimTags(event);
        json = write(event);
        if (json.length <= maxBytes) {
            return json;
        }
        // The longest prefix of the body text that fits (mentions past its end go with the cut tail).
        String full = event.bodyText();
        int fits = -1;
        byte[] best = null;
        for (int low = 0, high = full.length(); low <= high; ) {
            int mid = (low + high) >>> 1;
            byte[] candidate = write(withBodyText(event, full.substring(0, safeEnd(full, mid))));
            if (candidate.length <= maxBytes) {
                fits = mid;
                best = candidate;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (fits < 0) {
            throw new InvalidEventException("The enriched event needs " + json.length + " bytes even without body text "
                    + "and tags; the contract allows " + maxBytes);
        }
        return best;
    }

    /**
     * Only the derived fields are looked at: the raw fields (body, original document) were checked when the record was
     * read (RawArticleReader), and walking them again for every article would cost on the hot path for nothing.
     */
    private static EnrichedArticle storableText(EnrichedArticle a) {
        if (derivedTextIsStorable(a)) {
            return a;
        }
        List<Entity> entities = a.entities().stream().filter(StorageContract::storableEntity)
                .map(e -> new Entity(e.type(), clean(e.name()), clean(e.key()),
                        e.wikidataId(), e.mentionCount(), e.mentions(), e.confidence())).toList();
        return new EnrichedArticle(a.id(), a.source(), a.sourceId(), a.url(), a.version(), a.headline(), a.body(),
                a.language(), a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(),
                a.ingestedAt(), clean(a.bodyText()), a.categories(), entities, a.keywords().stream().map(EnrichedEventBudget::clean).toList(),
                clean(a.summary()), a.enrichedAt(), a.enricherVersion(), a.original());
    }

    private static boolean derivedTextIsStorable(EnrichedArticle a) {
        return StorageContract.textProblem(a.bodyText()) == null && StorageContract.textProblem(a.summary()) == null
                && a.keywords().stream().allMatch(k -> StorageContract.textProblem(k) == null)
                && a.entities().stream().allMatch(e -> StorageContract.storableEntity(e)
                        && StorageContract.textProblem(e.name()) == null && StorageContract.textProblem(e.key()) == null);
    }

    /** U+FFFD for each U+0000 and unpaired surrogate: one char for one char. */
    static String clean(String text) {
        if (text == null || StorageContract.textProblem(text) == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\u0000' || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static EnrichedArticle trimTags(EnrichedArticle a) {
        List<Entity> entities = a.entities().stream().limit(MAX_ENTITIES)
                .map(e -> new Entity(e.type(), e.name(), e.key(), e.wikidataId(), e.mentionCount(),
                        e.mentions().stream().limit(MAX_MENTIONS).toList(), e.confidence()))
                .toList();
        String summary = a.summary() == null || a.summary().length() <= MAX_SUMMARY_CHARS ? a.summary()
                : a.summary().substring(0, safeEnd(a.summary(), MAX_SUMMARY_CHARS));
        return new EnrichedArticle(a.id(), a.source(), a.sourceId(), a.url(), a.version(), a.headline(), a.body(),
                a.language(), a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(),
                a.ingestedAt(), a.bodyText(), a.categories(), entities, a.keywords().stream().limit(MAX_KEYWORDS).toList(),
                summary, a.enrichedAt(), a.enricherVersion(), a.original());
    }

    /** The event with a shorter body text; mentions that pointed past its end are dropped (an entity keeps at least its count). */
    private static EnrichedArticle withBodyText(EnrichedArticle a, String bodyText) {
        List<Entity> entities = a.entities().stream().map(e -> new Entity(e.type(), e.name(), e.key(), e.wikidataId(),
                e.mentionCount(), e.mentions().stream()
                        .filter(m -> !Mention.BODY_TEXT.equals(m.field()) || m.end() <= bodyText.length()).toList(),
                e.confidence())).toList();
        return new EnrichedArticle(a.id(), a.source(), a.sourceId(), a.url(), a.version(), a.headline(), a.body(),
                a.language(), a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(),
                a.ingestedAt(), bodyText, a.categories(), entities, a.keywords(), a.summary(), a.enrichedAt(),
                a.enricherVersion(), a.original());
    }

    /** An end index that does not split a surrogate pair. */
    private static int safeEnd(String text, int end) {
        int e = Math.max(0, Math.min(end, text.length()));
        return e > 0 && e < text.length() && Character.isHighSurrogate(text.charAt(e - 1)) ? e - 1 : e;
    }

    private byte[] write(EnrichedArticle event) {
        try {
            return writer.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("The enriched event cannot be serialised: " + e.getOriginalMessage());
        }
    }
}
