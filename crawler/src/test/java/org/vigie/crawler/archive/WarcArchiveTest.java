package org.vigie.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.fetch.RawExchange;

/** The archive's own gzip members (pooled deflaters) read back as standard WARC.gz. */
class WarcArchiveTest {
  @TempDir Path dir;

  private static RawExchange exchange(int i) {
    byte[] body = ("<html><body>page " + i + " " + "é".repeat(i * 100) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    return new RawExchange("GET", URI.create("https://o.example/a/" + i), Map.of("User-Agent", List.of("T/1")), 200,
        Map.of("Content-Type", List.of("text/html; charset=utf-8")), body, null, Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void every_record_is_a_gzip_member_that_jwarc_and_gzip_read_in_order() throws Exception {
    List<WarcLocation> at = new ArrayList<>();
    try (WarcArchive archive = new WarcArchive(dir)) {
      for (int i = 0; i < 5; i++) at.add(archive.archive(exchange(i)));
    }
    Path file = dir.resolve(at.get(0).file());
    List<String> seen = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse resp) {
          seen.add("response " + resp.target() + " " + new String(resp.http().body().stream().readAllBytes(), StandardCharsets.UTF_8).length());
        } else if (r instanceof WarcRequest req) {
          seen.add("request " + req.target());
        }
      }
    }
    assertThat(seen).hasSize(10);
    assertThat(seen.get(0)).startsWith("response https://o.example/a/0");
    assertThat(seen.get(9)).isEqualTo("request https://o.example/a/4");
    try (WarcReader reader = new WarcReader(file)) {
      reader.position(at.get(3).offset());
      assertThat(((WarcResponse) reader.next().orElseThrow()).target()).isEqualTo("https://o.example/a/3");
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(all.split("WARC/1\\.", -1)).hasSize(11);
    }
  }
}
