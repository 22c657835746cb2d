package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFilesTest {
  @Test
  void decodes_by_the_meta_charset_of_the_page() {
    byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body>Été</body></html>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlFiles.decode(latin1)).contains("Été");
    byte[] httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>l’État</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(HtmlFiles.decode(httpEquiv)).contains("l’État");
  }

  @Test
  void ignores_a_charset_that_is_not_in_a_meta_tag_and_defaults_to_utf8() {
    byte[] utf8 = "<script>var u='x?charset=latin1'</script><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlFiles.decode(utf8)).contains("Zürich");
  }

  @Test
  void reads_gzip_files_and_honours_the_byte_order_mark(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write("<p>Genève</p>".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(HtmlFiles.read(gz, 1 << 20)).isEqualTo("<p>Genève</p>");
  }
}
