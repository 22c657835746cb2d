package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;

/**
 * French places the gazetteer misses, read from the phrase around them, with no list of names:
 *
 * <ul>
 *   <li>a constituency after an elected member: "le député Renaissance de l'Essonne", "la
 *       sénatrice LR du Rhône", "candidat vert'libéral du Val-de-Travers";
 *   <li>the next member of a list of places by "de": "les écoles de Tramelan et de Moutier", "les
 *       ports de Vancouver et de Prince Rupert", "de Grande-Baie, de Laterrière, d'Alma".
 * </ul>
 *
 * Each is one LOCATION {@code new/location/<slug>}; a word something else already read stays
 * that reading.
 */
final class PlaceCues {
  static final String METHOD = "place-cue";

  // up to three capitalised words, hyphenated parts included; an elided article may open it
  private static final String NAME = "(\\p{Lu}[\\p{L}\\p{Nd}]+(?:-\\p{L}[\\p{L}\\p{Nd}]*)*(?: \\p{Lu}[\\p{L}\\p{Nd}]+(?:-\\p{L}[\\p{L}\\p{Nd}]*)*){0,2})";
  // a constituency is one word, hyphenated ("Val-de-Travers"): the member's name may follow it
  private static final String ONE_NAME = "(\\p{Lu}[\\p{L}\\p{Nd}]+(?:-\\p{L}[\\p{L}\\p{Nd}]*)*)";
  private static final String OF = "(?:de la |de l['’]|du |des |de |d['’])";
  private static final Pattern CONSTITUENCY = Pattern.compile(
      "(?u)\\b(?:député|députée|sénateur|sénatrice|candidat|candidate|élu|élue|conseiller national|conseillère nationale)"
          + "(?: (?:\\p{Lu}[\\p{L}’'-]*|[\\p{Ll}’'-]*libéral|vert|verte|socialiste|écologiste|insoumis|insoumise|centriste)){0,2} " + OF + ONE_NAME);
  private static final Pattern NEXT_IN_LIST = Pattern.compile("(?u)^(?: et |, )" + OF + NAME);

  private PlaceCues() {}

  static void add(List<FieldContext> contexts, List<Mention> mentions, String language) {
    if (!"fr".equals(language)) return;
    for (FieldContext ctx : contexts) {
      Matcher m = CONSTITUENCY.matcher(ctx.text);
      while (m.find()) place(ctx, mentions, m.start(1), m.end(1));
      // a list goes on after each place it finds
      List<Mention> places = new ArrayList<>(mentions.stream().filter(k -> k.field() == ctx.field && k.type() == EntityType.LOCATION).toList());
      for (int k = 0; k < places.size(); k++) {
        Mention p = places.get(k);
        if (!precededByOf(ctx.text, p.start())) continue;
        Matcher next = NEXT_IN_LIST.matcher(ctx.text.substring(p.end(), Math.min(ctx.text.length(), p.end() + 60)));
        if (!next.find()) continue;
        Mention added = place(ctx, mentions, p.end() + next.start(1), p.end() + next.end(1));
        if (added != null) places.add(added);
      }
    }
  }

  private static boolean precededByOf(String text, int start) {
    String before = text.substring(Math.max(0, start - 6), start);
    return before.endsWith("de ") || before.endsWith("du ") || before.endsWith("des ") || before.endsWith("d'") || before.endsWith("d’")
        || before.endsWith("de la ") || before.endsWith("de l'") || before.endsWith("de l’");
  }

  private static Mention place(FieldContext ctx, List<Mention> mentions, int start, int end) {
    Mention place = new Mention(ctx.field, start, end, ctx.text.substring(start, end),
        "new/location/" + GazetteerRecognizer.slug(ctx.text.substring(start, end)), EntityType.LOCATION, METHOD);
    if (mentions.stream().anyMatch(k -> k.field() == ctx.field && k.overlaps(place))) return null;
    mentions.add(place);
    return place;
  }
}
