package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.RequestRefusedException;

import java.util.List;
import java.util.function.Supplier;

/**
 * One item of a request or pulled feed, whatever its format: the article it maps to, or why it cannot be one.
 * {@code ref} is how the sender knows it (sourceId, ninjs uri, guid or link; null when unknown); {@code warnings}
 * say what the mapping changed to make it storable (empty when nothing). A single {@code POST /articles} is one
 * item too: its refusal is the whole answer ({@link #candidateOrThrow}).
 */
public record Item(String ref, Candidate candidate, RequestRefusedException problem, List<String> warnings) {

    /**
     * The one step every item passes, whatever its format: mapped once by its format's mapper, then checked
     * ({@link ArticleChecks}), or refused with the reason. {@code warnings} is the list the mapping writes to.
     *
     * @param mappedFields the service mapped the article's fields itself (ninjs, RSS, Atom), so the raw event schema
     *                     checks them; native JSON was checked against its own schema before it was mapped
     */
    public static Item map(String ref, boolean mappedFields, Supplier<Candidate> mapping, List<String> warnings) {
        try {
            Candidate checked = ArticleChecks.check(mapping.get(), mappedFields);
            return new Item(ref, checked, null, List.copyOf(warnings));
        } catch (RequestRefusedException e) {
            return refused(ref, e);
        }
    }

    public static Item refused(String ref, RequestRefusedException problem) {
        return new Item(ref, null, problem, List.of());
    }

    /** The checked article, or its refusal thrown: a single article's answer is the item's. */
    public Candidate candidateOrThrow() {
        if (problem != null) {
            throw problem;
        }
        return candidate;
    }
}
