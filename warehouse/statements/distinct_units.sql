-- Every raw figure unit in the warehouse.
SELECT DISTINCT unit FROM figures ORDER BY unit;
