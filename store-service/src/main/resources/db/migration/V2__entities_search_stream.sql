-- Entities as their own records: one row per normalised key, with the canonical name and Wikidata id last
-- seen, and how many visible articles mention them (kept current by store-service, for GET /entities).
CREATE TABLE entity (
    entity_key    varchar(512) PRIMARY KEY,
    type          varchar(16)  NOT NULL,
    name          text         NOT NULL,
    wikidata_id   varchar(32),
    article_count integer      NOT NULL DEFAULT 0,
    first_seen    timestamptz  NOT NULL,
    last_seen     timestamptz  NOT NULL
);
CREATE INDEX entity_type_count_idx ON entity (type, article_count DESC);
CREATE INDEX entity_count_idx ON entity (article_count DESC, entity_key);

INSERT INTO entity (entity_key, type, name, wikidata_id, article_count, first_seen, last_seen)
SELECT DISTINCT ON (entity_key) entity_key, type, name, wikidata_id,
       (SELECT count(*) FROM article_entity x WHERE x.entity_key = ae.entity_key), now(), now()
FROM article_entity ae
ORDER BY entity_key;

ALTER TABLE article_entity
    ADD CONSTRAINT article_entity_entity_fk FOREIGN KEY (entity_key) REFERENCES entity (entity_key);
CREATE INDEX article_entity_type_idx ON article_entity (type, article_id);

-- Cancellations: the article stays for audit, hidden from lists; GET answers 410 with this time.
ALTER TABLE article ADD COLUMN canceled_at timestamptz;

-- Filters of GET /articles.
CREATE INDEX article_source_idx ON article (source, sort_time DESC);
CREATE INDEX article_language_idx ON article (language, sort_time DESC);

-- Full-text search: headline weighs most, then the summary, then the body. English stemming for English
-- articles, no stemming for the others.
ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(headline, '')), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(summary, '')), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(body_text, '')), 'C')
) STORED;
CREATE INDEX article_search_idx ON article USING gin (search_vector);

-- Change feed for GET /articles/stream: every insert or update takes the next number; clients resume from
-- the last number they saw (Last-Event-ID).
CREATE SEQUENCE article_change_seq;
ALTER TABLE article ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('article_change_seq');
CREATE INDEX article_change_seq_idx ON article (change_seq);

CREATE FUNCTION article_next_change_seq() RETURNS trigger AS $$
BEGIN
    NEW.change_seq := nextval('article_change_seq');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_change_seq_trg BEFORE UPDATE ON article
    FOR EACH ROW EXECUTE FUNCTION article_next_change_seq();
