package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.support.http.Problem;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.StorageContract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What every mapped article must satisfy before it is published: the raw event schema and the storage contract. */
public final class ArticleChecks {

    static final Duration MAX_FUTURE = Duration.ofDays(1);

    private ArticleChecks() {
    }

    /**
     * The one check every item passes ({@link Item#map}), whatever its format: the raw event schema (lengths,
     * formats) when the service mapped the fields itself ({@code mappedFields}: ninjs, RSS, Atom; native JSON was
     * checked against its own schema, field for field the same rules, before it was mapped), then the storage
     * contract. Writes the event once, from the tree that was checked, and only once the contract holds (an unpaired
     * surrogate cannot be written as UTF-8: it is refused here as 400, before any byte is written).
     */
    static Candidate check(Candidate candidate, boolean mappedFields) {
        JsonNode tree = mappedFields ? RawEvent.tree(candidate.article()) : null;
        if (tree != null) {
            rawSchema(tree);
        }
        storable(candidate.article());
        return candidate.withEvent(tree != null ? RawEvent.bytes(tree) : RawEvent.bytes(candidate.article()));
    }

    private static void rawSchema(JsonNode event) {
        List<FieldError> errors = EventSchemas.get().validate(Kind.RAW, event)
                .stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) of the mapped article break the raw article schema (fields are named as in the raw event)")
                    .withErrors(errors));
        }
    }

    /**
     * The storage contract (what every later stage can carry and store: StorageContract), plus ingest's own rule
     * that a version cannot have been created in the future: a version derived from a far-future time would outrank
     * every later correction of the article. A day of slack covers senders that mislabel local time as UTC.
     */
    private static void storable(RawArticle article) {
        List<FieldError> errors = new ArrayList<>(StorageContract.violations(article).stream()
                .map(v -> new FieldError(v.field(), v.message())).toList());
        if (article.versionCreated() != null && article.ingestedAt() != null
                && article.versionCreated().isAfter(article.ingestedAt().plus(MAX_FUTURE))) {
            errors.add(new FieldError("/versionCreated", "lies more than a day in the future (" + article.versionCreated()
                    + "); a version cannot be created after it is sent"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) cannot be stored (fields are named as in the raw event)").withErrors(errors));
        }
    }
}
