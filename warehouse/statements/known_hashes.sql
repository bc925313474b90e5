-- Every stored content hash (warehouse.known).
SELECT content_hash FROM articles;
