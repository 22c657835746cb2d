package org.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.VigieJson;

/** {@code vigie annotate} on a text file, on an HTML page, and over a manifest in one JVM. */
class AnnotateCommandTest {
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VigieCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> ids(JsonNode annotated) {
    List<String> ids = new ArrayList<>();
    annotated.path("entities").forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }

  @Test
  void annotates_text_as_the_article_body_and_prints_the_annotated_article_json() throws Exception {
    Path txt = dir.resolve("ofcom.txt");
    Files.writeString(
        txt,
        "Ofcom a ouvert jeudi une enquête sur X (ex-Twitter) au titre de l’Online Safety Act.\n\n"
            + "La Commission européenne a ordonné à X de conserver ses documents relatifs à Grok.\n");
    Run run = vigie("annotate", txt.toString(), "--url", "https://example.fr/ofcom");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = VigieJson.mapper().readTree(run.out());
    assertThat(json.path("language").asText()).isEqualTo("fr");
    assertThat(json.path("article").path("url").asText()).isEqualTo("https://example.fr/ofcom");
    assertThat(ids(json)).contains("regulator/ofcom", "platform/x", "government/european-commission", "ai/grok");
    assertThat(json.path("stances").size()).isZero();
    assertThat(json.path("provenance").path("models").path("kb").asText()).contains("sha256:");
  }

  @Test
  void extracts_html_first_and_streams_one_json_line_per_manifest_entry() throws Exception {
    Files.writeString(
        dir.resolve("page.html"),
        "<html lang=en><head><title>Ofcom opens investigation into X</title></head><body><article>"
            + "<h1>Ofcom opens investigation into X</h1><p>The UK regulator Ofcom said on Monday it had opened an "
            + "investigation into X, formerly Twitter, after Grok was used to create sexualised images.</p>"
            + "<p>The European Commission has separately ordered X to preserve its documents.</p></article></body></html>");
    Files.writeString(dir.resolve("list.tsv"), "page.html\thttps://example.co.uk/ofcom\nmissing.html\n");
    Run run = vigie("annotate", "--manifest", dir.resolve("list.tsv").toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(1); // one entry failed
    assertThat(run.err()).contains("missing.html").doesNotContain("Exception");
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode line = VigieJson.mapper().readTree(lines[0]);
    assertThat(line.path("file").asText()).isEqualTo("page.html");
    assertThat(line.path("language").asText()).isEqualTo("en");
    assertThat(ids(line)).contains("regulator/ofcom", "platform/x", "ai/grok");
  }

  @Test
  void refuses_a_malformed_language_with_one_line_on_stderr() {
    Run run = vigie("annotate", "whatever.txt", "--lang", "french");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("annotate:").doesNotContain("\n");
  }
}
