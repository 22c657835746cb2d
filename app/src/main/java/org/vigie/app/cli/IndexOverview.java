package org.vigie.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.search.ArticleIndex;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;
import org.vigie.search.SearchFilters;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;

/**
 * What the whole index holds, read through facets, so a summary is right on a second run too,
 * when the crawl found nothing new.
 */
record IndexOverview(long total, Map<String, Map<String, Long>> byLanguageAndOutlet, List<FacetCount> topEntities) {

  static IndexOverview of(ArticleIndex index, int entities) {
    SearchResult all = index.search(SearchQuery.all().limit(1).facets(Facet.LANGUAGE, Facet.ENTITY).facetSize(Math.max(entities, 20)));
    Map<String, Map<String, Long>> byLanguage = new LinkedHashMap<>();
    for (FacetCount language : all.facet(Facet.LANGUAGE)) {
      SearchResult inLanguage =
          index.search(
              SearchQuery.all()
                  .limit(1)
                  .filters(SearchFilters.NONE.with(Facet.LANGUAGE, language.value()))
                  .facets(Facet.OUTLET)
                  .facetSize(100));
      Map<String, Long> outlets = new LinkedHashMap<>();
      inLanguage.facet(Facet.OUTLET).forEach(o -> outlets.put(o.value(), o.count()));
      byLanguage.put(language.value(), outlets);
    }
    List<FacetCount> top = all.facet(Facet.ENTITY).stream().limit(entities).toList();
    return new IndexOverview(all.total(), byLanguage, top);
  }
}
