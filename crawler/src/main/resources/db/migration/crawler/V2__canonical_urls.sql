-- rel=canonical dedup: one row per normalised canonical URL (or, for a page that declares none,
-- its own final URL), naming the first crawled URL that carried it. A later page with the same
-- key under another URL is the same article (AMP copy, print view, syndicated path) and is not
-- delivered again. The canonical URL is only recorded, never fetched: it may name another host.
CREATE TABLE crawl_canonical (
  canonical_url  VARCHAR(4096) PRIMARY KEY,
  url            VARCHAR(4096) NOT NULL,
  source_id      VARCHAR(200)  NOT NULL,
  first_seen     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Reprocessing reads the archived article responses, most recent per URL.
CREATE INDEX fetch_log_kind_outcome ON fetch_log(kind, outcome, fetched_at);
