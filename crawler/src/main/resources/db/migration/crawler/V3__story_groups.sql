-- Near-duplicate grouping (org.vigie.crawler.dedup.MinHashStoryGrouper): one row per article
-- ever grouped, its story id and MinHash signature, so that grouping survives restarts and a
-- re-crawl or reprocess of an article keeps its story id (the row is found by article id first).
CREATE TABLE story_member (
  article_id   VARCHAR(64)   PRIMARY KEY,
  story_id     VARCHAR(80)   NOT NULL,
  language     VARCHAR(8)    NOT NULL,
  scheme       VARCHAR(40)   NOT NULL,
  signature    VARBINARY(512) NOT NULL,
  grouped_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_member_story ON story_member(story_id);

-- The LSH index: one row per (band key, article). A new article's 32 band keys (language folded
-- in) find its candidates through the primary key's index, whatever the number of articles.
CREATE TABLE story_band (
  band_key     BIGINT        NOT NULL,
  article_id   VARCHAR(64)   NOT NULL,
  PRIMARY KEY (band_key, article_id)
);
