-- Province centroids (the map before 1 July 2025): the faint outline of the country under the bubbles.
SELECT short_name AS name, lat, lon
FROM places
WHERE level = 'province' AND era = '2023' AND lat IS NOT NULL
ORDER BY name;
