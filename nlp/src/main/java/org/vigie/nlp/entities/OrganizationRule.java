package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Institutions the KB lacks, found by the word that says what they are: a capitalised name
 * holding "Foundation", "Coalition", "Institute", "Association", "University"… is an
 * ORGANIZATION ("Tech Coalition", "Bank of England", "Université de Genève"); one holding "Court",
 * "Tribunal" is a GOVERNMENT body ("San Francisco Superior Court"), one holding "Police" a
 * REGULATOR, as the KB types police forces ("Police Scotland"). Names may run through "of",
 * "for", "de", "du" when a capitalised word follows ("Transport for London").
 */
final class OrganizationRule implements NameRecognizer {
  static final String METHOD = "org-rule";

  private static final Map<String, EntityType> HEADS =
      Map.ofEntries(
          Map.entry("foundation", EntityType.ORGANIZATION), Map.entry("fondation", EntityType.ORGANIZATION),
          Map.entry("association", EntityType.ORGANIZATION), Map.entry("coalition", EntityType.ORGANIZATION),
          Map.entry("institute", EntityType.ORGANIZATION), Map.entry("institut", EntityType.ORGANIZATION),
          Map.entry("alliance", EntityType.ORGANIZATION), Map.entry("society", EntityType.ORGANIZATION),
          Map.entry("trust", EntityType.ORGANIZATION), Map.entry("network", EntityType.ORGANIZATION),
          Map.entry("federation", EntityType.ORGANIZATION), Map.entry("league", EntityType.ORGANIZATION),
          Map.entry("ligue", EntityType.ORGANIZATION), Map.entry("union", EntityType.ORGANIZATION),
          Map.entry("syndicat", EntityType.ORGANIZATION), Map.entry("collectif", EntityType.ORGANIZATION),
          Map.entry("observatoire", EntityType.ORGANIZATION), Map.entry("observatory", EntityType.ORGANIZATION),
          Map.entry("university", EntityType.ORGANIZATION), Map.entry("universite", EntityType.ORGANIZATION),
          Map.entry("college", EntityType.ORGANIZATION), Map.entry("school", EntityType.ORGANIZATION),
          Map.entry("ecole", EntityType.ORGANIZATION), Map.entry("bank", EntityType.ORGANIZATION),
          Map.entry("banque", EntityType.ORGANIZATION), Map.entry("charity", EntityType.ORGANIZATION),
          Map.entry("lifeline", EntityType.ORGANIZATION), Map.entry("helpline", EntityType.ORGANIZATION),
          Map.entry("center", EntityType.ORGANIZATION), Map.entry("project", EntityType.ORGANIZATION),
          Map.entry("initiative", EntityType.ORGANIZATION), Map.entry("campaign", EntityType.ORGANIZATION),
          Map.entry("fund", EntityType.ORGANIZATION), Map.entry("fonds", EntityType.ORGANIZATION),
          Map.entry("reserve", EntityType.ORGANIZATION), Map.entry("transport", EntityType.ORGANIZATION),
          Map.entry("government", EntityType.GOVERNMENT), Map.entry("gouvernement", EntityType.GOVERNMENT),
          Map.entry("parliament", EntityType.GOVERNMENT), Map.entry("parlement", EntityType.GOVERNMENT),
          Map.entry("ministry", EntityType.GOVERNMENT), Map.entry("ministere", EntityType.GOVERNMENT),
          Map.entry("department", EntityType.GOVERNMENT), Map.entry("departement", EntityType.GOVERNMENT),
          Map.entry("agency", EntityType.GOVERNMENT), Map.entry("agence", EntityType.GOVERNMENT),
          Map.entry("centre", EntityType.GOVERNMENT), Map.entry("force", EntityType.GOVERNMENT),
          Map.entry("police", EntityType.REGULATOR), Map.entry("gendarmerie", EntityType.REGULATOR),
          Map.entry("court", EntityType.GOVERNMENT), Map.entry("tribunal", EntityType.GOVERNMENT),
          Map.entry("cour", EntityType.GOVERNMENT), Map.entry("prefecture", EntityType.GOVERNMENT));

  /** Words a name runs through; "and" is not one: "the Tech Coalition and the Court" are two. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "&", "de", "du", "des", "d'", "d’");

  /** Second words of a two-word connector: "of the", "de la", "de l'". */
  private static final Set<String> CONNECTOR_TAILS = Set.of("the", "la", "l'", "l’");

  private static final Set<String> LEADING_ARTICLES = Set.of("The", "Le", "La", "Les", "L'", "L’", "A", "An", "Un", "Une");

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      int t = 0;
      while (t < seg.tokenCount()) {
        if (!capitalised(seg.token(t)) || LEADING_ARTICLES.contains(seg.token(t))) {
          t++;
          continue;
        }
        int end = t + 1;
        while (end < seg.tokenCount()) {
          if (capitalised(seg.token(end))) {
            end++;
          } else if (CONNECTORS.contains(seg.token(end)) && end + 1 < seg.tokenCount()
              && (capitalised(seg.token(end + 1))
                  || CONNECTOR_TAILS.contains(seg.token(end + 1)) && end + 2 < seg.tokenCount() && capitalised(seg.token(end + 2)))) {
            end += CONNECTOR_TAILS.contains(seg.token(end + 1)) ? 2 : 1;
          } else {
            break;
          }
        }
        EntityType type = null;
        for (int i = t; i < end && type == null; i++) type = HEADS.get(TextFolding.fold(seg.token(i)));
        int start = seg.tokenStart(t);
        int stop = seg.tokenEnd(end - 1);
        boolean free = true;
        for (Mention m : known) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
        if (type != null && end - t >= 2 && free) {
          String text = ctx.text.substring(start, stop);
          String id = "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
          found.add(new Mention(ctx.field, start, stop, text, id, type, METHOD));
        }
        t = end;
      }
    }
    return found;
  }

  private static boolean capitalised(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0)) && tok.chars().anyMatch(Character::isLetter);
  }
}
