package org.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.core.Source;
import org.vigie.core.config.VigieConfig;
import org.vigie.crawler.health.Coverage;
import org.vigie.crawler.health.CrawlHealth;
import org.vigie.crawler.health.HealthRules;
import org.vigie.crawler.health.SourceHealth;
import org.vigie.crawler.source.SourcesException;
import org.vigie.crawler.source.SourcesLoader;
import org.vigie.crawler.state.CrawlDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie sources health [FILE]}: per source, the last success, errors by kind, articles per
 * day and whether the last 24 hours fell far below the source's norm (a hole in coverage).
 * Exits 1 when a source has a hole, so a cron job can alert.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Crawl health per source: last success, errors by kind, articles per day, coverage holes.")
public final class SourcesHealthCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "sources.yml, to list sources never crawled too (default: ./sources.yml when present).")
  Path file;

  @Option(names = "--days", paramLabel = "N", defaultValue = "14",
      description = "The window in days; the last 24 hours are judged against the median of the others (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--json", description = "One JSON document instead of the table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (days < 2) {
      err.println("sources health: --days must be at least 2");
      return 2;
    }
    List<String> configured;
    try {
      configured = configuredIds();
    } catch (SourcesException e) {
      err.println("sources health: " + e.problems().size() + " problem(s) in the sources file; run `vigie sources check`");
      return 2;
    } catch (IOException e) {
      err.println("sources health: cannot read the sources file: " + e.getMessage());
      return 2;
    }
    VigieConfig settings = common.settings();
    if (!Files.isDirectory(settings.dataDir().resolve("db"))) {
      err.println("sources health: no crawl state in " + settings.dataDir() + " (crawl first, or pass --data-dir)");
      return 2;
    }
    List<SourceHealth> report;
    try (CrawlDatabase db = new CrawlDatabase(settings.dataDir())) {
      report = new CrawlHealth(db, Clock.systemUTC()).report(configured, HealthRules.defaults().withDays(days));
    } catch (SQLException | RuntimeException e) {
      return CliErrors.report(spec, common, e);
    }
    if (json) out.println(json(report));
    else table(out, report);
    out.flush();
    return report.stream().anyMatch(h -> h.coverage() instanceof Coverage.Hole) ? 1 : 0;
  }

  private List<String> configuredIds() throws IOException, SourcesException {
    Path path = file != null ? file : Path.of("sources.yml");
    if (file == null && !Files.isRegularFile(path)) return List.of();
    if (!Files.isRegularFile(path)) throw new IOException("no such file: " + path);
    return new SourcesLoader().load(path).stream().map(Source::id).toList();
  }

  private static void table(PrintWriter out, List<SourceHealth> report) {
    out.printf("%-24s %-20s %7s %7s %7s  %-8s %s%n", "SOURCE", "LAST SUCCESS (UTC)", "24H", "NORM", "ERRORS", "COVERAGE",
        "ERRORS BY KIND");
    for (SourceHealth h : report) {
      String norm;
      String coverage;
      switch (h.coverage()) {
        case Coverage.Normal n -> {
          norm = String.format(Locale.ROOT, "%.1f", n.norm());
          coverage = "ok";
        }
        case Coverage.Hole hole -> {
          norm = String.format(Locale.ROOT, "%.1f", hole.norm());
          coverage = "HOLE";
        }
        case Coverage.Unknown u -> {
          norm = "-";
          coverage = "?";
        }
      }
      String kinds = h.errorsByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
      out.printf(Locale.ROOT, "%-24s %-20s %7d %7s %7d  %-8s %s%n", h.sourceId(), when(h.lastSuccess()),
          h.articlesPerDay().get(0), norm, h.errors(), coverage, kinds);
    }
    long holes = report.stream().filter(h -> h.coverage() instanceof Coverage.Hole).count();
    out.printf("%d source(s), %d with a coverage hole in the last 24 hours%n", report.size(), holes);
  }

  private static String when(Instant t) {
    return t == null ? "never" : t.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
  }

  static String json(List<SourceHealth> report) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode sources = mapper.createArrayNode();
    for (SourceHealth h : report) {
      ObjectNode s = sources.addObject();
      s.put("source", h.sourceId());
      s.put("lastSuccess", h.lastSuccess() == null ? null : h.lastSuccess().toString());
      s.put("lastAttempt", h.lastAttempt() == null ? null : h.lastAttempt().toString());
      ObjectNode errors = s.putObject("errorsByKind");
      h.errorsByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> errors.put(e.getKey(), e.getValue()));
      ArrayNode perDay = s.putArray("articlesPerDay");
      h.articlesPerDay().forEach(perDay::add);
      ObjectNode coverage = s.putObject("coverage");
      switch (h.coverage()) {
        case Coverage.Normal n -> coverage.put("status", "normal").put("norm", n.norm()).put("lastDay", n.lastDay());
        case Coverage.Hole hole -> coverage.put("status", "hole").put("norm", hole.norm()).put("lastDay", hole.lastDay());
        case Coverage.Unknown u -> coverage.put("status", "unknown").put("why", u.why());
      }
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("articlesPerDay", "distinct article pages fetched per 24-hour period, the last 24 hours first");
    root.set("sources", sources);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
