package org.vigie.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up, and drops the connection, as soon as it grows past its
 * limit, so an endless or oversized body never sits in memory.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {

  /** The body passed its limit; the exchange was cancelled. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(String message) {
      super(message);
    }
  }

  private final long limit;
  private final boolean truncate;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBodySubscriber(long limit) {
    this(limit, false);
  }

  /**
   * @param truncate keep the first {@code limit} bytes and stop, instead of failing: robots.txt is
   *     read up to a limit and the rest ignored, as Google does
   */
  LimitedBodySubscriber(long limit, boolean truncate) {
    this.limit = limit;
    this.truncate = truncate;
  }

  /** A subscriber that reads nothing: for bodies we will not use (errors, refused types). */
  static BodySubscriber<byte[]> discarding() {
    return cancelling(CompletableFuture.completedFuture(new byte[0]));
  }

  static BodySubscriber<byte[]> failing(IOException e) {
    return cancelling(CompletableFuture.failedFuture(e));
  }

  /** Cancels the body at once and answers with {@code result}. */
  private static BodySubscriber<byte[]> cancelling(CompletableFuture<byte[]> result) {
    return new BodySubscriber<>() {
      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.cancel();
      }

      @Override
      public void onNext(List<ByteBuffer> item) {}

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onComplete() {}
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) return;
    for (ByteBuffer b : buffers) {
      if (out.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        if (truncate) {
          byte[] head = new byte[(int) (limit - out.size())];
          b.get(head);
          out.writeBytes(head);
          result.complete(out.toByteArray());
          return;
        }
        result.completeExceptionally(
            new BodyTooLargeException("body exceeds " + limit + " bytes"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
