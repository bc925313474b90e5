-- The stored MinHash signatures of the candidate articles (read only when there are candidates).
SELECT article_id, signature FROM near_dup_signatures WHERE article_id IN (SELECT unnest($ids::VARCHAR[]));
