package org.vigie.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.core.Source;

class SourcesLoaderTest {

  private final SourcesLoader loader = new SourcesLoader();

  private List<Source> load(String yaml) throws Exception {
    return loader.load(new StringReader(yaml), "test.yml");
  }

  @Test
  void the_shipped_sources_file_is_valid_and_covers_every_region_in_both_languages() throws Exception {
    List<Source> sources = loader.load(Path.of("../sources.yml"));
    assertThat(sources).hasSizeGreaterThanOrEqualTo(30);
    Set<String> countries = sources.stream().map(Source::country).collect(Collectors.toSet());
    assertThat(countries).contains("FR", "CH", "BE", "CA", "GB", "IE", "US", "EU");
    Set<String> languages = sources.stream().flatMap(s -> s.languages().stream()).collect(Collectors.toSet());
    assertThat(languages).contains("fr", "en");
    assertThat(sources).allSatisfy(s -> assertThat(s.allowPrivateNetwork()).isFalse());
  }

  @Test
  void reads_every_field_into_the_source_record() throws Exception {
    Source s = load("""
        sources:
          - id: quotidien
            name: Le Quotidien
            languages: [fr, en]
            country: FR
            feeds: [https://example.org/feed.xml]
            sitemaps: [https://example.org/news.xml.gz]
            sections:
              - url: https://example.org/tech/
                pattern: "/tech/\\\\d+"
            poll: 20m
            politeness: {min-delay: 3s, max-connections: 1, user-agent: "Custom/1.0"}
        """).get(0);
    assertThat(s.id()).isEqualTo("quotidien");
    assertThat(s.languages()).containsExactly("fr", "en");
    assertThat(s.feeds()).hasSize(1);
    assertThat(s.sitemaps().get(0).toString()).endsWith("news.xml.gz");
    assertThat(s.sectionPages().get(0).linkPattern()).isEqualTo("/tech/\\d+");
    assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(20));
    assertThat(s.politeness().minDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.politeness().maxConnections()).isEqualTo(1);
    assertThat(s.politeness().userAgent()).isEqualTo("Custom/1.0");
  }

  @Test
  void reports_every_bad_entry_with_its_line_number() {
    String yaml = """
        sources:
          - id: good
            languages: [fr]
            country: FR
            feeds: [https://example.org/feed]
          - id: Bad Id
            languages: [french]
            country: France
            feeds: [ftp://example.org/feed]
          - id: good
            languages: [en]
            country: GB
            feeds: [https://example.org/other]
            pol: 15m
          - id: nothing-to-read
            languages: [en]
            country: US
            sections:
              - url: https://example.org/
                pattern: "(unclosed"
        """;
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOfSatisfying(SourcesException.class, e -> {
          List<String> problems = e.problems().stream().map(SourceProblem::toString).toList();
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 6").contains("lower-case"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 6").contains("'french'"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 6").contains("country 'France'"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 6").contains("ftp://"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 10").contains("unknown key 'pol'"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 10").contains("duplicate id 'good'"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("line 15").contains("(unclosed"));
        });
  }

  @Test
  void reports_broken_yaml_with_its_line() {
    assertThatThrownBy(() -> load("sources:\n  - id: x\n    feeds: [unterminated\n"))
        .isInstanceOfSatisfying(SourcesException.class,
            e -> assertThat(e.problems().get(0).message()).startsWith("not valid YAML"));
  }
}
