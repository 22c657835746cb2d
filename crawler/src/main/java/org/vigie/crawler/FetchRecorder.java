package org.vigie.crawler;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.archive.WarcArchive;
import org.vigie.crawler.fetch.FetchRequest;
import org.vigie.crawler.fetch.FetchResult;
import org.vigie.crawler.state.FetchLog;
import org.vigie.crawler.state.StateWriter;

/**
 * Archives each usable response to WARC and logs every outcome, to the fetch log and, for
 * failures, as a WARN line naming the URL and the reason.
 */
final class FetchRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(FetchRecorder.class);

  private final WarcArchive archive;
  private final StateWriter writer;

  FetchRecorder(WarcArchive archive, StateWriter writer) {
    this.archive = archive;
    this.writer = writer;
  }

  /** Records the outcome; returns where the response was archived, or {@code null}. */
  WarcLocation record(FetchRequest request, FetchResult result) {
    WarcLocation warc = archive(result);
    FetchLog.Entry entry = entry(request, result, warc);
    try {
      writer.write(c -> {
        FetchLog.record(c, entry);
        return null;
      });
    } catch (SQLException e) {
      LOG.error("Cannot write the fetch log for {}: {}", request.url(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return warc;
  }

  /** Archives the response when it has one worth keeping (2xx, 304); where, or {@code null}. */
  WarcLocation archive(FetchResult result) {
    return switch (result) {
      case FetchResult.Fetched f -> archive(f.rawHttp());
      case FetchResult.NotModified n -> archive(n.rawHttp());
      default -> null;
    };
  }

  /** The fetch-log row of an outcome, logging failures as it goes; the caller writes it. */
  FetchLog.Entry entry(FetchRequest request, FetchResult result, WarcLocation warc) {
    String outcome;
    int status = 0;
    String errorKind = null;
    String detail = null;
    long bytes = 0;
    switch (result) {
      case FetchResult.Fetched f -> {
        outcome = "FETCHED";
        status = f.status();
        bytes = f.body().length;
      }
      case FetchResult.NotModified n -> {
        outcome = "NOT_MODIFIED";
        status = 304;
      }
      case FetchResult.Blocked b -> {
        outcome = "BLOCKED";
        errorKind = b.reason().name();
        detail = b.detail();
        LOG.info("Not fetching {} ({}): {}", request.url(), b.reason(), b.detail());
      }
      case FetchResult.Failed f -> {
        outcome = "FAILED";
        status = f.status();
        errorKind = f.kind().name();
        detail = f.reason();
        LOG.warn("Fetch failed for {} [{} {}]: {}", request.url(), request.kind(), f.kind(), f.reason());
      }
      case FetchResult.Redirected r -> {
        outcome = "FAILED";
        status = r.status();
        errorKind = "REDIRECTS";
        detail = "unfollowed redirect to " + r.location();
        LOG.warn("Fetch failed for {}: {}", request.url(), detail);
      }
    }
    return new FetchLog.Entry(Instant.now(), request.sourceId(), request.url().toString(),
        request.kind().name(), outcome, status, errorKind, detail, bytes, warc);
  }

  private WarcLocation archive(org.vigie.crawler.fetch.RawExchange raw) {
    if (raw == null) return null;
    try {
      return archive.archive(raw);
    } catch (IOException | RuntimeException e) {
      LOG.error("Cannot archive {} to WARC: {}", raw.uri(), e.getMessage());
      return null;
    }
  }
}
