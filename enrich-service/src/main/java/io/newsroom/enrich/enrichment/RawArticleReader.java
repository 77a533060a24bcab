package io.newsroom.enrich.enrichment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.EventReader;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads a raw record's value, refusing (with the reason) anything that is not a valid raw article event. */
@ApplicationScoped
public class RawArticleReader {

    @Inject
    ObjectMapper mapper;

    /** @throws io.newsroom.schemas.InvalidEventException with the reason the record is dead-lettered for */
    public RawArticle read(byte[] value) {
        return EventReader.read(mapper, value, Kind.RAW, RawArticle.class);
    }
}
