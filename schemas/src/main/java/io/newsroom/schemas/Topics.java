package io.newsroom.schemas;

/**
 * Topic names of the event contract. Versioned so a breaking change gets a new topic rather than surprising
 * subscribers. Every service and test refers to these constants, never to literal names.
 */
public final class Topics {

    /** Raw article events from ingest-service, keyed by article id. */
    public static final String RAW = "news.articles.raw.v1";

    /** Enriched article events from enrich-service, keyed by article id. Downstream teams subscribe here. */
    public static final String ENRICHED = "news.articles.enriched.v1";

    /** Records of {@link #RAW} that enrich-service could not process, with the reason in headers. */
    public static final String ENRICH_DEAD_LETTER = "news.dlq.enrich-service.v1";

    /** Records of {@link #ENRICHED} that store-service could not store, with the reason in headers. */
    public static final String STORE_DEAD_LETTER = "news.dlq.store-service.v1";

    /** Partition count for topics the services create; it bounds how many consumer instances share the work. */
    public static final int DEFAULT_PARTITIONS = 12;

    /** Header the dead-letter records carry with the human-readable reason (written by SmallRye Reactive Messaging). */
    public static final String DEAD_LETTER_REASON_HEADER = "dead-letter-reason";

    private Topics() {
    }
}
