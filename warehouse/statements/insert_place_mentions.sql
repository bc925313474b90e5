-- Places named in article text, as the extractor found and resolved them (incoming_place_mentions).
INSERT INTO place_mentions BY NAME
SELECT * FROM incoming_place_mentions;
