-- Remember the version of a reference data file just loaded.
INSERT OR REPLACE INTO reference_data (name, sha1, loaded_at) VALUES ($name, $sha1, current_localtimestamp());
