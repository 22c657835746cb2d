package org.vigie.crawler.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database under {@code <dataDir>/db}, its crawler schema migrated by Flyway
 * ({@code db/migration/crawler}, history in {@code CRAWLER.flyway_crawler_history}).
 *
 * <p>Every write is committed at once and H2 is told not to delay writes, so that killing the
 * process loses no discovered URL.
 */
public final class CrawlDatabase implements AutoCloseable {

  public static final String SCHEMA = "CRAWLER";

  private final JdbcConnectionPool pool;

  public CrawlDatabase(Path dataDir) {
    Path file = dataDir.resolve("db").resolve("vigie").toAbsolutePath();
    // QUERY_CACHE_SIZE: parsed statements kept per connection; the default 8 is fewer than the
    // statements one fetched page runs, and parsing showed in the profile.
    String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
    pool = JdbcConnectionPool.create(url, "vigie", "");
    pool.setMaxConnections(32);
    Flyway.configure()
        .dataSource(pool)
        .schemas(SCHEMA)
        .table("flyway_crawler_history")
        .locations("classpath:db/migration/crawler")
        .load()
        .migrate();
  }

  public DataSource dataSource() {
    return pool;
  }

  /** A connection whose default schema is the crawler's. */
  public Connection connection() throws SQLException {
    Connection c = pool.getConnection();
    c.setSchema(SCHEMA);
    return c;
  }

  /** Work done on one connection and committed once, or not at all. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: one commit (one write to the file) instead of one per
   * statement, and all-or-nothing when the process dies in the middle.
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
