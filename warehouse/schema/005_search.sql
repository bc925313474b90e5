-- Accent-insensitive ranked search: folded words of every article, for BM25 in plain SQL
-- (DuckDB's fts extension cannot be downloaded for this DuckDB version).

-- Lower-case, accents and đ folded, one character for one (offsets stay aligned with the text).
CREATE MACRO fold_keep(s) AS replace(strip_accents(lower(s)), 'đ', 'd');
-- The folded words (syllables) of a text.
CREATE MACRO folded_words(s) AS list_filter(regexp_split_to_array(fold_keep(s), '[^a-z0-9]+'), lambda w: w <> '');

CREATE TABLE article_docs (
    article_id   VARCHAR PRIMARY KEY REFERENCES articles (article_id),
    title_folded VARCHAR NOT NULL,
    text_folded  VARCHAR NOT NULL,     -- same length as articles.text: positions carry over
    n_terms      INTEGER NOT NULL CHECK (n_terms >= 0)
);

CREATE TABLE article_terms (
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    term       VARCHAR NOT NULL,
    tf         INTEGER NOT NULL CHECK (tf > 0),
    PRIMARY KEY (article_id, term)
);

INSERT INTO article_docs
SELECT article_id, fold_keep(coalesce(title, '')), fold_keep(text),
       len(folded_words(coalesce(title, '') || ' ' || text))
FROM articles;

INSERT INTO article_terms
SELECT article_id, term, count(*) AS tf
FROM (SELECT article_id, unnest(folded_words(coalesce(title, '') || ' ' || text)) AS term FROM articles)
GROUP BY article_id, term;
