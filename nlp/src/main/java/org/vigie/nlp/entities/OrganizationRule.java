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

  static final Map<String, EntityType> HEADS =
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
          Map.entry("cour", EntityType.GOVERNMENT), Map.entry("prefecture", EntityType.GOVERNMENT),
          Map.entry("hopital", EntityType.ORGANIZATION), Map.entry("hospital", EntityType.ORGANIZATION),
          Map.entry("infirmary", EntityType.ORGANIZATION), Map.entry("clinique", EntityType.ORGANIZATION),
          Map.entry("chu", EntityType.ORGANIZATION), Map.entry("lycee", EntityType.ORGANIZATION),
          Map.entry("barreau", EntityType.ORGANIZATION), Map.entry("cci", EntityType.ORGANIZATION),
          Map.entry("confederation", EntityType.ORGANIZATION), Map.entry("party", EntityType.ORGANIZATION),
          Map.entry("commission", EntityType.REGULATOR), Map.entry("authority", EntityType.REGULATOR),
          Map.entry("autorite", EntityType.REGULATOR));

  /**
   * Heads written in lower case that open a name ("collège Jean-Moulin", "hôpital Robert-Debré",
   * "université Paris-Sorbonne", "barreau de Paris"): the name includes them.
   */
  private static final Set<String> LOWER_HEADS =
      Set.of("college", "lycee", "ecole", "universite", "hopital", "clinique", "barreau", "institut", "fondation");

  /**
   * Nouns that introduce an organisation's name in apposition ("l'association Clic-Sûr 44", "the
   * charity Safe Screens Scotland", "le think tank bucarestois Expert Forum"): the name is the
   * capitalised words after them, the noun outside it.
   */
  private static final Set<String> APPOSITIVE_HEADS =
      Set.of("association", "charity", "collectif", "ong", "ngo", "organisation", "organization", "organisme",
          "tank", "syndicat", "parti", "party", "campaign", "group", "groupe", "federation", "coalition", "reseau",
          "network", "movement", "mouvement", "club", "societe", "entreprise", "company", "firm", "cabinet",
          "start-up", "startup", "firme", "hotline", "helpline");

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
        boolean lowerHead = LOWER_HEADS.contains(TextFolding.fold(seg.token(t))) && Character.isLowerCase(seg.token(t).charAt(0))
            && t + 1 < seg.tokenCount() && (capitalised(seg.token(t + 1))
                || CONNECTORS.contains(seg.token(t + 1)) && t + 2 < seg.tokenCount() && capitalised(seg.token(t + 2)));
        if (!lowerHead && (!capitalised(seg.token(t)) || LEADING_ARTICLES.contains(seg.token(t)))) {
          t++;
          continue;
        }
        boolean apposed = !lowerHead && appositiveBefore(seg, t);
        int end = t + 1;
        while (end < seg.tokenCount()) {
          // a title ends the name: "Animal Justice Party MP Georgie Purcell"
          if (TitleRule.TITLES.contains(TextFolding.fold(seg.token(end)))) break;
          if (capitalised(seg.token(end)) || (apposed && end - t < 4 && isNamePart(seg.token(end)))) {
            end++;
          } else if ((!lowerHead || end == t + 1) && CONNECTORS.contains(seg.token(end)) && end + 1 < seg.tokenCount()
              && (capitalised(seg.token(end + 1))
                  || CONNECTOR_TAILS.contains(seg.token(end + 1)) && end + 2 < seg.tokenCount() && capitalised(seg.token(end + 2)))) {
            end += CONNECTOR_TAILS.contains(seg.token(end + 1)) ? 2 : 1;
          } else {
            break;
          }
        }
        EntityType type = null;
        for (int i = t; i < end && type == null; i++) type = HEADS.get(TextFolding.fold(seg.token(i)));
        if (type == null && apposed) type = COMPANY_HEADS.contains(TextFolding.fold(seg.token(headBefore(seg, t)))) ? EntityType.COMPANY : EntityType.ORGANIZATION;
        int start = seg.tokenStart(t);
        int stop = seg.tokenEnd(end - 1);
        boolean free = true;
        for (Mention m : known) {
          boolean overlap = m.field() == ctx.field && m.start() < stop && start < m.end();
          free &= !overlap || replaceable(m, start, stop);
        }
        if (type != null && (end - t >= 2 || apposed) && free) {
          String text = ctx.text.substring(start, stop);
          String id = "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
          found.add(new Mention(ctx.field, start, stop, text, id, type, METHOD));
        }
        t = end;
      }
    }
    return found;
  }

  /**
   * A place or a country's government named inside an institution's name ("Transport for London",
   * "barreau de Paris", "Royal Infirmary of Edinburgh") is part of that name.
   */
  static boolean replaceable(Mention m, int start, int stop) {
    if (m.start() < start || m.end() > stop || m.end() - m.start() == stop - start) return false;
    return m.type() == EntityType.LOCATION || (m.type() == EntityType.GOVERNMENT && m.method().startsWith("gazetteer+context"));
  }

  /** Appositive heads that name a business: law firms and companies are COMPANY (eval/entities/README.md). */
  private static final Set<String> COMPANY_HEADS =
      Set.of("societe", "entreprise", "company", "firm", "firme", "cabinet", "start-up", "startup");

  private static int headBefore(Segmentation seg, int t) {
    for (int i = t - 1; i >= Math.max(0, t - 2); i--) {
      if (APPOSITIVE_HEADS.contains(TextFolding.fold(seg.token(i)))) return i;
    }
    return t - 1;
  }

  /** An appositive head right before token {@code t}, with at most one lower-case adjective between. */
  private static boolean appositiveBefore(Segmentation seg, int t) {
    for (int i = t - 1; i >= Math.max(0, t - 2); i--) {
      String tok = seg.token(i);
      if (tok.isEmpty() || !Character.isLowerCase(tok.charAt(0))) return false;
      if (APPOSITIVE_HEADS.contains(TextFolding.fold(tok))) return i == t - 1 || !CONNECTORS.contains(seg.token(t - 1));
    }
    return false;
  }

  /** Digits and "&" continue an apposed name ("Clic-Sûr 44", "Vautrin & Lacombe"). */
  private static boolean isNamePart(String tok) {
    return tok.equals("&") || (!tok.isEmpty() && tok.chars().allMatch(Character::isDigit));
  }

  private static boolean capitalised(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0)) && tok.chars().anyMatch(Character::isLetter);
  }
}
