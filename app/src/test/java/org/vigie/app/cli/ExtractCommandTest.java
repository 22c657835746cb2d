package org.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.VigieJson;

/** {@code vigie extract} and {@code vigie eval extraction|metadata} through the real CLI. */
class ExtractCommandTest {
  private static final String PAGE =
      "<html lang=fr-CH><head><title>Le Conseil fédéral veut encadrer les hypertrucages</title></head><body>"
          + "<nav><a href=/>Accueil</a></nav><h1>Le Conseil fédéral veut encadrer les hypertrucages</h1>"
          + "<div class=date>9.1.2026 - 14:50</div><div class=text>"
          + "<p>Le Conseil fédéral a mis en consultation vendredi un projet visant à mieux protéger les victimes d'images intimes truquées.</p>"
          + "<p>Les plateformes devraient retirer rapidement les contenus signalés, selon le projet présenté à Berne.</p>"
          + "</div></body></html>";

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VigieCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path gzip(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void prints_one_article_json_for_a_gzipped_page() throws Exception {
    Path page = gzip("page.html.gz", PAGE);
    Run run = vigie("extract", page.toString(), "--url", "https://tribune.example.ch/suisse/hypertrucages");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = VigieJson.mapper().readTree(run.out());
    assertThat(a.path("url").asText()).isEqualTo("https://tribune.example.ch/suisse/hypertrucages");
    assertThat(a.path("title").asText()).isEqualTo("Le Conseil fédéral veut encadrer les hypertrucages");
    assertThat(a.path("publishedAt").asText()).isEqualTo("2026-01-09T14:50:00+01:00");
    assertThat(a.path("blocks").size()).isEqualTo(2);
    assertThat(a.path("status").asText()).isEqualTo("OK");
    assertThat(run.out()).doesNotContain("Accueil");
  }

  @Test
  void streams_one_line_per_manifest_entry_with_its_file_and_reports_a_missing_one() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("empty.html"), "");
    Files.writeString(dir.resolve("list.tsv"), "a.html\thttps://tribune.example.ch/a\nmissing.html\nempty.html\n");
    Run run = vigie("extract", "--manifest", dir.resolve("list.tsv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = VigieJson.mapper().readTree(lines[0]);
    assertThat(first.path("file").asText()).isEqualTo("a.html");
    assertThat(first.path("url").asText()).isEqualTo("https://tribune.example.ch/a");
    JsonNode second = VigieJson.mapper().readTree(lines[1]);
    assertThat(second.path("file").asText()).isEqualTo("empty.html");
    assertThat(second.path("status").asText()).isEqualTo("EMPTY_TEXT");
    assertThat(run.err()).contains("missing.html").contains("no such file");
  }

  @Test
  void refuses_a_call_without_file_or_manifest_in_one_line() {
    Run run = vigie("extract");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void eval_extraction_scores_a_dataset_and_fails_below_its_floor() throws Exception {
    Files.createDirectories(dir.resolve("aeb/html"));
    gzip("aeb/html/p1.html.gz", PAGE);
    Files.writeString(
        dir.resolve("aeb/ground-truth.json"),
        "{\"p1\": {\"url\": \"https://tribune.example.ch/a\", \"articleBody\": "
            + "\"Le Conseil fédéral a mis en consultation vendredi un projet visant à mieux protéger les victimes d'images intimes truquées.\\n\\n"
            + "Les plateformes devraient retirer rapidement les contenus signalés, selon le projet présenté à Berne.\"}}");
    Run pass = vigie("eval", "extraction", dir.resolve("aeb").toString(), "--min-f1", "0.99");
    assertThat(pass.exitCode()).as(pass.err()).isZero();
    assertThat(pass.out()).contains("F1=1.0000").contains("pages per CPU-second");
    Files.writeString(
        dir.resolve("aeb/ground-truth.json"),
        "{\"p1\": {\"url\": \"https://tribune.example.ch/a\", \"articleBody\": \"Entirely different words that the page does not hold at all.\"}}");
    Run fail = vigie("eval", "extraction", dir.resolve("aeb").toString(), "--min-f1", "0.5");
    assertThat(fail.exitCode()).isEqualTo(1);
    assertThat(fail.err()).contains("below the floor");
  }

  @Test
  void eval_on_a_missing_dataset_is_one_clear_line() {
    Run run = vigie("eval", "metadata", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere");
  }
}
