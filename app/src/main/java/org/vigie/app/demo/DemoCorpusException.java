package org.vigie.app.demo;

/** The demo corpus is malformed; the message names the resource and the field at fault. */
public final class DemoCorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DemoCorpusException(String message) {
    super(message);
  }

  public DemoCorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
