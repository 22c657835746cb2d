package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.Fixtures.EN_FINE;
import static org.vigie.search.Fixtures.EN_GROK;
import static org.vigie.search.Fixtures.EN_SPORT;
import static org.vigie.search.Fixtures.FR_ECONOMY;
import static org.vigie.search.Fixtures.FR_FINE;
import static org.vigie.search.Fixtures.FR_GROK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.search.SearchQuery.SortOrder;
import org.vigie.search.SearchResult.Hit;

/**
 * The one contract every {@link ArticleIndex} backend passes. Expected results are computed from
 * the fixtures with plain Java predicates, never written down by hand, so a backend that drifts
 * from the flat view ({@link IndexedArticle}) fails here.
 */
public abstract class ArticleIndexContract {

  protected ArticleIndex index;

  /** A new, empty index; the catalog is {@link Fixtures#CATALOG}, countries {@link Fixtures#COUNTRIES}. */
  protected abstract ArticleIndex newIndex() throws Exception;

  @BeforeEach
  void open() throws Exception {
    index = newIndex();
  }

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  protected void indexFixtures() {
    index.indexAll(Fixtures.all());
    index.refresh();
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::articleId).toList();
  }

  static Set<String> idsOf(Predicate<AnnotatedArticle> p) {
    return Fixtures.all().stream().filter(p).map(AnnotatedArticle::id).collect(Collectors.toSet());
  }

  Set<String> matching(SearchFilters f) {
    return Set.copyOf(ids(index.search(SearchQuery.all().filters(f).limit(100))));
  }

  @Test
  void french_query_ranks_the_fine_article_first() {
    indexFixtures();
    SearchResult r = index.search(SearchQuery.text("amende DSA").limit(5));
    Set<String> fines = idsOf(a -> a.actions().stream().anyMatch(x -> x.type() == RegulatoryAction.Type.FINE));
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().getFirst().articleId()).isEqualTo(FR_FINE.id());
    // the English coverage comes through "fine" and the DSA's id: the fine articles lead
    assertThat(ids(r).subList(0, 2)).containsExactlyInAnyOrderElementsOf(fines);
    assertThat(ids(r)).doesNotContain(EN_SPORT.id());
  }

  @Test
  void a_translation_is_searched_in_its_own_language_only() {
    indexFixtures();
    // French "fine" (thin) is not the English "fine": "amende" adds "fine" to the English fields only
    index.index(reannotate(FR_ECONOMY, "Une fine pellicule de neige recouvre les banques cantonales"));
    index.refresh();
    List<String> hits = ids(index.search(SearchQuery.text("amende").limit(20)));
    assertThat(hits).contains(EN_FINE.id(), FR_FINE.id());
    assertThat(hits).doesNotContain(FR_ECONOMY.id());
    // the analyst's own word still searches every language
    assertThat(ids(index.search(SearchQuery.text("fine").limit(20)))).contains(FR_ECONOMY.id(), EN_FINE.id());
  }

  @Test
  void reindexing_the_same_id_replaces_the_article() {
    indexFixtures();
    long before = index.count();
    AnnotatedArticle reannotated = reannotate(FR_ECONOMY, "Les banques cantonales publient des bénéfices historiques");
    index.index(reannotated);
    index.index(reannotated);
    index.refresh();
    assertThat(index.count()).isEqualTo(before);
    assertThat(ids(index.search(SearchQuery.text("historiques")))).containsExactly(FR_ECONOMY.id());
    assertThat(ids(index.search(SearchQuery.text("solides")))).isEmpty();
    assertThat(index.get(FR_ECONOMY.id())).contains(reannotated);
  }

  static AnnotatedArticle reannotate(AnnotatedArticle a, String newTitle) {
    Article old = a.article();
    Article art = new Article(old.id(), old.url(), old.canonicalUrl(), old.sourceId(), newTitle, old.lede(), old.authors(), old.publishedAt(),
        old.updatedAt(), old.section(), old.languageHint(), old.blocks(), old.fetchedAt(), old.storyId(), old.status());
    return new AnnotatedArticle(art, a.language(), a.languageConfidence(), a.entities(), a.stances(), a.actions(), a.topics(), a.relevance(), a.provenance());
  }

  @Test
  void get_returns_the_article_exactly_as_indexed() {
    indexFixtures();
    for (AnnotatedArticle a : Fixtures.all()) assertThat(index.get(a.id())).contains(a);
    assertThat(index.get("0000000000000000")).isEmpty();
  }

  @Test
  void delete_removes_the_article_and_is_idempotent() {
    indexFixtures();
    index.delete(EN_SPORT.id());
    index.delete(EN_SPORT.id());
    index.delete("no-such-id");
    index.refresh();
    assertThat(index.count()).isEqualTo(Fixtures.all().size() - 1);
    assertThat(index.get(EN_SPORT.id())).isEmpty();
    assertThat(ids(index.search(SearchQuery.text("marathon")))).isEmpty();
  }

  @Test
  void an_indexed_article_is_searchable_within_one_second_without_refresh() throws Exception {
    indexFixtures();
    AnnotatedArticle fresh = reannotate(EN_SPORT, "Dublin hurling final draws record crowd");
    long t0 = System.nanoTime();
    index.index(fresh);
    boolean found = false;
    while (!found && System.nanoTime() - t0 < 1_000_000_000L) {
      found = !index.search(SearchQuery.text("hurling")).hits().isEmpty();
      if (!found) Thread.sleep(20);
    }
    assertThat(found).as("searchable within 1 s of index()").isTrue();
  }

  @Test
  void an_entity_named_in_french_finds_the_english_coverage() {
    indexFixtures();
    Set<String> hits = Set.copyOf(ids(index.search(SearchQuery.text("Commission européenne").limit(20))));
    assertThat(hits).contains(EN_FINE.id(), FR_FINE.id());
    // without expansion the English article does not say "Commission européenne"
    assertThat(ids(index.search(SearchQuery.text("Commission européenne").crossLingual(false).limit(20)))).doesNotContain(EN_FINE.id());
  }

  @Test
  void a_key_word_in_one_language_finds_its_translation() {
    indexFixtures();
    // FR_GROK says "hypertrucages", EN_GROK "deepfakes"
    assertThat(ids(index.search(SearchQuery.text("deepfake")))).contains(FR_GROK.id(), EN_GROK.id());
    assertThat(ids(index.search(SearchQuery.text("enquête Grok")))).contains(FR_GROK.id(), EN_GROK.id());
    assertThat(ids(index.search(SearchQuery.text("deepfake").crossLingual(false)))).containsExactly(EN_GROK.id());
  }

  @Test
  void french_analysis_handles_elision_plurals_and_stop_words() {
    indexFixtures();
    // "l'enquête" (elision) and "amendes" (plural) reach the French article; "le" alone is a stop word
    assertThat(ids(index.search(SearchQuery.text("l'enquête").crossLingual(false)))).contains(FR_GROK.id());
    assertThat(ids(index.search(SearchQuery.text("amendes").crossLingual(false)))).contains(FR_FINE.id(), FR_GROK.id());
    assertThat(index.search(SearchQuery.text("le les la").crossLingual(false)).total()).isZero();
  }

  @Test
  void filters_are_exact() {
    indexFixtures();
    assertThat(matching(SearchFilters.NONE.with(Facet.LANGUAGE, "fr"))).isEqualTo(idsOf(a -> a.language().equals("fr")));
    assertThat(matching(SearchFilters.NONE.with(Facet.OUTLET, "albion-courier", "leveilleur")))
        .isEqualTo(idsOf(a -> Set.of("albion-courier", "leveilleur").contains(a.article().sourceId())));
    assertThat(matching(SearchFilters.NONE.with(Facet.COUNTRY, "IE"))).isEqualTo(idsOf(a -> a.article().sourceId().equals("liffey-times")));
    assertThat(matching(SearchFilters.NONE.with(Facet.ENTITY, "platform/x", "ai/grok")))
        .isEqualTo(idsOf(a -> hasEntity(a, "platform/x") && hasEntity(a, "ai/grok")));
    assertThat(matching(SearchFilters.NONE.with(Facet.ENTITY_TYPE, "REGULATOR")))
        .isEqualTo(idsOf(a -> a.entities().stream().anyMatch(e -> e.type().name().equals("REGULATOR"))));
    assertThat(matching(SearchFilters.NONE.with(Facet.STANCE, "CRITICAL")))
        .isEqualTo(idsOf(a -> a.stances().stream().anyMatch(s -> s.label() == Stance.Label.CRITICAL)));
    assertThat(matching(SearchFilters.NONE.with(Facet.ACTION, "FINE")))
        .isEqualTo(idsOf(a -> a.actions().stream().anyMatch(x -> x.type() == RegulatoryAction.Type.FINE)));
    assertThat(matching(SearchFilters.NONE.with(Facet.LAW, "law/osa")))
        .isEqualTo(idsOf(a -> a.actions().stream().anyMatch(x -> "law/osa".equals(x.lawId()))));
    assertThat(matching(SearchFilters.NONE.with(Facet.TOPIC, "NCII_DEEPFAKE")))
        .isEqualTo(idsOf(a -> a.topics().stream().anyMatch(t -> t.label().name().equals("NCII_DEEPFAKE"))));
    assertThat(matching(SearchFilters.NONE.with(Facet.STORY, "x-dsa-fine-2025-12"))).containsExactlyInAnyOrder(FR_FINE.id(), EN_FINE.id());
    Instant from = Instant.parse("2025-12-01T00:00:00Z");
    Instant to = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(matching(SearchFilters.NONE.between(from, to)))
        .isEqualTo(idsOf(a -> !a.article().publishedAt().toInstant().isBefore(from) && a.article().publishedAt().toInstant().isBefore(to)));
    assertThat(matching(SearchFilters.NONE.minRelevance(0.7)))
        .isEqualTo(idsOf(a -> a.relevance() != null && a.relevance() >= 0.7));
    // filters combine with text
    assertThat(ids(index.search(SearchQuery.text("X").filters(SearchFilters.NONE.with(Facet.LANGUAGE, "en")))))
        .containsExactlyInAnyOrderElementsOf(idsOf(a -> a.language().equals("en") && hasEntity(a, "platform/x")));
  }

  static boolean hasEntity(AnnotatedArticle a, String id) {
    return a.entities().stream().anyMatch(e -> e.id().equals(id));
  }

  @Test
  void facets_count_every_match() {
    indexFixtures();
    SearchResult r = index.search(SearchQuery.all().facets(Facet.LANGUAGE, Facet.OUTLET, Facet.ENTITY, Facet.ACTION, Facet.STANCE).limit(1));
    assertThat(r.total()).isEqualTo(Fixtures.all().size());
    assertThat(r.facet(Facet.LANGUAGE)).containsExactly(new FacetCount("en", 3), new FacetCount("fr", 3));
    Map<String, Long> outlets = Fixtures.all().stream().collect(Collectors.groupingBy(a -> a.article().sourceId(), Collectors.counting()));
    assertThat(r.facet(Facet.OUTLET)).hasSize(outlets.size());
    r.facet(Facet.OUTLET).forEach(fc -> assertThat(fc.count()).isEqualTo(outlets.get(fc.value())));
    assertThat(r.facet(Facet.OUTLET).getFirst()).isEqualTo(new FacetCount("albion-courier", 2));
    assertThat(r.facet(Facet.ENTITY)).contains(new FacetCount("platform/x", idsOf(a -> hasEntity(a, "platform/x")).size()));
    assertThat(r.facet(Facet.ACTION)).containsExactly(new FacetCount("FINE", 2), new FacetCount("INVESTIGATION", 2));
    // facets follow the query
    SearchResult fr = index.search(SearchQuery.text("Grok").facets(Facet.LANGUAGE));
    assertThat(fr.facet(Facet.LANGUAGE)).containsExactly(new FacetCount("en", 1), new FacetCount("fr", 1));
  }

  @Test
  void trends_fill_empty_months_and_split_by_language() {
    indexFixtures();
    TrendResult t = index.trends(TrendQuery.of(SearchQuery.all(), TrendQuery.Interval.MONTH)
        .range(Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")).split(Facet.LANGUAGE));
    assertThat(t.buckets()).hasSize(10);
    assertThat(t.buckets().getFirst().start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(t.buckets().getLast().start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(t.series()).containsExactly("en", "fr");
    Map<LocalDate, Long> expected = new HashMap<>();
    for (AnnotatedArticle a : Fixtures.all()) {
      LocalDate d = a.article().publishedAt().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
      expected.merge(d, 1L, Long::sum);
    }
    for (TrendResult.Bucket b : t.buckets()) {
      assertThat(b.total()).as(b.start().toString()).isEqualTo(expected.getOrDefault(b.start(), 0L));
      assertThat(b.count("en") + b.count("fr")).isEqualTo(b.total());
    }
    assertThat(t.buckets().get(5).total()).as("September 2025 is empty").isZero();
    assertThat(t.total()).isEqualTo(Fixtures.all().size());
  }

  @Test
  void overview_gives_the_same_page_facets_and_trend_as_separate_calls() {
    indexFixtures();
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-02-01T00:00:00Z");
    SearchQuery q = SearchQuery.text("amende OR Grok").filters(SearchFilters.NONE.between(from, to).with(Facet.LANGUAGE, "fr", "en"))
        .facets(Facet.OUTLET, Facet.LANGUAGE, Facet.ENTITY, Facet.ACTION, Facet.TOPIC).limit(3);
    for (TrendQuery t : List.of(TrendQuery.of(q, TrendQuery.Interval.DAY).range(from, to),
        TrendQuery.of(q, TrendQuery.Interval.MONTH).split(Facet.LANGUAGE),
        // a narrower range than the filter: the trend counts only its part of the matches
        TrendQuery.of(q, TrendQuery.Interval.WEEK).range(Instant.parse("2026-01-01T00:00:00Z"), to))) {
      Overview o = index.overview(q, t);
      // a regression guard: collecting hits by a sort left every Lucene score NaN
      assertThat(o.result().hits()).allSatisfy(h -> assertThat(h.score()).isFinite().isPositive());
      assertThat(o.result()).isEqualTo(index.search(q));
      assertThat(o.trend()).as(t.toString()).isEqualTo(index.trends(t));
    }
    assertThat(index.overview(q, TrendQuery.of(q, TrendQuery.Interval.DAY)).trend().total()).isEqualTo(index.search(q).total());
  }

  @Test
  void a_trend_range_that_starts_or_ends_inside_a_day_counts_only_the_matches_inside_it() {
    indexFixtures();
    // EN_FINE was published at 11:45 UTC, FR_FINE at 13:50 UTC on 2025-12-05
    TrendResult afternoon = index.trends(TrendQuery.of(SearchQuery.text("DSA"), TrendQuery.Interval.DAY)
        .range(Instant.parse("2025-12-05T12:00:00Z"), Instant.parse("2025-12-06T00:00:00Z")));
    assertThat(afternoon.total()).isEqualTo(1);
    assertThat(afternoon.buckets()).singleElement().satisfies(b -> assertThat(b.total()).isEqualTo(1));
    // FR_GROK at 14:00 UTC, EN_GROK at 15:30 UTC on 2026-01-12
    TrendResult before = index.trends(TrendQuery.of(SearchQuery.text("Grok"), TrendQuery.Interval.DAY)
        .range(Instant.parse("2026-01-12T00:00:00Z"), Instant.parse("2026-01-12T15:00:00Z")));
    assertThat(before.total()).isEqualTo(1);
    TrendResult wholeDay = index.trends(TrendQuery.of(SearchQuery.text("Grok"), TrendQuery.Interval.DAY)
        .range(Instant.parse("2026-01-12T00:00:00Z"), Instant.parse("2026-01-13T00:00:00Z")));
    assertThat(wholeDay.total()).isEqualTo(2);
  }

  @Test
  void weekly_trend_of_a_query_starts_on_mondays() {
    indexFixtures();
    TrendResult t = index.trends(TrendQuery.of(SearchQuery.text("Grok"), TrendQuery.Interval.WEEK));
    assertThat(t.buckets()).hasSize(1);
    assertThat(t.buckets().getFirst().start()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(t.buckets().getFirst().total()).isEqualTo(2);
  }

  @Test
  void newest_first_sorts_by_publication_time() {
    indexFixtures();
    List<Hit> hits = index.search(SearchQuery.all().sort(SortOrder.NEWEST).limit(10)).hits();
    List<String> expected = Fixtures.all().stream()
        .sorted(java.util.Comparator.comparing((AnnotatedArticle a) -> a.article().publishedAt().toInstant()).reversed())
        .map(AnnotatedArticle::id).toList();
    assertThat(hits.stream().map(Hit::articleId).toList()).isEqualTo(expected);
  }

  @Test
  void search_after_pages_through_every_match_once() {
    indexFixtures();
    for (SortOrder order : SortOrder.values()) {
      List<String> seen = new ArrayList<>();
      SearchQuery q = SearchQuery.text("X OR marathon OR banques").sort(order).limit(2);
      SearchResult page = index.search(q);
      long total = page.total();
      while (true) {
        seen.addAll(ids(page));
        if (page.nextCursor().isEmpty() || page.hits().isEmpty()) break;
        page = index.search(q.after(page.nextCursor().get()));
      }
      assertThat(seen).as(order.name()).hasSize((int) total).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).isEqualTo(Set.copyOf(ids(index.search(q.limit(100)))));
    }
  }

  @Test
  void malformed_queries_are_client_errors() {
    indexFixtures();
    assertThatThrownBy(() -> index.search(SearchQuery.text("\"amende DSA"))).isInstanceOf(InvalidQueryException.class).hasMessageContaining("quote");
    assertThatThrownBy(() -> index.search(SearchQuery.text("(amende OR fine"))).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> index.search(SearchQuery.text("amende OR"))).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> index.search(SearchQuery.text("amende").after("%%%"))).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void articles_of_one_story_collapse_with_their_outlet_count() {
    indexFixtures();
    SearchResult r = index.search(SearchQuery.text("X").collapseStories(true).limit(10));
    Set<String> stories = new HashSet<>();
    for (Hit h : r.hits()) {
      if (h.storyId() != null) assertThat(stories.add(h.storyId())).as("one hit per story").isTrue();
    }
    Hit fine = r.hits().stream().filter(h -> "x-dsa-fine-2025-12".equals(h.storyId())).findFirst().orElseThrow();
    assertThat(fine.storyOutlets()).isEqualTo(2);
  }

  @Test
  void collapsed_pages_follow_the_cursor_and_show_each_story_once_where_it_ranks_best() {
    indexFixtures();
    for (SortOrder sort : SortOrder.values()) {
      SearchQuery q = SearchQuery.text("X OR Grok OR marathon").sort(sort);
      // expected: the plain ranking with every later article of an already-seen story removed
      List<String> expected = new ArrayList<>();
      Set<String> seenStories = new HashSet<>();
      for (Hit h : index.search(q.limit(100)).hits()) {
        if (h.storyId() == null || seenStories.add(h.storyId())) expected.add(h.articleId());
      }
      assertThat(expected.size()).as("the fixtures have a story of several articles").isLessThan((int) index.search(q).total());
      List<String> shown = new ArrayList<>();
      String cursor = null;
      for (int page = 0; page < 20; page++) {
        SearchResult r = index.search(q.collapseStories(true).limit(1).after(cursor));
        shown.addAll(ids(r));
        if (r.nextCursor().isEmpty()) break;
        cursor = r.nextCursor().get();
      }
      assertThat(shown).as(sort.name()).isEqualTo(expected);
    }
    assertThatThrownBy(() -> index.search(SearchQuery.text("X").collapseStories(true).after("story:x:")))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void highlights_mark_matches_and_escape_crawled_text() {
    indexFixtures();
    Hit h = index.search(SearchQuery.text("blocking").highlight(true).crossLingual(false)).hits().getFirst();
    assertThat(h.articleId()).isEqualTo(EN_GROK.id());
    assertThat(String.join(" ", h.highlights())).contains("<em>blocking</em>").doesNotContain("<script>");
  }

  @Test
  void stream_hands_over_every_match_beyond_any_page_size() {
    List<AnnotatedArticle> many = new ArrayList<>();
    for (int i = 0; i < 2_100; i++) many.add(synthetic(i));
    index.indexAll(many);
    indexFixtures();
    Set<String> seen = new HashSet<>();
    long n = index.stream(SearchQuery.text("synthétique"), a -> seen.add(a.id()));
    assertThat(n).isEqualTo(2_100);
    assertThat(seen).hasSize(2_100);
    assertThat(index.stream(SearchQuery.all().filters(SearchFilters.NONE.with(Facet.LANGUAGE, "en")), a -> {})).isEqualTo(3);
  }

  static AnnotatedArticle synthetic(int i) {
    AnnotatedArticle base = FR_ECONOMY;
    Article o = base.article();
    Article art = new Article(null, java.net.URI.create("https://synthetic.example/" + i), null, "leveilleur", "Article synthétique " + i,
        null, List.of(), o.publishedAt().plusDays(i % 30), null, null, "fr", List.of(TextBlock.paragraph("Texte synthétique numéro " + i)),
        o.fetchedAt(), null, null);
    return new AnnotatedArticle(art, "fr", 1, List.of(), List.of(), List.of(), List.of(), null, base.provenance());
  }

  @Test
  void stats_report_documents_and_newest_article() {
    indexFixtures();
    IndexStats s = index.stats();
    assertThat(s.documents()).isEqualTo(Fixtures.all().size());
    assertThat(s.newestPublished()).isEqualTo(Fixtures.all().stream().map(a -> a.article().publishedAt().toInstant()).max(Instant::compareTo).orElseThrow());
    assertThat(s.mappingVersion()).isEqualTo(IndexFields.MAPPING_VERSION);
  }

  @Test
  void case_file_chains_the_actions_of_all_coverage_in_date_order() {
    indexFixtures();
    org.vigie.search.query.CaseFile cf = new org.vigie.search.query.CaseFileBuilder(index, Fixtures.CATALOG).build("X", SearchFilters.NONE);
    assertThat(cf.subject()).isEqualTo("entity:platform/x");
    assertThat(cf.articles()).isEqualTo(idsOf(a -> hasEntity(a, "platform/x")).size());
    assertThat(cf.entries()).extracting(e -> e.type()).containsExactly(RegulatoryAction.Type.FINE, RegulatoryAction.Type.INVESTIGATION);
    var fine = cf.entries().getFirst();
    assertThat(fine.date()).isEqualTo(LocalDate.of(2025, 12, 5));
    assertThat(fine.outlets()).containsExactlyInAnyOrder("leveilleur", "liffey-times");
    assertThat(fine.amount()).isEqualByComparingTo("120000000");
    assertThat(fine.firstSeen()).isEqualTo(EN_FINE.article().publishedAt().toInstant());
    // a text query works too, and finds only what it matches
    assertThat(new org.vigie.search.query.CaseFileBuilder(index, Fixtures.CATALOG).build("marathon", SearchFilters.NONE).entries()).isEmpty();
  }

  @Test
  void export_streams_every_match_and_its_card_proves_the_result_set(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    indexFixtures();
    var exporter = new org.vigie.search.export.ArticleExporter(index, java.time.Clock.systemUTC());
    java.nio.file.Path out = tmp.resolve("x.jsonl");
    SearchQuery q = SearchQuery.text("X").filters(SearchFilters.NONE.with(Facet.ACTION, "FINE", "INVESTIGATION"));
    var card = exporter.export(q, org.vigie.search.export.ExportFormat.JSONL, out, org.vigie.search.export.ArticleExporter.Progress.NONE);
    List<String> lines = java.nio.file.Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(card.articles()).isEqualTo(4).isEqualTo(card.matchesAtStart());
    assertThat(card.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(out))));
    assertThat(card.pipelineVersions()).containsExactly("vigie-test");
    java.nio.file.Path cardFile = org.vigie.search.export.ArticleExporter.cardPath(out);
    assertThat(exporter.verify(cardFile)).isInstanceOf(org.vigie.search.export.ArticleExporter.Verification.Same.class);
    index.index(reannotate(FR_FINE, "Bruxelles inflige une amende record à X"));
    index.refresh();
    assertThat(exporter.verify(cardFile)).isInstanceOf(org.vigie.search.export.ArticleExporter.Verification.Different.class);
  }
}
