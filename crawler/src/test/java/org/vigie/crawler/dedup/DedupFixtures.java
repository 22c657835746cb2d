package org.vigie.crawler.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;

/** Articles built from the fixtures under {@code dedup/}: first line the title, then paragraphs. */
final class DedupFixtures {
  private DedupFixtures() {}

  /** @param name e.g. {@code fr/afp-dispatch}; the outlet part of the URL makes the id unique */
  static Article article(String name, String outlet) {
    String text = read("dedup/" + name + ".txt");
    String[] parts = text.strip().split("\\R\\s*\\R");
    List<TextBlock> blocks = Arrays.stream(parts).skip(1).map(String::strip).map(TextBlock::paragraph).toList();
    return article(URI.create("https://" + outlet + ".example/" + name), parts[0].strip(), blocks, name.substring(0, 2));
  }

  static Article article(URI url, String title, List<TextBlock> blocks, String lang) {
    return new Article(null, url, null, url.getHost(), title, null, List.of(), null, null, null, lang, blocks,
        Instant.parse("2026-01-09T12:00:00Z"), null, null);
  }

  static String read(String resource) {
    try (InputStream in = DedupFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
