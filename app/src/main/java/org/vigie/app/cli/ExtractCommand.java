package org.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
        pageUrl = url == null ? file.toAbsolutePath().toUri() : Manifest.parseUrl(url);
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
        err.println("extract: cannot read " + file + ": " + Manifest.reason(e));
        return 1;
      }
    }
    return Manifest.stream(
        "extract", manifest, (page, uri) -> extractor.extract(HtmlFiles.read(page, MAX_FILE_BYTES), uri, Instant.now()), json, out, err);
  }
}
