package org.vigie.nlp;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds a published OpenNLP model on the classpath. The {@code opennlp-models-*} artifacts put
 * the {@code .bin} at the root of their jar, so a plain resource lookup finds it without
 * unpacking or downloading anything.
 */
public final class ModelResources {
  private ModelResources() {}

  /** Opens the named model; the caller closes the stream. */
  public static InputStream open(String name) throws IOException {
    InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "model " + name + " is not on the classpath; is its opennlp-models-* artifact a dependency?");
    }
    return in;
  }
}
