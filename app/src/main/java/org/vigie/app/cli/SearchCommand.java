package org.vigie.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.app.Components;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie search}: Searches the index. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches the index.")
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SearchFilterOptions filters;

  @Parameters(paramLabel = "QUERY", description = "Free text; entity names match across languages.")
  String query;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The cursor printed after the previous page.")
  String after;

  @Option(names = "--newest", description = "Newest first instead of most relevant first.")
  boolean newest;

  @Option(names = "--stories", description = "Collapse the articles of one story into one hit.")
  boolean stories;

  /**
   * The {@code --json} shape of a page: {@link SearchResult} itself holds an {@code Optional},
   * which the shared mapper refuses, so {@code --json} failed on every query.
   *
   * @param nextCursor the {@code --after} value of the next page, or {@code null} on the last one
   */
  record JsonPage(long total, java.util.List<SearchResult.Hit> hits, Map<Facet, java.util.List<FacetCount>> facets, String nextCursor) {
    static JsonPage of(SearchResult r) {
      return new JsonPage(r.total(), r.hits(), r.facets(), r.nextCursor().orElse(null));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Components c = new Components(common.settings(), Map.of())) {
      SearchQuery q = SearchQuery.text(query).filters(filters.filters()).limit(limit).after(after)
          .sort(newest ? SearchQuery.SortOrder.NEWEST : SearchQuery.SortOrder.RELEVANCE).collapseStories(stories).highlight(!json)
          .facets(Facet.LANGUAGE, Facet.OUTLET, Facet.ENTITY, Facet.ACTION, Facet.STANCE);
      SearchResult r = c.index().search(q);
      if (json) {
        out.println(TerminalText.json(JsonPage.of(r)));
      } else {
        out.printf("%,d match(es)%n", r.total());
        for (SearchResult.Hit h : r.hits()) {
          out.printf("%s  %s  [%s %s]%s  %s%n", h.publishedAt() == null ? "          " : h.publishedAt().toString().substring(0, 10),
              TerminalText.clean(h.title()), TerminalText.clean(h.sourceId()), TerminalText.clean(h.language()),
              h.storyOutlets() > 1 ? " +" + (h.storyOutlets() - 1) + " outlets" : "", TerminalText.clean(h.articleId()));
        }
        for (var e : r.facets().entrySet()) {
          out.print("  " + e.getKey().field() + ":");
          for (FacetCount fc : e.getValue()) out.print(" " + TerminalText.clean(fc.value()) + "(" + fc.count() + ")");
          out.println();
        }
        r.nextCursor().ifPresent(cur -> out.println("next page: --after " + cur));
      }
      out.flush();
      return 0;
    } catch (Exception e) {
      return CliErrors.report(spec, common, e);
    }
  }
}
