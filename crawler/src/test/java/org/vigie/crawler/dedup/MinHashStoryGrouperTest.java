package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.crawler.dedup.DedupFixtures.article;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;
import org.vigie.crawler.state.CrawlDatabase;

class MinHashStoryGrouperTest {
  @TempDir Path dataDir;
  private CrawlDatabase db;
  private MinHashStoryGrouper grouper;

  @BeforeEach
  void open() {
    db = new CrawlDatabase(dataDir);
    grouper = new MinHashStoryGrouper(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr/afp-dispatch, fr/afp-copy-with-its-own-headline",
    "fr/afp-dispatch, fr/afp-copy-with-a-sentence-cut",
    "en/reuters-dispatch, en/reuters-copy-with-its-own-headline",
    "en/reuters-dispatch, en/reuters-copy-with-a-sentence-cut",
  })
  void a_wire_copy_joins_the_story_of_the_dispatch(String dispatch, String copy) {
    Article first = grouper.apply(article(dispatch, "outlet-a"));
    StoryDecision second = grouper.assign(article(copy, "outlet-b"));

    assertThat(first.storyId()).isEqualTo("s-" + first.id());
    assertThat(second).isInstanceOfSatisfying(StoryDecision.Joined.class, j -> {
      assertThat(j.storyId()).isEqualTo(first.storyId());
      assertThat(j.matchedArticleId()).isEqualTo(first.id());
      assertThat(j.similarity()).isGreaterThanOrEqualTo(MinHashStoryGrouper.DEFAULT_THRESHOLD);
    });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "fr/afp-dispatch, fr/follow-up-on-the-same-event",
    "fr/afp-dispatch, fr/unrelated",
    "en/reuters-dispatch, en/follow-up-on-the-same-event",
    "en/reuters-dispatch, en/unrelated",
  })
  void a_follow_up_or_an_unrelated_article_starts_a_story_of_its_own(String dispatch, String other) {
    grouper.apply(article(dispatch, "outlet-a"));
    Article later = article(other, "outlet-b");

    assertThat(grouper.assign(later)).isEqualTo(new StoryDecision.Started("s-" + later.id()));
  }

  @Test
  void copies_of_both_dispatches_in_any_order_make_exactly_two_stories() {
    List<Article> grouped = List.of(
            article("en/reuters-copy-with-a-sentence-cut", "c"), article("fr/afp-copy-with-its-own-headline", "b"),
            article("fr/follow-up-on-the-same-event", "a"), article("en/reuters-dispatch", "a"),
            article("fr/afp-dispatch", "a"), article("en/unrelated", "d"),
            article("fr/afp-copy-with-a-sentence-cut", "c"), article("en/reuters-copy-with-its-own-headline", "b"))
        .stream().map(grouper).toList();

    String english = grouped.get(0).storyId();
    String french = grouped.get(1).storyId();
    assertThat(english).isNotEqualTo(french);
    assertThat(grouped).filteredOn(a -> a.storyId().equals(english)).hasSize(3)
        .allSatisfy(a -> assertThat(a.url().getPath()).startsWith("/en/reuters-"));
    assertThat(grouped).filteredOn(a -> a.storyId().equals(french)).hasSize(3)
        .allSatisfy(a -> assertThat(a.url().getPath()).startsWith("/fr/afp-"));
  }

  @Test
  void the_text_decides_the_language_over_a_wrong_declaration() {
    Article english = grouper.apply(article("en/reuters-dispatch", "a"));
    Article declaredFrench = article("en/reuters-copy-with-its-own-headline", "b");
    declaredFrench = DedupFixtures.article(declaredFrench.url(), declaredFrench.title(), declaredFrench.blocks(), "fr");

    assertThat(grouper.apply(declaredFrench).storyId()).isEqualTo(english.storyId());
  }

  @Test
  void identical_words_under_two_languages_are_two_stories() {
    // No function word to vote on (a list of names and figures), so the declared language decides.
    List<TextBlock> names = List.of(TextBlock.paragraph(
        "Ofcom Arcom CNIL Grok xAI Musk Starmer Kendall Virkkunen Barrot Bruxelles Londres 2026 120 18 Pharos"));
    Article fr = DedupFixtures.article(java.net.URI.create("https://a.example/fr"), "Grok X DSA", names, "fr-FR");
    Article en = DedupFixtures.article(java.net.URI.create("https://b.example/en"), "Grok X DSA", names, "en");
    Article fr2 = DedupFixtures.article(java.net.URI.create("https://c.example/fr"), "Grok X DSA", names, "fr");

    String frStory = grouper.apply(fr).storyId();
    assertThat(grouper.apply(en).storyId()).isNotEqualTo(frStory);
    assertThat(grouper.apply(fr2).storyId()).isEqualTo(frStory);
  }

  @Test
  void grouping_the_same_article_again_keeps_its_story_even_when_its_text_changed() {
    Article dispatch = grouper.apply(article("fr/afp-dispatch", "a"));
    Article copy = grouper.apply(article("fr/afp-copy-with-its-own-headline", "b"));
    // The copy is re-crawled after an update that rewrote it entirely.
    Article rewritten = DedupFixtures.article(copy.url(), "Tout autre titre",
        List.of(TextBlock.paragraph(DedupFixtures.read("dedup/fr/unrelated.txt"))), "fr");

    assertThat(grouper.assign(rewritten)).isEqualTo(new StoryDecision.Known(dispatch.storyId()));
    assertThat(grouper.assign(dispatch)).isEqualTo(new StoryDecision.Known(dispatch.storyId()));
  }

  @Test
  void an_article_without_words_gets_a_story_of_its_own_and_keeps_it() {
    Article empty = DedupFixtures.article(java.net.URI.create("https://x.example/empty"), "", List.of(TextBlock.paragraph("— … —")), null);
    Article other = DedupFixtures.article(java.net.URI.create("https://y.example/empty"), "", List.of(), null);

    assertThat(grouper.assign(empty)).isEqualTo(new StoryDecision.Started("s-" + empty.id()));
    assertThat(grouper.assign(other)).isEqualTo(new StoryDecision.Started("s-" + other.id()));
    assertThat(grouper.assign(empty)).isEqualTo(new StoryDecision.Known("s-" + empty.id()));
  }
}
