-- Which version (sha1) of each reference data file is loaded.
SELECT name, sha1 FROM reference_data;
