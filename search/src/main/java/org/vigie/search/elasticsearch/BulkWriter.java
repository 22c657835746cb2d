package org.vigie.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.search.IndexingException;

/**
 * Sends bulk requests and makes sure nothing is dropped. Items the cluster rejects for load (429
 * Too Many Requests, 503) and whole requests lost to a connection failure are retried with
 * exponential backoff and jitter; items rejected for any other reason, and items still failing
 * after the last attempt, are reported in one {@link IndexingException}. Retrying is safe because
 * every operation is an index or delete by article id.
 */
public final class BulkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  /** How many times an item is sent at most, and the first and longest waits between sends. */
  public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(10));

    public RetryPolicy {
      if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    }

    Duration backoff(int attempt) {
      long base = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(20, attempt - 1));
      // full jitter keeps many writers from retrying in step
      return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
  }

  private final ElasticsearchClient client;
  private final RetryPolicy policy;

  public BulkWriter(ElasticsearchClient client, RetryPolicy policy) {
    this.client = client;
    this.policy = policy;
  }

  /** The operation's article id, for failure reports. */
  private static String idOf(BulkOperation op) {
    if (op.isIndex()) return op.index().id();
    if (op.isDelete()) return op.delete().id();
    return "?";
  }

  /** @throws IndexingException listing every operation that did not succeed after retries */
  public void write(List<BulkOperation> operations) {
    List<BulkOperation> pending = operations;
    List<IndexingException.Failure> failures = new ArrayList<>();
    Exception lastError = null;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<BulkOperation> retry = new ArrayList<>();
      try {
        List<BulkOperation> batch = pending;
        BulkResponse resp = client.bulk(b -> b.operations(batch));
        List<BulkResponseItem> items = resp.items();
        for (int i = 0; i < items.size(); i++) {
          BulkResponseItem item = items.get(i);
          if (item.error() == null) continue;
          if (isRetryable(item.status())) {
            retry.add(batch.get(i));
          } else if (!(batch.get(i).isDelete() && item.status() == 404)) {
            failures.add(new IndexingException.Failure(item.id(), item.status() + " " + item.error().type() + ": " + item.error().reason()));
          }
        }
      } catch (ElasticsearchException e) {
        if (!isRetryable(e.status())) {
          pending.forEach(op -> failures.add(new IndexingException.Failure(idOf(op), e.status() + " " + e.getMessage())));
          break;
        }
        lastError = e;
        retry = pending;
      } catch (TransportException e) {
        // an HTTP error without an Elasticsearch body (a proxy's 429 or 502, a 401): retry only load
        if (e.statusCode() > 0 && !isRetryable(e.statusCode())) {
          pending.forEach(op -> failures.add(new IndexingException.Failure(idOf(op), e.statusCode() + " " + e.getMessage())));
          lastError = e;
          break;
        }
        lastError = e;
        retry = pending;
      } catch (IOException e) {
        // connection refused, reset or closed: the whole request is in doubt, send it again
        lastError = e;
        retry = pending;
      }
      if (retry.isEmpty()) break;
      if (attempt >= policy.maxAttempts()) {
        String reason = "still rejected after " + attempt + " attempts" + (lastError == null ? " (429/503)" : ": " + lastError);
        retry.forEach(op -> failures.add(new IndexingException.Failure(idOf(op), reason)));
        break;
      }
      Duration wait = policy.backoff(attempt);
      LOG.info("bulk: {} operation(s) to retry (attempt {}), waiting {} ms", retry.size(), attempt, wait.toMillis());
      sleep(wait);
      pending = retry;
    }
    if (!failures.isEmpty()) throw new IndexingException("bulk indexing failed", failures, lastError);
  }

  static boolean isRetryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }
}
