package org.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.app.VigieVersion;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;
import org.vigie.core.json.VigieJson;
import org.vigie.crawler.extract.HtmlFiles;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie annotate}: one article (an HTML page, extracted first, or plain text taken as the
 * body) to its AnnotatedArticle JSON ({@code docs/schema.md}); with {@code --manifest}, many to
 * JSON lines in one JVM, the models loaded once, each line carrying the {@code "file"} it came
 * from. The extractor (crawler) and the annotator (nlp) meet here, since neither imports the other.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = "Annotates one article (HTML or text) and prints its AnnotatedArticle JSON.")
public final class AnnotateCommand implements Callable<Integer> {
  private static final int MAX_FILE_BYTES = 64 << 20;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "An HTML file (optionally .gz) or a .txt file.")
  Path file;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the page came from (default: the file's URI).")
  String url;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Skip language detection.")
  String lang;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The outlet's country (ISO 3166-1 alpha-2, or EU): whose \"Ministry of Justice\" a shared name is.")
  String country;

  @Option(
      names = "--manifest",
      paramLabel = "LIST.tsv",
      description = "Lines path<TAB>url (url optional); prints one JSON object per line with a \"file\" field.")
  Path manifest;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if ((file == null) == (manifest == null)) {
      err.println("annotate: give either FILE or --manifest LIST.tsv");
      return 2;
    }
    if (lang != null && !lang.matches("[a-z]{2}")) {
      err.println("annotate: --lang takes an ISO 639-1 code such as fr or en, not '" + lang + "'");
      return 2;
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      err.println("annotate: --country takes an ISO 3166-1 alpha-2 code such as GB or FR (or EU), not '" + country + "'");
      return 2;
    }
    NlpPipeline pipeline;
    try {
      pipeline = NlpResources.loadDefault().pipeline(VigieVersion.current().full(), Clock.systemUTC());
    } catch (RuntimeException e) {
      err.println("annotate: cannot load the NLP models: " + e.getMessage());
      return 1;
    }
    JsoupArticleExtractor extractor = new JsoupArticleExtractor();
    ObjectMapper json = VigieJson.mapper();
    PrintWriter out = spec.commandLine().getOut();
    if (file != null) {
      try {
        URI uri = url == null ? file.toAbsolutePath().toUri() : Manifest.parseUrl(url);
        AnnotatedArticle a = pipeline.annotate(read(extractor, file, uri), lang, country);
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        out.flush();
        return 0;
      } catch (IllegalArgumentException e) {
        err.println("annotate: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("annotate: cannot read " + file + ": " + Manifest.reason(e));
        return 1;
      }
    }
    return Manifest.stream(
        "annotate", manifest, (page, uri) -> pipeline.annotate(read(extractor, page, uri), lang, country), json, out, err);
  }

  /** HTML goes through the extractor; a .txt file is the body, paragraphs split at blank lines. */
  static Article read(JsoupArticleExtractor extractor, Path path, URI uri) throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      List<TextBlock> blocks = new ArrayList<>();
      for (String para : text.split("\\R\\s*\\R")) {
        if (!para.isBlank()) blocks.add(TextBlock.paragraph(para.strip().replaceAll("\\s*\\R\\s*", " ")));
      }
      return new Article(null, uri, null, null, "", null, List.of(), null, null, null, null, blocks, Instant.now(), null, null);
    }
    return extractor.extract(HtmlFiles.read(path, MAX_FILE_BYTES), uri, Instant.now());
  }
}
