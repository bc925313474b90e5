-- Near-duplicate index on disk instead of in RAM (pipelines/neardup.py): each stored article's MinHash
-- signature and its LSH band keys. A derived cache of articles.text: a crawl fills in what is missing or
-- stale (content_hash or LSH layout changed) when it starts. No ART index: a band lookup is a scan of
-- one BIGINT column, and the index would have to stay in memory.
CREATE TABLE near_dup_signatures (
    article_id   VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,   -- articles.content_hash the signature was computed from
    lsh          VARCHAR NOT NULL,   -- LSH layout, e.g. '64:5x11' (permutations:bands x rows)
    signature    BLOB    NOT NULL    -- num_perm little-endian uint64 MinHash values
);

CREATE TABLE near_dup_bands (
    band_key   BIGINT  NOT NULL,     -- hash of (band number, the band's MinHash values)
    article_id VARCHAR NOT NULL
);
