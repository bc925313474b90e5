-- Headline numbers of the report: what the warehouse holds.
SELECT
    (SELECT count(*) FROM articles WHERE status = 'kept') AS articles,
    (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
    (SELECT count(*) FROM figure_facts) AS figures,
    (SELECT count(DISTINCT canonical_key) FROM models) AS models,
    (SELECT count(DISTINCT person_key) FROM officials) AS officials,
    (SELECT CAST(min(published_at) AS DATE) FROM articles) AS first_published,
    (SELECT CAST(max(published_at) AS DATE) FROM articles) AS last_published;
