package org.vigie.crawler.state;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.vigie.crawler.fetch.DocumentKind;
import org.vigie.crawler.fetch.Validators;

/** Validators of feeds, sitemaps and section pages, so each poll is a conditional GET. */
public final class DocumentStore {

  private final CrawlDatabase db;

  public DocumentStore(CrawlDatabase db) {
    this.db = db;
  }

  public Validators validators(URI url) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified FROM crawl_document WHERE url = ?")) {
      ps.setString(1, url.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Validators(rs.getString(1), rs.getString(2)) : Validators.NONE;
      }
    }
  }

  /** Records a poll; validators are replaced only when the answer carried a body (2xx). */
  public void record(URI url, String sourceId, DocumentKind kind, int status, Validators fresh) throws SQLException {
    try (Connection c = db.connection()) {
      String sql = fresh == null
          ? "MERGE INTO crawl_document t USING (VALUES (CAST(? AS VARCHAR(4096)))) s(url) ON t.url = s.url "
              + "WHEN MATCHED THEN UPDATE SET fetched_at = ?, last_status = ? "
              + "WHEN NOT MATCHED THEN INSERT (url, source_id, kind, fetched_at, last_status) VALUES (?, ?, ?, ?, ?)"
          : "MERGE INTO crawl_document t USING (VALUES (CAST(? AS VARCHAR(4096)))) s(url) ON t.url = s.url "
              + "WHEN MATCHED THEN UPDATE SET fetched_at = ?, last_status = ?, etag = ?, last_modified = ? "
              + "WHEN NOT MATCHED THEN INSERT (url, source_id, kind, fetched_at, last_status, etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?)";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Timestamp now = Timestamp.from(Instant.now());
        int i = 1;
        ps.setString(i++, url.toString());
        ps.setTimestamp(i++, now);
        ps.setInt(i++, status);
        if (fresh != null) {
          ps.setString(i++, fresh.etag());
          ps.setString(i++, fresh.lastModified());
        }
        ps.setString(i++, url.toString());
        ps.setString(i++, sourceId);
        ps.setString(i++, kind.name());
        ps.setTimestamp(i++, now);
        ps.setInt(i++, status);
        if (fresh != null) {
          ps.setString(i++, fresh.etag());
          ps.setString(i++, fresh.lastModified());
        }
        ps.executeUpdate();
      }
    }
  }
}
