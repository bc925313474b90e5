-- What each table and view holds, and what the columns a reader cannot guess mean: `tinmine tables`
-- prints these comments (tests/warehouse/test_catalog.py checks that every relation has one). A later
-- migration that re-creates a relation writes its comments again.

COMMENT ON TABLE articles IS 'one row per stored page: its text, where and when it was published, and whether it is about the campaign (status)';
COMMENT ON COLUMN articles.article_id IS 'sha1 of the canonical URL (16 hex characters); every mention table refers to it';
COMMENT ON COLUMN articles.canonical_url IS 'the URL without tracking parameters, fragments or mobile/AMP variants';
COMMENT ON COLUMN articles.outlet IS 'the outlet (profile) the page was crawled from; display names in outlets';
COMMENT ON COLUMN articles.text IS 'article text, NFC; every mention offset (start, end) points into it';
COMMENT ON COLUMN articles.content_hash IS 'hash of the normalised text, to find the same article under another URL';
COMMENT ON COLUMN articles.relevance IS 'topic score 0..1 of the relevance filter (pipelines/data/topic.yaml)';
COMMENT ON COLUMN articles.relevance_reason IS 'why the relevance filter kept or set aside the page';
COMMENT ON COLUMN articles.status IS 'kept (about the campaign: extracted) or offtopic (stored, not extracted)';
COMMENT ON COLUMN articles.warc_file IS 'the WARC archive holding the page as fetched (tinmine reextract --reparse reads it)';
COMMENT ON COLUMN articles.warc_offset IS 'byte offset of the page''s record in warc_file';
COMMENT ON COLUMN articles.title_source IS 'where the title was read: selector, h1, og:title, jsonld, title...';
COMMENT ON COLUMN articles.published_source IS 'where the publication time was read: dateline, meta, meta_tz_fixed, url, htmldate...';
COMMENT ON COLUMN articles.author_source IS 'where the author was read: selector, byline_end, byline_start, meta...';

COMMENT ON TABLE article_urls IS 'URLs seen in a crawl that duplicate a stored article, and why';
COMMENT ON COLUMN article_urls.reason IS 'canonical (same canonical URL), content_hash (same text) or near_duplicate (MinHash)';
COMMENT ON COLUMN article_urls.similarity IS 'estimated Jaccard similarity for near duplicates';

COMMENT ON TABLE crawl_log IS 'one row per URL and crawl event: every fetched page is stored or logged with a reason';
COMMENT ON COLUMN crawl_log.event IS 'stored, offtopic, not_article, duplicate, unchanged, http_error, too_large, private_address...';
COMMENT ON COLUMN crawl_log.reason IS 'details of the event: the failed test, the relevance score, the original of a duplicate';
COMMENT ON COLUMN crawl_log.times IS 'how many crawls logged this event for this URL';

COMMENT ON TABLE extractions IS 'which extractor version last extracted each kept article, and when';

COMMENT ON TABLE figures IS 'numbers stated in kept articles (counts, percentages, measures, money) with what, where and when they count';
COMMENT ON COLUMN figures.sentence IS 'index of the sentence stating it (sentences holds its span)';
COMMENT ON COLUMN figures.start IS 'first character of the figure in articles.text';
COMMENT ON COLUMN figures."end" IS 'character after the figure in articles.text';
COMMENT ON COLUMN figures.text IS 'the figure as written';
COMMENT ON COLUMN figures.value IS 'the number; NULL for vague amounts (hàng triệu)';
COMMENT ON COLUMN figures.unit IS 'what the number counts, as written (head noun phrase)';
COMMENT ON COLUMN figures.kind IS 'count, percent, measure or money';
COMMENT ON COLUMN figures.approx IS 'hedged: hơn, khoảng, gần...';
COMMENT ON COLUMN figures.indicator IS 'what is counted, in the article''s words';
COMMENT ON COLUMN figures.indicator_key IS 'taxonomy key (extract/data/indicators.tsv), or the phrase''s own key when unmapped';
COMMENT ON COLUMN figures.scope IS 'national, province, district, commune, foreign or unknown';
COMMENT ON COLUMN figures.place_source IS 'where the place was read: sentence, paragraph, title, actor, outlet or none';
COMMENT ON COLUMN figures.period IS 'ISO date or span the figure counts for: 2023, 2023-06, 2013/2023';
COMMENT ON COLUMN figures.period_kind IS 'during (a flow over the period) or as_of (a stock at its end)';
COMMENT ON COLUMN figures.period_source IS 'where the period was read: sentence, paragraph, title, published or none';

COMMENT ON TABLE dates IS 'dates and periods named in kept articles, resolved against the publication date';
COMMENT ON COLUMN dates.value IS 'resolved ISO date or span: 2023-05-30, 2023-05, 2013/2023';
COMMENT ON COLUMN dates.precision IS 'day, month, year or range';

COMMENT ON TABLE models IS 'community security models named in kept articles (tổ tự quản, camera an ninh...)';
COMMENT ON COLUMN models.key IS 'the extractor''s key of the model';
COMMENT ON COLUMN models.canonical_key IS 'spelling, tone and quote variants merged (extract/keys.py)';

COMMENT ON TABLE officials IS 'officials named in kept articles, with the rank and titles the article gives them';
COMMENT ON COLUMN officials.rank IS 'military or police rank as written (Đại tướng, Thiếu tướng...)';
COMMENT ON COLUMN officials.titles IS 'titles as written (Bộ trưởng Bộ Công an...)';
COMMENT ON COLUMN officials.mentions IS 'offsets of every later mention of the same person in the article';
COMMENT ON COLUMN officials.person_key IS 'the name folded (extract/keys.py): one person across articles';

COMMENT ON TABLE place_mentions IS 'places named in kept articles, resolved against the gazetteer';
COMMENT ON COLUMN place_mentions.role IS 'named, actor, residence, list, example, scope or object: whether it places a figure';
COMMENT ON TABLE sentences IS 'spans of the sentences that state a figure (offsets into articles.text)';
COMMENT ON TABLE person_pairs IS 'pairs of officials named in the same article (person keys), for co_occurrence';

COMMENT ON TABLE places IS 'every administrative unit before and after 1 July 2025 (reference: extract/data/gazetteer.tsv)';
COMMENT ON COLUMN places.era IS '2023 (63 provinces) or 2025 (34 provinces, from 1 July 2025)';
COMMENT ON COLUMN places.merged_into IS 'the 2025 unit a 2023 unit became part of';
COMMENT ON TABLE outlets IS 'outlets with display names, domains and the province they report on (reference: warehouse/data/outlets.csv)';
COMMENT ON TABLE indicator_taxonomy IS 'what figures count, with synonyms (reference: extract/data/indicators.tsv)';
COMMENT ON COLUMN indicator_taxonomy.period IS 'stock (counted at a moment) or flow (counted over a span)';
COMMENT ON COLUMN indicator_taxonomy.generic IS 'lumps unlike things (người, vụ): never compared across figures';

COMMENT ON VIEW figure_facts IS 'the figures database: every figure with its indicator, place, period, sentence and article';
COMMENT ON COLUMN figure_facts.indicator_label IS 'the taxonomy''s label, else the indicator as written';
COMMENT ON COLUMN figure_facts.indicator_mapped IS 'false: the taxonomy has no row for it yet (tinmine query --name unmapped_indicators)';
COMMENT ON COLUMN figure_facts.place IS 'the most precise place named: commune, district, province, or cả nước';
COMMENT ON COLUMN figure_facts.place_2025 IS 'the unit the place belongs to after 1 July 2025, to join series across the reform';
COMMENT ON COLUMN figure_facts.period_year IS 'the year the period ends in';
COMMENT ON COLUMN figure_facts.sentence_text IS 'the sentence stating the figure';
COMMENT ON VIEW model IS 'community models merged across articles: spelling variants, mentions, first and last seen';
COMMENT ON VIEW person IS 'officials merged across articles: articles, first and last seen, latest rank and titles';
COMMENT ON VIEW person_observation IS 'each rank and title an article gave an official, dated by the article';
COMMENT ON VIEW indicator IS 'indicators seen in figures, with the units and phrases that state them';
COMMENT ON VIEW outlet IS 'outlets with their articles: how many, first and last published';
COMMENT ON VIEW place IS 'places with the name of the unit each became part of on 1 July 2025';

COMMENT ON TABLE article_docs IS 'internal: search index, one document per article';
COMMENT ON TABLE article_terms IS 'internal: search index, folded terms per document';
COMMENT ON TABLE near_dup_signatures IS 'internal: MinHash signatures of stored articles (near-duplicate detection)';
COMMENT ON TABLE near_dup_bands IS 'internal: MinHash LSH bands of stored articles';
COMMENT ON TABLE reference_data IS 'internal: which reference file was loaded, by its sha1';
COMMENT ON TABLE schema_migrations IS 'internal: the schema migrations applied (warehouse/schema/NNN_*.sql)';
