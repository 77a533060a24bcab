package io.newsroom.ingest.mapping;

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

    /** Articles mapped from ninjs, RSS or Atom are checked against the raw event schema (lengths, formats). */
    public static Candidate validated(Candidate candidate) {
        List<FieldError> errors = EventSchemas.get().validate(Kind.RAW, StrictJson.MAPPER.valueToTree(candidate.article()))
                .stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) of the mapped article break the raw article schema (fields are named as in the raw event)")
                    .withErrors(errors));
        }
        return storable(candidate);
    }

    /**
     * The storage contract (what every later stage can carry and store: StorageContract), plus ingest's own rule
     * that a version cannot have been created in the future: a version derived from a far-future time would outrank
     * every later correction of the article. A day of slack covers senders that mislabel local time as UTC.
     */
    public static Candidate storable(Candidate candidate) {
        RawArticle article = candidate.article();
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
        return candidate;
    }
}
