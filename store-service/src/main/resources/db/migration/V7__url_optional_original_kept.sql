-- A wire story often has no public URL yet: from event contract 1.2 an article may come with only its source's
-- uri (ninjs), so url becomes nullable.
ALTER TABLE article ALTER COLUMN url DROP NOT NULL;
-- The document the source sent in a standard format (ninjs), as the event carried it in "original"
-- ({format, version, document}, JSON text kept exactly as received), so GET /articles/{id} as ninjs can serve
-- the source's own uri, version and every field the mapping left out. Null for native JSON, RSS and Atom.
ALTER TABLE article ADD COLUMN original text;
