-- A batch writes its article and link rows first and the entity rows last (entity rows are the ones concurrent writers
-- share; ArticleUpsert locks them in key order only in its last statements). The link's reference to its entity may
-- therefore be checked later in the transaction: the writer defers it and checks it before numbering the batch. Other
-- writers keep the immediate check (INITIALLY IMMEDIATE).
ALTER TABLE article_entity ALTER CONSTRAINT article_entity_entity_fk DEFERRABLE INITIALLY IMMEDIATE;
