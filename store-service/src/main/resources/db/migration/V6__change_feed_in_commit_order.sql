-- The stream's change numbers in commit order. Before, an article took its number when it was written, early in its
-- batch's transaction; with two writers (two instances, or two consumers in one) a later number could commit first,
-- and a client that had already seen it would never receive the earlier one. Now each batch numbers its articles as
-- its last step, under a transaction-scoped advisory lock that is held until commit: numbers become visible in
-- order. One row per article, at its latest write (as change_seq was); the sequence continues, so Last-Event-IDs
-- that clients hold stay valid.
CREATE TABLE article_change (
    seq        bigint      PRIMARY KEY,
    article_id varchar(32) NOT NULL UNIQUE REFERENCES article (id) ON DELETE CASCADE
);
INSERT INTO article_change (seq, article_id) SELECT change_seq, id FROM article;

DROP TRIGGER article_change_seq_trg ON article;
DROP FUNCTION article_next_change_seq();
ALTER TABLE article DROP COLUMN change_seq;
