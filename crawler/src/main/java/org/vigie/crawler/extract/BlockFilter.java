package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.core.TextBlock;

/**
 * Drops the blocks that survive inside an article container but are not its text: "Lire aussi"
 * and "Read more" teasers, link lists, ad and share labels, photo credits, the repeated title.
 */
final class BlockFilter {
  /**
   * "Lire aussi", "Related" and kin, followed by a separator or by a capitalised headline: "Related
   * research from Stanford suggests…" is a sentence, "Related: What the Act requires" a teaser.
   */
  private static final Pattern TEASER =
      Pattern.compile(
          "^(?:[»›>•■▶►\\-–—]\\s*)?(?iu:à lire aussi|a lire aussi|lire aussi|lire également|à lire également"
              + "|voir aussi|à voir aussi|à voir|a voir|à écouter|sur le même sujet|notre dossier"
              + "|read more|read also|also read|related|see also|more on this|more from|you may also like"
              + "|recommended|most read|les plus lus|watch|listen|more|further reading)"
              + "(?:\\s*[:|»›>\\-–—]|\\s+[\\p{Lu}«“\"'‘]|\\s*$)");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:advertisement|advertising|advert|publicité|pub|ad|sponsored|contenu sponsorisé|continue reading"
              + "|continuer la lecture|lire la suite|share|partager|share this article|share this"
              + "|partager cet article|follow us|suivez-nous|sign up|subscribe|s'abonner|abonnez-vous"
              + "|newsletter|inscrivez-vous|skip advertisement|story continues below advertisement"
              + "|article continues below|cookies?|accept|accepter|tout accepter|close|fermer|menu"
              + "|caption|back to gallery|text size|taille du texte|explore further|retour à la galerie|comments?|commentaires?|\\d+ comments?|\\d+ commentaires?|don't miss|don’t miss|ne manquez pas"
              + "|must read|trending|popular|more like this|top stories|latest|à la une|en continu)\\s*[.:!…]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Photo credits; matched on the lower-cased text (see TRAILER). */
  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:photo|photos|image|crédit|credit|crédits|credits|illustration|©|\\(c\\)|copyright)\\s*[:©]"
              + "|\\((?:image |photo )?(?:credit|crédit|photo|image)s?\\s*:[^)]*\\)\\s*$"
              + "|^©|getty images\\s*$|/ afp\\s*$|/ reuters\\s*$|\\bphoto\\s*:\\s*[^.]{0,60}$");

  private static final String[] CALL_TO_ACTION = {
    "requires javascript", "enable javascript", "javascript is disabled", "like this story?",
    "share this story", "share this article", "partagez cet article",
    "subscribe to", "sign up for", "sign up to", "newsletter", "inscrivez-vous", "abonnez-vous",
    "recevez notre", "get the latest updates", "follow us on", "suivez-nous sur"
  };
  private static final Pattern TAG_LINE =
      Pattern.compile("^(?:tags|tagged|tagged with|mots-clés|mots clés|topics|sujets|thèmes|keywords)\\b\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Closing credits and contact lines that follow the last paragraph. Matched on the lower-cased
   * text, because a case-insensitive pattern case-folds every character at every start position;
   * the e-mail address is a separate pattern tried only when the text holds an '@' (its greedy
   * runs backtrack from every start position otherwise).
   */
  private static final Pattern TRAILER =
      Pattern.compile(
          "^\\(?(?:reporting by|additional reporting|editing by|writing by|compiled by|with reporting"
              + "|avec afp|avec l'afp|avec l’afp|avec reuters|avec ats|propos recueillis|explore further)"
              + "|contributed to this report|contributed reporting|a contribué à cet article|ont contribué à cet article"
              + "|follow (?:him|her|them|us) on|suivez-(?:le|la|nous) sur|may be reached at|can be reached at");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final String[] RIGHTS = {
    "all rights reserved", "tous droits réservés", "this document is subject to copyright",
    "for your personal, non-commercial use", "reproduction interdite", "copyright ©", "© copyright"
  };

  private BlockFilter() {}

  static List<TextBlock> filter(List<BlockCollector.RawBlock> raw, String title) {
    List<TextBlock> out = new ArrayList<>();
    String normalTitle = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    for (int index = 0; index < raw.size(); index++) {
      BlockCollector.RawBlock b = raw.get(index);
      String text = b.text().strip();
      int len = text.length();
      if (len == 0) {
        continue;
      }
      double density = (double) b.linkChars() / len;
      if (density > 0.5) {
        continue;
      }
      // TEASER and TAG_LINE are anchored at the start: lookingAt() tries one position, where
      // find() would try every position of a long paragraph before giving up.
      if (len < 200 && TEASER.matcher(text).lookingAt()) {
        continue;
      }
      if (len < 60 && LABEL.matcher(text).matches()) {
        continue;
      }
      // Date lines and bylines sit at the edges of the text; a short line with a date in the
      // middle of it is more likely a list item or a quoted date.
      boolean edge = index < 4 || index >= raw.size() - 3;
      if (edge && DatelineFilter.isMetadataLine(text)) {
        continue;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (len < 200 && ClassMarks.containsAny(lower, CALL_TO_ACTION)) {
        continue;
      }
      if (len < 400 && ClassMarks.containsAny(lower, RIGHTS)) {
        continue;
      }
      if (len < 400 && index >= raw.size() - 3
          && (TRAILER.matcher(lower).find() || (lower.indexOf('@') >= 0 && EMAIL.matcher(text).find()))) {
        continue;
      }
      if (len < 400 && TAG_LINE.matcher(text).lookingAt()) {
        continue;
      }
      if (len < 160 && CREDIT.matcher(lower).find()) {
        continue;
      }
      if (lower.equals(normalTitle)) {
        continue;
      }
      out.add(b.kind() == TextBlock.Kind.HEADING ? TextBlock.heading(text) : TextBlock.paragraph(text));
    }
    // A heading with nothing after it introduces a teaser list that was removed.
    while (!out.isEmpty() && out.get(out.size() - 1).kind() == TextBlock.Kind.HEADING) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
