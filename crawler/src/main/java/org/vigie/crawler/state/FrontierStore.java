package org.vigie.crawler.state;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vigie.crawler.discover.Discovered;
import org.vigie.crawler.fetch.PoliteFetcher;

/**
 * The persistent frontier and the set of seen URLs (table {@code crawl_url}). Each call commits,
 * so a discovered URL survives a kill the moment {@link #offer} returns.
 */
public final class FrontierStore {

  /** A URL that failed this many times is left alone until someone looks at the health report. */
  public static final int MAX_ATTEMPTS = 5;

  private final CrawlDatabase db;

  public FrontierStore(CrawlDatabase db) {
    this.db = db;
  }

  /**
   * Adds a discovered URL if it is new, or puts it back in the frontier if discovery says it
   * changed after our last fetch.
   *
   * @return whether the URL entered (or re-entered) the frontier
   */
  public boolean offer(String sourceId, Discovered d) throws SQLException {
    try (Connection c = db.connection()) {
      return offer(c, sourceId, d);
    }
  }

  /** Offers every URL of one discovery document on the caller's connection (one transaction). */
  public static int offerAll(Connection c, String sourceId, List<Discovered> found) throws SQLException {
    int entered = 0;
    for (Discovered d : found) if (offer(c, sourceId, d)) entered++;
    return entered;
  }

  static boolean offer(Connection c, String sourceId, Discovered d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT state, fetched_at, hint_modified FROM crawl_url WHERE url = ?")) {
      ps.setString(1, d.url().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) return requeueIfChanged(c, d, rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3));
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO crawl_url(url, host, source_id, state, discovered_at, hint_modified) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, d.url().toString());
      ps.setString(2, PoliteFetcher.hostKey(d.url()));
      ps.setString(3, sourceId);
      ps.setString(4, UrlState.PENDING.name());
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      ps.setTimestamp(6, d.modifiedHint() == null ? null : Timestamp.from(d.modifiedHint()));
      ps.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException raced) {
      return false; // another source offered the same URL at the same moment
    }
  }

  private static boolean requeueIfChanged(Connection c, Discovered d, String state, Timestamp fetchedAt, Timestamp hint)
      throws SQLException {
    if (!UrlState.FETCHED.name().equals(state) || d.modifiedHint() == null || fetchedAt == null) return false;
    Instant newHint = d.modifiedHint();
    if (!newHint.isAfter(fetchedAt.toInstant())) return false;
    if (hint != null && !newHint.isAfter(hint.toInstant())) return false;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE crawl_url SET state = ?, hint_modified = ? WHERE url = ? AND state = ?")) {
      ps.setString(1, UrlState.PENDING.name());
      ps.setTimestamp(2, Timestamp.from(newHint));
      ps.setString(3, d.url().toString());
      ps.setString(4, UrlState.FETCHED.name());
      return ps.executeUpdate() == 1;
    }
  }

  /** Hosts ({@code host:port}) with URLs to fetch for these sources. */
  public List<String> hostsWithWork(Collection<String> sourceIds) throws SQLException {
    List<String> hosts = new ArrayList<>();
    if (sourceIds.isEmpty()) return hosts;
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT DISTINCT host FROM crawl_url WHERE " + frontierClause(sourceIds.size()))) {
      bindFrontier(ps, sourceIds, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) hosts.add(rs.getString(1));
      }
    }
    return hosts;
  }

  /** The URLs to fetch on one host, oldest discovery first. */
  public List<FrontierEntry> work(String host, Collection<String> sourceIds) throws SQLException {
    List<FrontierEntry> out = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT url, source_id, etag, last_modified, content_hash, attempts FROM crawl_url WHERE host = ? AND "
                + frontierClause(sourceIds.size()) + " ORDER BY discovered_at, url")) {
      ps.setString(1, host);
      bindFrontier(ps, sourceIds, 2);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next())
          out.add(new FrontierEntry(URI.create(rs.getString(1)), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getInt(6)));
      }
    }
    return out;
  }

  public long countWork(Collection<String> sourceIds) throws SQLException {
    if (sourceIds.isEmpty()) return 0;
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM crawl_url WHERE " + frontierClause(sourceIds.size()))) {
      bindFrontier(ps, sourceIds, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public void markFetched(URI url, URI finalUrl, String etag, String lastModified, String contentHash)
      throws SQLException {
    try (Connection c = db.connection()) {
      markFetched(c, url, finalUrl, etag, lastModified, contentHash);
    }
  }

  /** {@link #markFetched(URI, URI, String, String, String)} inside the caller's transaction. */
  static void markFetched(Connection c, URI url, URI finalUrl, String etag, String lastModified, String contentHash)
      throws SQLException {
    update(c, url, "state = 'FETCHED', fetched_at = ?, final_url = ?, etag = ?, last_modified = ?, content_hash = ?, attempts = 0, last_error = NULL",
        Timestamp.from(Instant.now()), finalUrl.toString(), etag, lastModified, contentHash);
  }

  /** The state after a 304, a failure or a block, inside the caller's transaction. */
  public static void markNotModified(Connection c, URI url) throws SQLException {
    update(c, url, "state = 'FETCHED', fetched_at = ?, attempts = 0, last_error = NULL", Timestamp.from(Instant.now()));
  }

  public static void markFailed(Connection c, URI url, String reason) throws SQLException {
    update(c, url, "state = 'FAILED', attempts = attempts + 1, last_error = ?", truncate(reason));
  }

  public static void markBlocked(Connection c, URI url, String reason) throws SQLException {
    update(c, url, "state = 'BLOCKED', last_error = ?", truncate(reason));
  }

  public void markNotModified(URI url) throws SQLException {
    update(url, "state = 'FETCHED', fetched_at = ?, attempts = 0, last_error = NULL", Timestamp.from(Instant.now()));
  }

  public void markFailed(URI url, String reason) throws SQLException {
    update(url, "state = 'FAILED', attempts = attempts + 1, last_error = ?", truncate(reason));
  }

  public void markBlocked(URI url, String reason) throws SQLException {
    update(url, "state = 'BLOCKED', last_error = ?", truncate(reason));
  }

  /** Whether a URL (e.g. a page's canonical URL) was already fetched and stored. */
  public boolean isFetched(URI url) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM crawl_url WHERE url = ? AND state = 'FETCHED'")) {
      ps.setString(1, url.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The state of a URL, or {@code null} when never seen. */
  public UrlState state(URI url) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT state FROM crawl_url WHERE url = ?")) {
      ps.setString(1, url.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? UrlState.valueOf(rs.getString(1)) : null;
      }
    }
  }

  private void update(URI url, String set, Object... values) throws SQLException {
    try (Connection c = db.connection()) {
      update(c, url, set, values);
    }
  }

  private static void update(Connection c, URI url, String set, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE crawl_url SET " + set + " WHERE url = ?")) {
      int i = 1;
      for (Object v : values) ps.setObject(i++, v);
      ps.setString(i, url.toString());
      ps.executeUpdate();
    }
  }

  private static String frontierClause(int sources) {
    // PENDING rows always have attempts < MAX_ATTEMPTS (markFetched resets them; only FAILED rows
    // count up), so this equals "PENDING, or FAILED with attempts left", and, unlike the OR form,
    // lets H2 use the (state, host) index instead of scanning every URL ever seen.
    return "state IN ('PENDING', 'FAILED') AND attempts < " + MAX_ATTEMPTS + " AND source_id IN ("
        + String.join(",", java.util.Collections.nCopies(sources, "?")) + ")";
  }

  private static void bindFrontier(PreparedStatement ps, Collection<String> sourceIds, int from) throws SQLException {
    int i = from;
    for (String s : sourceIds) ps.setString(i++, s);
  }

  static String truncate(String s) {
    if (s == null) return null;
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }
}
