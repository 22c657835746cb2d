-- The crawler's persistent state, in its own schema (CRAWLER) so that other modules can keep
-- their tables and migration history in the same database.

-- Every article URL ever discovered (normalised). The frontier is the rows in state PENDING
-- (never fetched, or changed since) and FAILED (retried on later runs while attempts remain).
CREATE TABLE crawl_url (
  url            VARCHAR(4096) PRIMARY KEY,
  host           VARCHAR(300)  NOT NULL,
  source_id      VARCHAR(200)  NOT NULL,
  state          VARCHAR(16)   NOT NULL,
  discovered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  hint_modified  TIMESTAMP WITH TIME ZONE,
  fetched_at     TIMESTAMP WITH TIME ZONE,
  etag           VARCHAR(1024),
  last_modified  VARCHAR(200),
  content_hash   VARCHAR(64),
  final_url      VARCHAR(4096),
  attempts       INT DEFAULT 0 NOT NULL,
  last_error     VARCHAR(1000)
);
CREATE INDEX crawl_url_frontier ON crawl_url(state, host);
CREATE INDEX crawl_url_source ON crawl_url(source_id, state);

-- Feeds, sitemaps and section pages: validators for conditional GET, and when each was read.
CREATE TABLE crawl_document (
  url            VARCHAR(4096) PRIMARY KEY,
  source_id      VARCHAR(200)  NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  etag           VARCHAR(1024),
  last_modified  VARCHAR(200),
  fetched_at     TIMESTAMP WITH TIME ZONE,
  last_status    INT
);

-- One row per request outcome: the crawl-health report and reprocessing read it.
CREATE TABLE fetch_log (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  source_id      VARCHAR(200)  NOT NULL,
  url            VARCHAR(4096) NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  outcome        VARCHAR(16)   NOT NULL,
  status         INT,
  error_kind     VARCHAR(32),
  detail         VARCHAR(1000),
  bytes          BIGINT,
  warc_file      VARCHAR(300),
  warc_offset    BIGINT,
  warc_record_id VARCHAR(100)
);
CREATE INDEX fetch_log_source_time ON fetch_log(source_id, fetched_at);
