package org.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.vigie.core.Article;
import org.vigie.core.json.VigieJson;
import org.vigie.crawler.extract.HtmlFiles;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie extract}: one saved page to one Article JSON ({@code docs/schema.md}), or, with
 * {@code --manifest}, many pages to JSON lines in one JVM, each line carrying the {@code "file"} it
 * came from. A page that cannot be read is reported on stderr and the others still go out.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts one article from an HTML file (optionally .gz) and prints its JSON.")
public final class ExtractCommand implements Callable<Integer> {
  /** Bytes read from one file at most: a page bigger than this is not an article page. */
  private static final int MAX_FILE_BYTES = 64 << 20;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "An HTML file, optionally gzip-compressed.")
  Path file;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the page came from (default: the file's URI).")
  String url;

  @Option(
      names = "--manifest",
      paramLabel = "LIST.tsv",
      description = "Lines path<TAB>url (url optional); prints one JSON object per line with a \"file\" field.")
  Path manifest;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if ((file == null) == (manifest == null)) {
      err.println("extract: give either FILE or --manifest LIST.tsv");
      return 2;
    }
    JsoupArticleExtractor extractor = new JsoupArticleExtractor();
    ObjectMapper json = VigieJson.mapper();
    PrintWriter out = spec.commandLine().getOut();
    if (file != null) {
      URI pageUrl;
      try {
        pageUrl = url == null ? file.toAbsolutePath().toUri() : parseUrl(url);
      } catch (IllegalArgumentException e) {
        err.println("extract: not a URL: " + url);
        return 2;
      }
      try {
        Article a = extractor.extract(HtmlFiles.read(file, MAX_FILE_BYTES), pageUrl, Instant.now());
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        out.flush();
        return 0;
      } catch (IOException e) {
        err.println("extract: cannot read " + file + ": " + reason(e));
        return 1;
      }
    }
    return manifest(extractor, json, out, err);
  }

  private int manifest(JsoupArticleExtractor extractor, ObjectMapper json, PrintWriter out, PrintWriter err) {
    int failures = 0;
    Path base = manifest.toAbsolutePath().getParent();
    try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String path = (tab < 0 ? line : line.substring(0, tab)).strip();
        String pageUrl = tab < 0 ? "" : line.substring(tab + 1).strip();
        Path page = base.resolve(path);
        try {
          URI uri = pageUrl.isEmpty() ? page.toUri() : parseUrl(pageUrl);
          Article a = extractor.extract(HtmlFiles.read(page, MAX_FILE_BYTES), uri, Instant.now());
          ObjectNode node = json.createObjectNode();
          node.put("file", path);
          node.setAll((ObjectNode) json.valueToTree(a));
          out.println(json.writeValueAsString(node));
          out.flush();
        } catch (IOException | IllegalArgumentException e) {
          failures++;
          err.println("extract: " + manifest + ":" + number + ": " + path + ": " + reason(e));
        }
      }
    } catch (IOException e) {
      err.println("extract: cannot read manifest " + manifest + ": " + reason(e));
      return 2;
    }
    return failures == 0 ? 0 : 1;
  }

  private static URI parseUrl(String s) {
    URI u = URI.create(s.strip());
    if (u.getScheme() == null || u.getHost() == null && !"file".equals(u.getScheme())) {
      throw new IllegalArgumentException("not an absolute URL: " + s);
    }
    return u;
  }

  private static String reason(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
  }
}
