package org.vigie.app.demo;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or three fictional reader comments under each article: boilerplate the extractor must leave
 * out of the main text. Chosen from a small pool by the slug, so a page is the same on every run.
 */
final class ReaderComments {
  /** One comment, with the time it was posted. */
  record Comment(String author, ZonedDateTime postedAt, String text) {}

  private static final String[] FR_AUTHORS = {
    "Marc_L", "Sylvie D.", "citoyen75", "Jean-Pierre B.", "Nadia K.", "lecteur_attentif", "Hélène R."
  };
  private static final String[] FR_TEXTS = {
    "Merci pour cet article clair et bien documenté.",
    "On attend la suite avec impatience, tenez-nous au courant.",
    "Je ne suis pas sûr que cela change grand-chose au quotidien.",
    "Article intéressant, mais il manque le point de vue des premiers concernés.",
    "Enfin un sujet traité sans caricature. Bravo à la rédaction.",
    "Quelqu'un sait où trouver le texte complet de la décision ?"
  };
  private static final String[] EN_AUTHORS = {
    "JohnnyB", "Margaret T", "oldreader42", "Priya S.", "DaveFromLeeds", "skeptic_99", "Aoife M."
  };
  private static final String[] EN_TEXTS = {
    "Thanks for a clear and well-sourced piece.",
    "Looking forward to the follow-up on this one.",
    "Not sure this will change much in practice, to be honest.",
    "Interesting read, but I would have liked to hear from the people affected.",
    "Finally some balanced coverage. Well done.",
    "Does anyone have a link to the full text of the decision?"
  };

  private ReaderComments() {}

  static List<Comment> forArticle(DemoArticle article, DemoOutlet outlet) {
    boolean fr = article.lang().equals("fr");
    String[] authors = fr ? FR_AUTHORS : EN_AUTHORS;
    String[] texts = fr ? FR_TEXTS : EN_TEXTS;
    int seed = Integer.parseInt(ArticleUrls.numericId(article.slug()));
    int count = 2 + seed % 2;
    ZonedDateTime published = article.published().atZoneSameInstant(outlet.zone());
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      comments.add(
          new Comment(
              authors[(seed + i * 3) % authors.length],
              published.plusMinutes(37L + 53L * i + seed % 29),
              texts[(seed / 7 + i * 2) % texts.length]));
    }
    return comments;
  }
}
