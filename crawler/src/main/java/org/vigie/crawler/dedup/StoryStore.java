package org.vigie.crawler.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Story membership and MinHash signatures in the crawler's database (tables {@code story_member}
 * and {@code story_band}, migration V3). Plain JDBC; the caller decides what runs in one
 * transaction.
 */
final class StoryStore {
  /** More candidates than this for one article means a degenerate bucket (boilerplate); the rest are ignored. */
  static final int MAX_CANDIDATES = 2_000;

  private static final String CANDIDATES;

  static {
    StringJoiner in = new StringJoiner(",", "(", ")");
    for (int i = 0; i < MinHashSignature.BANDS; i++) in.add("?");
    CANDIDATES =
        "SELECT m.article_id, m.story_id, m.signature FROM story_member m WHERE m.scheme = ? AND m.article_id IN "
            + "(SELECT DISTINCT b.article_id FROM story_band b WHERE b.band_key IN " + in + ") LIMIT " + MAX_CANDIDATES;
  }

  /** A stored article that shares a band with the one being grouped. */
  record Candidate(String articleId, String storyId, MinHashSignature signature) {}

  private final CrawlDatabase db;

  StoryStore(CrawlDatabase db) {
    this.db = db;
  }

  CrawlDatabase database() {
    return db;
  }

  Optional<String> storyOf(Connection c, String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_member WHERE article_id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  List<Candidate> candidates(Connection c, long[] bandKeys) throws SQLException {
    List<Candidate> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
      ps.setString(1, MinHashSignature.SCHEME);
      for (int i = 0; i < bandKeys.length; i++) ps.setLong(i + 2, bandKeys[i]);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Candidate(rs.getString(1), rs.getString(2), MinHashSignature.fromBytes(rs.getBytes(3))));
        }
      }
    }
    return out;
  }

  /**
   * Records a member. A text without words is stored without signature or bands: it keeps its
   * story id on a re-crawl and is nobody's candidate.
   */
  void insert(Connection c, String articleId, String storyId, String language, Optional<MinHashSignature> signature,
      long[] bandKeys, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO story_member(article_id, story_id, language, scheme, signature, grouped_at) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, articleId);
      ps.setString(2, storyId);
      ps.setString(3, language);
      ps.setString(4, MinHashSignature.SCHEME);
      ps.setBytes(5, signature.map(MinHashSignature::toBytes).orElse(new byte[0]));
      ps.setTimestamp(6, Timestamp.from(now));
      ps.executeUpdate();
    }
    if (signature.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_band(band_key, article_id) VALUES (?, ?)")) {
      for (long key : bandKeys) {
        ps.setLong(1, key);
        ps.setString(2, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
