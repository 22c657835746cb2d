package org.vigie.crawler.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import org.vigie.core.WarcLocation;

/** Appends one row per request outcome to {@code fetch_log}. */
public final class FetchLog {

  /**
   * One request outcome.
   *
   * @param outcome FETCHED, NOT_MODIFIED, BLOCKED or FAILED
   * @param errorKind the failure or block reason, or {@code null}
   */
  public record Entry(
      Instant at, String sourceId, String url, String kind, String outcome, int status,
      String errorKind, String detail, long bytes, WarcLocation warc) {
    public Entry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  private final CrawlDatabase db;

  public FetchLog(CrawlDatabase db) {
    this.db = db;
  }

  public void record(Entry e) throws SQLException {
    try (Connection c = db.connection()) {
      record(c, e);
    }
  }

  /** Appends the row on the caller's connection, inside its transaction. */
  public static void record(Connection c, Entry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO fetch_log(fetched_at, source_id, url, kind, outcome, status, error_kind, detail, bytes, "
                + "warc_file, warc_offset, warc_record_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setTimestamp(1, Timestamp.from(e.at()));
      ps.setString(2, e.sourceId());
      ps.setString(3, e.url().length() > 4096 ? e.url().substring(0, 4096) : e.url());
      ps.setString(4, e.kind());
      ps.setString(5, e.outcome());
      ps.setInt(6, e.status());
      ps.setString(7, e.errorKind());
      ps.setString(8, FrontierStore.truncate(e.detail()));
      ps.setLong(9, e.bytes());
      if (e.warc() == null) {
        ps.setNull(10, Types.VARCHAR);
        ps.setNull(11, Types.BIGINT);
        ps.setNull(12, Types.VARCHAR);
      } else {
        ps.setString(10, e.warc().file());
        ps.setLong(11, e.warc().offset());
        ps.setString(12, e.warc().recordId());
      }
      ps.executeUpdate();
    }
  }
}
