-- Articles as last stored: one row per article id, the newest version wins.
CREATE TABLE article (
    id               varchar(32)   PRIMARY KEY,
    source           varchar(64)   NOT NULL,
    source_id        varchar(1024),
    url              varchar(2048) NOT NULL,
    version          integer       NOT NULL,
    headline         text          NOT NULL,
    body             text          NOT NULL,
    body_text        text          NOT NULL,
    language         varchar(3)    NOT NULL,
    first_created    timestamptz,
    version_created  timestamptz   NOT NULL,
    published        timestamptz,
    authors          text[]        NOT NULL,
    pub_status       varchar(16)   NOT NULL,
    ingested_at      timestamptz   NOT NULL,
    keywords         text[]        NOT NULL,
    summary          text,
    enriched_at      timestamptz   NOT NULL,
    enricher_version varchar(200)  NOT NULL,
    stored_at        timestamptz   NOT NULL,
    -- Newest first: the publication time when known, else the version time.
    sort_time        timestamptz   NOT NULL
);
CREATE INDEX article_newest_idx ON article (sort_time DESC, id DESC);

CREATE TABLE article_category (
    article_id varchar(32)      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    code       varchar(32)      NOT NULL,
    label      text             NOT NULL,
    confidence double precision NOT NULL,
    PRIMARY KEY (article_id, code)
);
CREATE INDEX article_category_code_idx ON article_category (code);

CREATE TABLE article_entity (
    article_id    varchar(32)      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_key    varchar(512)     NOT NULL,
    type          varchar(16)      NOT NULL,
    name          text             NOT NULL,
    wikidata_id   varchar(32),
    mention_count integer          NOT NULL,
    confidence    double precision NOT NULL,
    mentions      jsonb            NOT NULL,
    PRIMARY KEY (article_id, entity_key)
);
CREATE INDEX article_entity_key_idx ON article_entity (entity_key);
CREATE INDEX article_entity_name_idx ON article_entity (lower(name));
