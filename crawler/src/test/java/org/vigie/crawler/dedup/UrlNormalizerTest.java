package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      HTTPS://WWW.LeMonde.FR/pixels/article/x.html                      | https://www.lemonde.fr/pixels/article/x.html
      https://www.lemonde.fr:443/a                                      | https://www.lemonde.fr/a
      http://example.org:80/a                                           | http://example.org/a
      http://example.org:8080/a                                         | http://example.org:8080/a
      https://example.org                                               | https://example.org/
      https://example.org/a#comments                                    | https://example.org/a
      https://example.org/a?utm_source=rss&utm_medium=feed              | https://example.org/a
      https://example.org/a?id=42&utm_campaign=x&page=2                 | https://example.org/a?id=42&page=2
      https://example.org/a?fbclid=abc                                  | https://example.org/a
      https://example.org/a?gclid=abc&xtor=RSS-3                        | https://example.org/a
      https://example.org/a?at_medium=custom7&at_campaign=twitter       | https://example.org/a
      https://example.org/a?Path=CaseKept                               | https://example.org/a?Path=CaseKept
      https://example.org/Path/Case                                     | https://example.org/Path/Case
      https://example.org./a                                            | https://example.org/a
      https://example.org/a b                                           | https://example.org/a%20b
      """)
  void normalises(String raw, String expected) {
    assertThat(UrlNormalizer.normalize(raw)).contains(URI.create(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailto:a@example.org", "javascript:alert(1)", "ftp://example.org/x", "/relative/only", "", "http://"})
  void refuses_what_is_not_an_absolute_web_url(String raw) {
    assertThat(UrlNormalizer.normalize(raw)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void resolves_relative_links_against_their_page() {
    assertThat(UrlNormalizer.normalize(URI.create("https://example.org/tech/"), "../news/a.html?utm_source=x"))
        .contains(URI.create("https://example.org/news/a.html"));
  }
}
