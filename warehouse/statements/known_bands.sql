-- Every stored LSH band key of the near-duplicate index (warehouse.known).
SELECT band_key FROM near_dup_bands;
