package org.vigie.crawler.state;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Records a fetched article atomically: its fetch-log row, its new state in the frontier and,
 * when its bytes changed, the claim on its canonical URL, through the {@link StateWriter}'s group
 * commit. A kill leaves either all of it or none of it (then the page is simply fetched again).
 */
public final class ArticleStateStore {

  /** What the crawler should do with the page it just stored. */
  public enum Delivery {
    /** A new article, or a changed version of one this URL delivered before: deliver it. */
    DELIVER,
    /** Re-announced by a sitemap, but the same bytes as stored: nothing to deliver. */
    SAME_BYTES,
    /** Its canonical URL was first delivered under another URL: the same article, not delivered. */
    DUPLICATE
  }

  /**
   * The fetched page, as the state needs it.
   *
   * @param canonicalKey the normalised canonical URL, or the page's own URL when it declares none
   * @param previousHash the content hash stored from the last fetch, or {@code null}
   */
  public record FetchedArticle(
      URI url, URI finalUrl, String sourceId, String etag, String lastModified, String contentHash,
      String previousHash, URI canonicalKey) {
    public FetchedArticle {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(canonicalKey, "canonicalKey");
    }
  }

  private final StateWriter writer;

  public ArticleStateStore(StateWriter writer) {
    this.writer = writer;
  }

  /** Stores the fetch; returns once committed (in a group commit with other hosts' writes). */
  public Delivery fetched(FetchLog.Entry log, FetchedArticle page) throws SQLException, InterruptedException {
    return writer.write(c -> {
      FetchLog.record(c, log);
      FrontierStore.markFetched(c, page.url(), page.finalUrl(), page.etag(), page.lastModified(), page.contentHash());
      if (page.contentHash().equals(page.previousHash())) return Delivery.SAME_BYTES;
      return claim(c, page) ? Delivery.DELIVER : Delivery.DUPLICATE;
    });
  }

  /** Whether this URL owns the canonical key (claiming it when nobody does). */
  private static boolean claim(Connection c, FetchedArticle page) throws SQLException {
    String key = truncate(page.canonicalKey().toString());
    // Insert-if-absent first: the common case (a new article) costs one statement. All writes go
    // through one group-commit connection, and MERGE … WHEN NOT MATCHED is safe even if not.
    try (PreparedStatement ps = c.prepareStatement(
        "MERGE INTO crawl_canonical t USING (VALUES (CAST(? AS VARCHAR(4096)))) s(k) ON t.canonical_url = s.k "
            + "WHEN NOT MATCHED THEN INSERT (canonical_url, url, source_id, first_seen) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, key);
      ps.setString(3, page.url().toString());
      ps.setString(4, page.sourceId());
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      if (ps.executeUpdate() == 1) return true;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT url FROM crawl_canonical WHERE canonical_url = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1).equals(page.url().toString());
      }
    }
  }

  private static String truncate(String s) {
    return s.length() > 4096 ? s.substring(0, 4096) : s;
  }
}
