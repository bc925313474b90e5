-- Text keys are made by extract/keys.py: the crawl stores models.canonical_key and officials.person_key
-- as Python computes them, and these macros, which fold what a query is given, must agree with it
-- (tests/warehouse/test_keys.py). fold_vi now treats every Unicode space as a space, as Python does
-- ('Đắk<no-break space>Nông' -> 'dak nong'). Stored keys need no update: names are stored with their spaces
-- collapsed (extract.normalize.as_written), so the two rules never differed on them.
CREATE OR REPLACE MACRO fold_vi(s) AS
    trim(regexp_replace(replace(strip_accents(lower(s)), 'đ', 'd'), '[\s\pZ\x{85}\x{1c}-\x{1f}]+', ' ', 'g'));
