-- Drop near-duplicate index rows of articles no longer stored.
DELETE FROM near_dup_bands WHERE article_id NOT IN (SELECT article_id FROM articles);
DELETE FROM near_dup_signatures WHERE article_id NOT IN (SELECT article_id FROM articles);
