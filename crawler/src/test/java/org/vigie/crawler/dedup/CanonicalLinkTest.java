package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalLinkTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
      <link rel="canonical" href="https://www.outlet.example/a/1?utm_source=x#top">  | https://www.outlet.example/a/1
      <LINK REL='Canonical' HREF='/a/2'>                                             | http://127.0.0.1:8080/a/2
      <link href=https://other.example/x rel=canonical>                              | https://other.example/x
      <link rel="alternate canonical" href="https://o.example/y">                    | https://o.example/y
      <link rel="amphtml" href="https://o.example/amp">                              | NONE
      <link rel="canonical" href="https://o.example/">                               | NONE
      <link rel="canonical" href="javascript:alert(1)">                              | NONE
      <link rel="canonical" href="https://o.example/q?id=1&amp;p=2">                 | https://o.example/q?id=1&p=2
      </head><link rel="canonical" href="https://o.example/late">                    | NONE
      """)
  void reads_the_canonical_link_of_the_head(String head, String expected) {
    URI page = URI.create("http://127.0.0.1:8080/news/article.html");
    byte[] html = ("<html><head><title>t</title>" + head + "</head><body>x</body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalLink.find(html, StandardCharsets.UTF_8, page).map(URI::toString).orElse(null))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1:8080/news/a.html?utm_medium=rss, http://127.0.0.1:8080/news/a.html"})
  void a_page_without_canonical_is_keyed_by_its_own_normalised_url(String page, String key) {
    byte[] html = "<html><head></head><body></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalLink.key(html, StandardCharsets.UTF_8, URI.create(page))).isEqualTo(URI.create(key));
  }
}
