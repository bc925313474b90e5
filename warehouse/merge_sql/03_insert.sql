-- Copy the shard's rows as they are (figure facts, canonical keys and search rows were computed
-- by the same code when the worker stored them).
-- (An upsert, not delete + insert: DuckDB refuses to delete a row whose children went in the same transaction.)
INSERT INTO articles BY NAME
SELECT * FROM shard.articles WHERE article_id IN (SELECT article_id FROM merge_incoming)
ON CONFLICT (article_id) DO UPDATE SET
    url = excluded.url,
    canonical_url = excluded.canonical_url,
    outlet = excluded.outlet,
    title = excluded.title,
    published_at = excluded.published_at,
    author = excluded.author,
    text = excluded.text,
    content_hash = excluded.content_hash,
    fetched_at = excluded.fetched_at,
    lang = excluded.lang,
    relevance = excluded.relevance,
    relevance_reason = excluded.relevance_reason,
    status = excluded.status,
    warc_file = excluded.warc_file,
    warc_offset = excluded.warc_offset,
    title_source = excluded.title_source,
    published_source = excluded.published_source,
    author_source = excluded.author_source;
INSERT INTO article_docs BY NAME
SELECT * FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming);
INSERT INTO article_terms BY NAME
SELECT * FROM shard.article_terms WHERE doc_id IN (
    SELECT doc_id FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming));
INSERT INTO place_mentions BY NAME
SELECT * FROM shard.place_mentions WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO dates BY NAME
SELECT * FROM shard.dates WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO figures BY NAME
SELECT * FROM shard.figures WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO models BY NAME
SELECT * FROM shard.models WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO officials BY NAME
SELECT * FROM shard.officials WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO person_pairs BY NAME
SELECT * FROM shard.person_pairs WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO extractions BY NAME
SELECT * FROM shard.extractions WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO sentences BY NAME
SELECT * FROM shard.sentences WHERE article_id IN (SELECT article_id FROM merge_mentions);
