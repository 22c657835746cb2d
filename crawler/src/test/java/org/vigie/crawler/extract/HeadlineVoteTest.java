package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the headline is chosen among the page's declared titles, one small page each, French and English. */
class HeadlineVoteTest {
  private static final Instant NOW = Instant.parse("2025-10-20T08:00:00Z");
  private static final String TEXT =
      "<p>Le texte a été adopté en première lecture mardi soir, après trois jours de débats souvent vifs"
          + " entre la majorité et les oppositions, par une courte majorité de députés présents.</p>";

  private static String title(String head, String h1) {
    String html = "<html><head>" + head + "</head><body><article>" + h1 + TEXT + "</article></body></html>";
    return new JsoupArticleExtractor().extract(html, URI.create("https://journal.example/a/1"), NOW).title();
  }

  @Test
  void leaves_out_a_kicker_the_h1_marks_as_such() {
    String t = title(
        "<meta property=\"og:title\" content=\"Attaque iranienne : « La retenue israélienne tient beaucoup aux États-Unis »\">"
            + "<title>Attaque iranienne : « La retenue israélienne tient beaucoup aux États-Unis » - Monde - Le Journal</title>",
        "<h1><span class=\"article-title__overline\">Guerre au Proche-Orient</span>"
            + "<span aria-hidden=\"true\"> - </span>"
            + "<span class=\"article-title__text\">« La retenue israélienne tient beaucoup aux États-Unis »</span></h1>");
    assertThat(t).isEqualTo("« La retenue israélienne tient beaucoup aux États-Unis »");
  }

  @Test
  void a_kicker_the_page_also_declares_the_headline_without_is_not_part_of_it() {
    String full = "Special party congress on migration: Chiesa calls for political resistance to Swiss asylum policy";
    String t = title(
        "<meta property=\"og:title\" content=\"Chiesa calls for political resistance to Swiss asylum policy\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + full + "\"}</script>"
            + "<title>" + full + " | The Daily Courier</title>",
        "<h1>" + full + "</h1>");
    assertThat(t).isEqualTo("Chiesa calls for political resistance to Swiss asylum policy");
  }

  @Test
  void a_shortened_rewrite_that_recapitalises_the_tail_is_not_a_kicker_cut() {
    // Regression: the kicker vote once made the document title "Economists weigh in…" win over
    // four sources printing "'Ends recession debate': economists weigh in…"; the capital E shows
    // a rewrite, not a kicker removed from an unchanged headline.
    String full = "'Ends recession debate': economists weigh in on the latest jobs report";
    String t = title(
        "<meta property=\"og:title\" content=\"" + full.replace("'", "&#39;") + "\">"
            + "<meta name=\"twitter:title\" content=\"" + full.replace("'", "&#39;") + "\">"
            + "<title>Economists weigh in on the latest jobs report | Financial Courier</title>",
        "<h1>" + full + "</h1>");
    assertThat(t).isEqualTo(full);
  }

  @Test
  void curly_and_straight_apostrophes_and_non_breaking_spaces_vote_for_the_same_headline() {
    // The <h1> and og:title differ only in typography; together they outvote the JSON-LD rewrite.
    String t = title(
        "<meta property=\"og:title\" content=\"L'Assemblée adopte la réforme des retraites : ce qui change\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Retraites : la réforme adoptée à l'Assemblée\"}</script>",
        "<h1>L’Assemblée adopte la réforme des retraites\u00a0: ce qui change</h1>");
    assertThat(HeadlineVote.typography(t)).isEqualTo("L'Assemblée adopte la réforme des retraites : ce qui change");
  }

  @Test
  void typography_folds_quotes_dashes_guillemet_spacing_and_a_trailing_ellipsis_but_keeps_case() {
    assertThat(HeadlineVote.typography("« Non » au projet – le maire s’explique…"))
        .isEqualTo("\"Non\" au projet - le maire s'explique");
    assertThat(HeadlineVote.typography("Who is Rebecca Cooke and how many children do they have?..."))
        .isEqualTo("Who is Rebecca Cooke and how many children do they have?");
  }

  @Test
  void a_kicker_vote_needs_a_separator_and_a_short_kicker() {
    assertThat(HeadlineVote.vote("Chiesa calls for resistance", "Migration congress: Chiesa calls for resistance")).isEqualTo(1);
    assertThat(HeadlineVote.vote("Chiesa calls for resistance", "Why Chiesa calls for resistance")).isEqualTo(0.5);
    assertThat(HeadlineVote.vote("Chiesa calls for resistance", "One two three four five six seven eight nine: Chiesa calls for resistance"))
        .isEqualTo(0.5);
    assertThat(HeadlineVote.vote("Chiesa calls for resistance", "chiesa calls for resistance")).isEqualTo(1);
  }

  private static String fixtureTitle(String name) {
    return new JsoupArticleExtractor().extract(Fixtures.page(name), URI.create("https://journal.example/a/2"), NOW).title();
  }

  @Test
  void a_share_title_cut_from_the_headline_wins_over_the_headline_it_was_cut_from() {
    assertThat(fixtureTitle("title-share-title-cut-from-the-headline.en.html"))
        .isEqualTo("Regulator to examine reports of leaks to advertising brokers");
    assertThat(fixtureTitle("title-titre-de-partage-coupe-du-titre.fr.html"))
        .isEqualTo("La CNIL enquête sur des fuites de données vers des courtiers publicitaires");
  }

  @Test
  void a_share_title_reworded_rather_than_cut_loses_to_the_headline() {
    assertThat(fixtureTitle("title-share-title-rewritten-loses-to-the-headline.en.html"))
        .isEqualTo("Minister: why there has to be a compromise to end the strike");
    assertThat(fixtureTitle("title-titre-de-partage-reecrit-perd-face-au-titre.fr.html"))
        .isEqualTo("Comment les efforts européens ont permis de sauver le merlu de la surpêche");
  }

  @Test
  void search_facing_titles_count_half_against_the_headline() {
    // <title>, <meta name=title> and twitter:title agree on one wording (1.5 votes); the <h1> and
    // the JSON-LD headline on another (2 votes).
    assertThat(fixtureTitle("title-search-titles-count-half-against-the-headline.en.html"))
        .isEqualTo("The VPN services worth paying for this year");
  }

  @Test
  void a_share_title_cut_outvotes_the_headline_backed_only_by_the_document_title() {
    // og:title (the cut, 1 vote, plus half of the 1.5 the longer sources cast) against the <h1>
    // and a <title> repeating it (1.5).
    assertThat(fixtureTitle("title-titre-de-partage-coupe-contre-le-titre-du-document.fr.html"))
        .isEqualTo("« Je vends des voyages à Disney World : réserver le bon jour peut vous faire économiser des centaines d'euros »");
  }

  @Test
  void a_cut_keeps_the_words_in_order_and_most_of_them() {
    assertThat(HeadlineVote.isCutOf("reports of leaks to violent gangs", "reports of information leaks to violent gangs")).isTrue();
    assertThat(HeadlineVote.isCutOf("as trump pitches oil dream, experts warn it won't be easy",
        "as trump pitches oil dream for us companies, experts warn it won't be cheap or easy")).isTrue();
    assertThat(HeadlineVote.isCutOf("leaks to violent gangs reported", "reports of information leaks to violent gangs")).isFalse();
    assertThat(HeadlineVote.isCutOf("la réforme adoptée", "la réforme des retraites adoptée à l'assemblée")).isFalse();
    assertThat(HeadlineVote.isCutOf("la réforme est adoptée", "la réforme des retraites est enfin adoptée par l'assemblée nationale hier")).isFalse();
    assertThat(HeadlineVote.isCutOf("la réforme des retraites adoptée", "la réforme des retraites adoptée")).isFalse();
    // A declared "title" longer than any headline is not compared word by word.
    assertThat(HeadlineVote.isCutOf("reports of leaks to violent gangs", "reports of information leaks to violent gangs " + "x ".repeat(2000)))
        .isFalse();
    assertThat(HeadlineVote.vote("reports of leaks to violent gangs", "reports of information leaks to violent gangs")).isEqualTo(0.5);
  }
}
