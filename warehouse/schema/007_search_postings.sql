-- Search index, second version: integer document ids, postings kept sorted by term (so a query
-- reads only the row groups of its terms) with each document's length beside every posting, and
-- a faster fold.  The index is derived data: 005's tables are replaced and rebuilt from articles
-- here; store_article keeps it current (index_article.sql) and warehouse.search.reindex rebuilds
-- it after a bulk load.

-- fold_keep as one character map: Latin letters with diacritics (after lower) to their base
-- letter, đ to d, punctuation and whitespace to ' '.  A text with any other character left is
-- folded the slow way, so folded_words returns exactly what 005 defined, only faster.
CREATE MACRO fold_fast(s) AS translate(
    lower(s),
    'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž' ||
        'ơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋ' ||
        'ṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừử' ||
        'ữựỳỵỷỹđ!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~ “”‘’…–—•·«»°' || chr(9) || chr(10) || chr(13),
    'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz' ||
        'ouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnn' ||
        'oooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuu' ||
        'uuyyyyd                                                '
);
CREATE OR REPLACE MACRO folded_words(s) AS CASE
    WHEN regexp_matches(fold_fast(s), '[^a-z0-9 ]')
        THEN list_filter(regexp_split_to_array(fold_keep(s), '[^a-z0-9]+'), lambda w: w <> '')
    ELSE list_filter(string_split(fold_fast(s), ' '), lambda w: w <> '')
END;
-- The searchable words of an article: its title's folded words, '|', its text's folded words.
CREATE MACRO search_words(title, text) AS
    array_to_string(folded_words(coalesce(title, '')) || ['|'] || folded_words(text), ' ');
-- Whether a document's words hold a query's folded words consecutively (phrase = ' w1 w2 ').
CREATE MACRO has_phrase(words, phrase) AS contains(' ' || words || ' ', phrase);
-- Bonus of a document for a query: +2 for the phrase, +1 more when the query also occurs with its
-- accents (lower case) in the title or text.
CREATE MACRO search_bonus(phrase, title, text, exact, accented) AS CASE
    WHEN NOT phrase THEN 0
    WHEN accented AND (contains(lower(text), exact) OR contains(lower(coalesce(title, '')), exact)) THEN 3
    ELSE 2
END;

DROP TABLE article_terms;
DROP TABLE article_docs;
-- A document's integer id, the same in every warehouse and shard (so merged rows agree); the
-- UNIQUE constraint below refuses the (about 1 in 10^7 at a million articles) hash collision.
CREATE MACRO doc_id_of(article_id) AS (hash(article_id) >> 1)::BIGINT;

CREATE TABLE article_docs (
    article_id VARCHAR PRIMARY KEY REFERENCES articles (article_id),
    doc_id     BIGINT  NOT NULL UNIQUE,
    n_terms    INTEGER NOT NULL CHECK (n_terms >= 0),
    words      VARCHAR NOT NULL          -- search_words(title, text)
);

-- One row per (term, document); no key index (rebuilding one over tens of millions of derived rows
-- costs more than the whole build), uniqueness comes from the GROUP BY that fills it.
CREATE TABLE article_terms (
    term    VARCHAR NOT NULL CHECK (length(term) > 0),
    doc_id  BIGINT  NOT NULL,
    tf      INTEGER NOT NULL CHECK (tf > 0),
    doc_len INTEGER NOT NULL CHECK (doc_len >= tf)
);

INSERT INTO article_docs (article_id, doc_id, n_terms, words)
SELECT article_id, doc_id_of(article_id), len(string_split(words, ' ')) - 1, words
FROM (SELECT article_id, search_words(title, text) AS words FROM articles);

INSERT INTO article_terms
SELECT term, doc_id, count(*) AS tf, any_value(n_terms) AS doc_len
FROM (SELECT doc_id, n_terms, unnest(string_split(words, ' ')) AS term FROM article_docs)
WHERE term <> '|'
GROUP BY term, doc_id
ORDER BY term, doc_id;
