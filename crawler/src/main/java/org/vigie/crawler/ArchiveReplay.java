package org.vigie.crawler;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.archive.ArchivedResponseReader;
import org.vigie.crawler.dedup.CanonicalLink;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Sends archived article responses through a {@link PageSink} again, from the WARC files alone,
 * so that articles are re-extracted and re-annotated when the models improve, without one
 * request to the outlets. The fetch log says which records are article pages; for each URL only
 * its latest archived 2xx response is replayed, and a page whose canonical URL belongs to another
 * URL (a duplicate the crawl did not deliver) is skipped. A damaged record is logged and skipped.
 */
final class ArchiveReplay {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveReplay.class);

  private record Row(URI url, String sourceId, WarcLocation warc) {}

  private final CrawlDatabase db;
  private final ArchivedResponseReader reader;

  ArchiveReplay(CrawlDatabase db, ArchivedResponseReader reader) {
    this.db = db;
    this.reader = reader;
  }

  ReprocessSummary replay(Instant since, PageSink sink, ReprocessProgress progress) {
    long started = System.nanoTime();
    LongAdder delivered = new LongAdder();
    LongAdder duplicates = new LongAdder();
    LongAdder damaged = new LongAdder();
    List<Row> rows;
    try {
      rows = rows(since);
    } catch (SQLException e) {
      LOG.error("Cannot read the fetch log: {}", e.getMessage());
      return new ReprocessSummary(0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
    }
    long total = rows.size();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "reprocess-progress");
      t.setDaemon(true);
      return t;
    });
    Runnable tick = () -> progress.update(new ReprocessStatus(total, delivered.sum() + duplicates.sum() + damaged.sum(),
        damaged.sum(), Duration.ofNanos(System.nanoTime() - started)));
    ticker.scheduleAtFixedRate(tick, 1, 1, TimeUnit.SECONDS);
    try (PageHandoff handoff = new PageHandoff(sink, Runtime.getRuntime().availableProcessors())) {
      for (Row row : rows) {
        FetchedPage page;
        try {
          page = reader.read(row.warc(), row.url(), row.sourceId());
        } catch (ArchivedResponseReader.DamagedRecordException e) {
          damaged.increment();
          LOG.warn("Skipped the archived response of {} ({} @ {}): {}", row.url(), row.warc().file(),
              row.warc().offset(), e.getMessage());
          continue;
        }
        if (isDuplicate(page)) {
          duplicates.increment();
          continue;
        }
        handoff.deliver(page);
        delivered.increment();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("Reprocessing interrupted");
    } finally {
      ticker.shutdownNow();
      reader.close();
    }
    tick.run();
    return new ReprocessSummary(total, delivered.sum(), duplicates.sum(), damaged.sum(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The latest archived 2xx article response per URL, in file order so each file is read forward. */
  private List<Row> rows(Instant since) throws SQLException {
    String sql = "SELECT url, source_id, warc_file, warc_offset, warc_record_id FROM fetch_log WHERE id IN ("
        + "SELECT MAX(id) FROM fetch_log WHERE kind = 'ARTICLE' AND outcome = 'FETCHED' AND warc_file IS NOT NULL"
        + (since == null ? "" : " AND fetched_at >= ?")
        + " GROUP BY url) ORDER BY warc_file, warc_offset";
    List<Row> rows = new ArrayList<>();
    try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      if (since != null) ps.setTimestamp(1, Timestamp.from(since));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          try {
            rows.add(new Row(URI.create(rs.getString(1)), rs.getString(2),
                new WarcLocation(rs.getString(3), rs.getLong(4), rs.getString(5))));
          } catch (IllegalArgumentException e) {
            LOG.warn("Skipped a fetch-log row: {}", e.getMessage());
          }
        }
      }
    }
    return rows;
  }

  /** Whether the page's canonical URL was claimed by another URL when it was crawled. */
  private boolean isDuplicate(FetchedPage page) {
    URI key = CanonicalLink.key(page.body(), page.charset(), page.url());
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT url FROM crawl_canonical WHERE canonical_url = ?")) {
      ps.setString(1, key.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && !rs.getString(1).equals(page.requestedUrl().toString());
      }
    } catch (SQLException e) {
      return false;
    }
  }
}
