-- The newest articles of one entity straight from an index: the link carries its article's sort time, so an
-- entity filter (with a time range, a category, …) walks that entity's mentions newest first instead of
-- scanning the archive's newest articles and probing each for the entity.
ALTER TABLE article_entity ADD COLUMN sort_time timestamptz;
UPDATE article_entity ae SET sort_time = a.sort_time FROM article a WHERE a.id = ae.article_id;
ALTER TABLE article_entity ALTER COLUMN sort_time SET NOT NULL;
CREATE INDEX article_entity_key_time_idx ON article_entity (entity_key, sort_time DESC, article_id DESC);
