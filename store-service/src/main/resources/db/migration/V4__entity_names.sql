-- An entity name filter first finds the entities with that name (usually one), then walks their links by time
-- like a key filter does, instead of probing the archive's newest articles for a link with that name.
CREATE INDEX entity_name_idx ON entity (lower(name));

-- No query reads links by name any more, nor by entity key alone (article_entity_key_time_idx starts with the key):
-- two fewer index entries to write per link when storing.
DROP INDEX article_entity_name_idx;
DROP INDEX article_entity_key_idx;
