package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.RequestRefusedException;

import java.util.List;

/**
 * One item of a request or pulled feed, whatever its format: the article it maps to, or why it cannot be one.
 * {@code ref} is how the sender knows it (sourceId, ninjs uri, guid or link; null when unknown); {@code warnings}
 * say what the mapping changed to make it storable (empty when nothing).
 */
public record Item(String ref, Candidate candidate, RequestRefusedException problem, List<String> warnings) {

    public static Item of(String ref, Candidate candidate) {
        return new Item(ref, candidate, null, List.of());
    }

    public static Item refused(String ref, RequestRefusedException problem) {
        return new Item(ref, null, problem, List.of());
    }
}
