package org.vigie.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.config.VigieConfig;

class ConfigLoaderTest {

  @Test
  void defaults_come_from_vigie_default_yml() {
    VigieConfig config = new ConfigLoader(Map.of()).load(null, null);

    assertThat(config.dataDir()).isEqualTo(Path.of("./vigie-data"));
    assertThat(config.crawler().minDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.crawler().maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.crawler().allowPrivateNetworks()).isFalse();
    assertThat(config.search().backend()).isEqualTo("lucene");
    assertThat(config.http().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void user_file_overrides_defaults_and_environment_overrides_both() throws URISyntaxException {
    Map<String, String> env = Map.of("VIGIE_SEARCH_INDEX_NAME", "news-v2", "VIGIE_CRAWLER_MIN_DELAY", "PT5S");

    VigieConfig config = new ConfigLoader(env).load(resource("slower-crawl-on-elasticsearch.yml"), null);

    assertThat(config.search().backend()).isEqualTo("elasticsearch");
    assertThat(config.search().elasticsearchUrl()).isEqualTo(URI.create("http://127.0.0.1:9200"));
    assertThat(config.search().indexName()).isEqualTo("news-v2");
    assertThat(config.crawler().minDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.crawler().maxRedirects()).isEqualTo(5);
  }

  @Test
  void data_dir_option_wins_over_everything() {
    VigieConfig config =
        new ConfigLoader(Map.of("VIGIE_DATA_DIR", "/from/env")).load(null, Path.of("/from/option"));

    assertThat(config.dataDir()).isEqualTo(Path.of("/from/option"));
  }

  @Test
  void a_misspelt_setting_is_an_error_naming_it() throws URISyntaxException {
    Path file = resource("typo-in-crawler-section.yml");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, null))
        .isInstanceOf(ConfigLoader.ConfigException.class)
        .hasMessage("unknown setting: crawler.minDelya");
  }

  @Test
  void a_missing_settings_file_is_an_error_naming_it() {
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Path.of("no-such.yml"), null))
        .hasMessageContaining("settings file not found: no-such.yml");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
  }
}
