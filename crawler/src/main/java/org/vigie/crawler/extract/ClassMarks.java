package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about its job, read by words rather than by
 * regular expression: "article-body__share-bar" is the words [article, body, share, bar]. Word
 * sets and {@code String.contains} keep this linear and cheap; an unanchored regex with thirty
 * alternatives run on every element was the extractor's hottest spot.
 */
final class ClassMarks {
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "comment", "comments", "commentaire", "commentaires", "disqus", "share", "sharing",
          "sharebar", "shares", "social", "socials", "partage", "partager", "related", "newsletter",
          "newsletters", "subscribe", "subscription", "abonnement", "promo", "promos", "ad", "ads",
          "adv", "adslot", "adunit", "dfp", "cookie", "cookies", "consent", "gdpr", "didomi",
          "onetrust", "breadcrumb", "breadcrumbs", "ariane", "sidebar", "widget", "widgets", "popup",
          "modal", "paywall", "outbrain", "taboola", "tags", "keywords", "caption", "credit",
          "credits", "legende", "footer", "masthead", "menu", "navbar", "nav", "pagination", "pager",
          "toolbar", "trending", "signup", "readmore", "lireaussi", "alire", "sronly", "teaser",
          "teasers", "recirculation", "recirc", "banner", "author", "authors", "auteur", "auteurs",
          "signature", "dateline", "timestamp");
  private static final List<String> BOILERPLATE_PREFIXES =
      List.of("recommend", "advert", "sponsor", "newsletter", "social", "related", "comment");
  private static final Set<String> BOILERPLATE_PAIRS =
      Set.of(
          "read more", "lire aussi", "a lire", "also read", "more stories", "author bio",
          "skip link", "sr only", "visually hidden", "screen reader", "most popular", "most read",
          "print only", "see also", "voir aussi", "more from", "you may");
  private static final List<String> PROTECTED =
      List.of(
          "articlebody", "article-body", "article_body", "article__body", "articlecontent",
          "article-content", "article__content", "article_content", "article-text", "article__text",
          "storybody", "story-body", "story__body", "story-content", "story-text", "post-content",
          "post-body", "post__content", "entry-content", "main-content", "body-text", "bodytext",
          "rich-text", "richtext");

  private ClassMarks() {}

  /** The element's class and id, lower-cased, space-separated; empty when it has neither. */
  static String of(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** The raw class and id, case kept, so that camelCase words can be told apart. */
  static String raw(Element e) {
    String cls = e.className();
    String id = e.id();
    return cls.isEmpty() && id.isEmpty() ? "" : cls + " " + id;
  }

  /** Lower-cased words of the marks, split at punctuation and at camelCase humps. */
  static List<String> words(String marks) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= marks.length(); i++) {
      char c = i < marks.length() ? marks.charAt(i) : ' ';
      boolean word = Character.isLetterOrDigit(c);
      boolean hump = word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(marks.charAt(i - 1));
      if (hump || (!word && start >= 0)) {
        words.add(marks.substring(start, i).toLowerCase(Locale.ROOT));
        start = hump ? i : -1;
      } else if (word && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** Whether the marks name a boilerplate job (share bar, comments, related links, ads…). */
  static boolean boilerplate(String rawMarks) {
    String marks = rawMarks.toLowerCase(Locale.ROOT);
    if (marks.isEmpty() || marks.contains("embed") || marks.contains("tweet")) {
      // An embedded post (a minister's tweet) is quoted in the story, even inside "social".
      return false;
    }
    List<String> words = words(rawMarks);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (BOILERPLATE_WORDS.contains(w)) {
        return true;
      }
      for (String p : BOILERPLATE_PREFIXES) {
        if (w.startsWith(p)) {
          return true;
        }
      }
      if (i + 1 < words.size() && BOILERPLATE_PAIRS.contains(w + " " + words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the marks name the article body itself, which no boilerplate word may remove. */
  static boolean articleBody(String marks) {
    for (String p : PROTECTED) {
      if (marks.contains(p)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsAny(String marks, String... needles) {
    for (String n : needles) {
      if (marks.contains(n)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWord(String marks, String... candidates) {
    List<String> words = words(marks);
    for (String c : candidates) {
      if (words.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
