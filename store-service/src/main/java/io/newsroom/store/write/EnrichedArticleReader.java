package io.newsroom.store.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EventReader;
import io.newsroom.schemas.EventSchemas.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads an enriched record's value, refusing (with the reason) anything that is not a valid enriched event. */
@ApplicationScoped
public class EnrichedArticleReader {

    @Inject
    ObjectMapper mapper;

    /** @throws io.newsroom.schemas.InvalidEventException with the reason the record is dead-lettered for */
    public EnrichedArticle read(byte[] value) {
        return EventReader.read(mapper, value, Kind.ENRICHED, EnrichedArticle.class);
    }
}
