package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Public bodies the KB lacks, which the guidelines type GOVERNMENT (eval/entities/README.md):
 * local and regional councils and legislatures ("Carmarthenshire County Council", "City Hall",
 * "the Legislative Council", "Grand Conseil neuchâtelois", "Conseil-exécutif", "la Ville de
 * Strasbourg", "l'Eurométropole de Strasbourg", "Communauté métropolitaine de Montréal"), courts
 * named by their seat ("le tribunal correctionnel de Rennes", "la cour d'appel de Rennes"), school
 * boards ("la division scolaire Louis-Riel") and offices and departments ("Department for Business
 * and Trade", "Office de la culture du canton de Berne", "Secrétariat d'État à l'économie"). The
 * place inside such a name is part of it, not a mention of its own (longest wins). Found by the
 * head word and the shape of the name, never by a list of bodies, so it reaches bodies no article
 * of ours names.
 */
final class PublicBodyRule implements NameRecognizer {
  static final String METHOD = "public-body";

  /**
   * Heads an article's bracketed acronym may expand ("Office for National Statistics (ONS)",
   * "Communauté métropolitaine de Montréal (CMM)"): {@link AcronymRule} types the expansion by
   * them where {@link OrganizationRule#HEADS} has no head.
   */
  static final Map<String, EntityType> ACRONYM_HEADS =
      Map.ofEntries(
          Map.entry("office", EntityType.GOVERNMENT), Map.entry("communaute", EntityType.GOVERNMENT),
          Map.entry("collectivite", EntityType.GOVERNMENT), Map.entry("council", EntityType.GOVERNMENT),
          Map.entry("conseil", EntityType.GOVERNMENT), Map.entry("direction", EntityType.GOVERNMENT),
          Map.entry("secretariat", EntityType.GOVERNMENT), Map.entry("administration", EntityType.GOVERNMENT),
          Map.entry("assembly", EntityType.GOVERNMENT), Map.entry("legislature", EntityType.GOVERNMENT),
          Map.entry("chancellerie", EntityType.GOVERNMENT), Map.entry("eurometropole", EntityType.GOVERNMENT));

  /** English heads that end a body's name, after the capitalised words that say whose it is. */
  private static final Set<String> ENGLISH_TAIL_HEADS = Set.of("Council", "Assembly", "Legislature");

  /** Words before "Council" that make a professional or advisory body, not a public one ("Bar Council"). */
  private static final Set<String> NON_PUBLIC_COUNCILS =
      Set.of("Bar", "Arts", "Research", "Security", "Student", "Students", "Youth", "Advisory", "British", "Medical",
          "Sport", "Sports", "Ethics", "Faith", "Business", "Trade", "Press", "Nursing", "Union", "Athletic", "Olympic",
          "Design", "Film", "Health", "Safety", "Chamber");

  /** English heads followed by "of"/"for" and what the body is for ("Office for National Statistics"). */
  private static final Set<String> ENGLISH_LEAD_HEADS = Set.of("Department", "Ministry", "Office", "Agency", "Administration", "Directorate");

  /** Words before "Office" that name no public body ("Oval Office", "Post Office"). */
  private static final Set<String> NON_PUBLIC_OFFICES = Set.of("Oval", "Post", "Box", "Head", "Back", "Front", "Ticket", "Press", "Family");

  /**
   * Words that make a body a police force or a prosecution service, which the guidelines type
   * REGULATOR ("Office of the Attorney General", "Crown Office", "Office anti-cybercriminalité"):
   * left to the organisation rule and the KB.
   */
  private static final List<String> PROSECUTION =
      List.of("police", "polic", "prosecut", "attorney", "crown", "commissioner", "crimin", "parquet", "procureur", "gendarm", "mineurs");

  /** French heads written with a capital, which French institutions' names open with. */
  private static final Set<String> FRENCH_HEADS =
      Set.of("Ville", "Eurométropole", "Métropole", "Région", "Office", "Secrétariat", "Direction", "Administration",
          "Chancellerie", "Tribunal", "Cour", "Préfecture", "Mairie", "Rectorat", "Collectivité", "Département",
          "Ministère");

  /** French heads in lower case ("le tribunal correctionnel de Rennes"): a name only with the place they serve. */
  private static final Set<String> FRENCH_LOWER_HEADS = Set.of("tribunal", "cour", "mairie", "préfecture", "rectorat");

  /** "conseil municipal de Montréal", "Conseil national": councils by their tier. */
  private static final Set<String> COUNCIL_TIERS =
      Set.of("municipal", "départemental", "régional", "général", "communal", "national", "fédéral", "exécutif",
          "législatif", "scolaire", "métropolitain", "cantonal", "suprême", "supérieur", "d'État", "d’État", "des États");

  /** School boards: "division scolaire Louis-Riel", "commission scolaire de Montréal". */
  private static final Set<String> SCHOOL_BOARDS = Set.of("division", "commission", "conseil", "Division", "Commission", "Conseil");

  private static final Set<String> CONNECTORS = Set.of("de", "des", "du", "d'", "d’", "à", "au", "aux", "pour");
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "l’");

  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "al", "ale", "aux", "ales",
          "el", "elle", "els", "elles", "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ain", "aine",
          "ains", "aines", "ier", "ière", "iers", "ières", "ère", "ères", "éen", "éenne", "ême", "ieur", "ieure", "il", "ile", "é", "ée", "és", "ées");

  private static final List<String> NATIONALITY_ENDINGS = List.of("aine", "aines", "ienne", "iennes", "aise", "aises", "oise", "oises");

  /** Demonyms, the only adjectives that follow a place inside a name ("Conseil d'État neuchâtelois"). */
  private static final List<String> DEMONYM_ENDINGS =
      List.of("ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine");

  private static final Set<String> LEADING =
      Set.of("The", "A", "An", "In", "At", "On", "For", "From", "With", "By", "To", "Of", "And", "But", "As", "After",
          "Before", "Under", "Meanwhile", "Le", "La", "Les", "L'", "L’", "Au", "Aux", "À", "Du", "Des", "De", "Et");

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    return found.method().equals(METHOD) && absorbs(earlier, found.start(), found.end());
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int t = 0; t < seg.tokenCount(); t++) {
        java.util.function.IntPredicate knownAt = offset -> known.stream().anyMatch(m -> m.field() == ctx.field && m.start() == offset);
        int[] span = language.equals("fr") ? french(seg, t) : english(seg, t, knownAt);
        if (span == null) continue;
        int start = seg.tokenStart(span[0]);
        int stop = seg.tokenEnd(span[1] - 1);
        if (!free(ctx, start, stop, known, found)) continue;
        String text = ctx.text.substring(start, stop);
        found.add(new Mention(ctx.field, start, stop, text, "new/government/" + GazetteerRecognizer.slug(text), EntityType.GOVERNMENT, METHOD));
        t = span[1] - 1;
      }
    }
    return found;
  }

  /** Token range [start, end) of an English body whose name ends or starts at token {@code t}, or null. */
  private static int[] english(Segmentation seg, int t, java.util.function.IntPredicate known) {
    String tok = seg.token(t);
    if (tok.equals("Hall") && t > 0 && (seg.token(t - 1).equals("City") || seg.token(t - 1).equals("Town"))) {
      // "declared at City Hall", "outside City Hall": the building (LOCATION), not the city acting
      String before = t > 1 ? seg.token(t - 2) : "";
      if (Set.of("at", "in", "outside", "inside", "At", "In", "Outside", "Inside").contains(before)) return null;
      return new int[] {t - 1, t + 1};
    }
    if (ENGLISH_TAIL_HEADS.contains(tok)) {
      int start = capitalisedBefore(seg, t);
      if (start == t) {
        // "the Legislature", "Assembly member Nadia Petrosyan": a lone head names the body only so
        boolean member = t + 1 < seg.tokenCount() && Set.of("member", "members", "Speaker").contains(seg.token(t + 1));
        return tok.equals("Legislature") || (!tok.equals("Council") && member) ? new int[] {t, t + 1} : null;
      }
      if (tok.equals("Council")) {
        for (int i = start; i < t; i++) if (NON_PUBLIC_COUNCILS.contains(seg.token(i))) return null;
      }
      // "Law Council of Australia", "Singapore Council of Women's Organisations": the name goes on
      // past "of", and such bodies are as often private as public
      if (t + 2 < seg.tokenCount() && seg.token(t + 1).equals("of") && capitalised(seg.token(t + 2))) return null;
      return new int[] {start, t + 1};
    }
    if (ENGLISH_LEAD_HEADS.contains(tok)) {
      int start = capitalisedBefore(seg, t);
      if (tok.equals("Office") && start < t && NON_PUBLIC_OFFICES.contains(seg.token(t - 1))) return null;
      int end = t + 1;
      if (end + 1 < seg.tokenCount() && (seg.token(end).equals("of") || seg.token(end).equals("for"))) {
        int after = end + 1;
        if (after < seg.tokenCount() && seg.token(after).equals("the")) after++;
        int run = capitalisedRun(seg, after);
        if (run > after) {
          end = run;
          // "Department for Business and Trade", "Ministry of Culture, Community and Youth"
          int k = end;
          while (k + 1 < seg.tokenCount()) {
            String sep = seg.token(k);
            if (!sep.equals(",") && !sep.equals("and")) break;
            int next = capitalisedRun(seg, k + 1);
            // "the Department for Education and Ofcom": a name the KB knows is another body
            if (next == k + 1 || known.test(seg.tokenStart(k + 1))) break;
            // a comma joins only a list that "and" closes
            if (sep.equals(",") && (next >= seg.tokenCount() || !seg.token(next).equals("and"))) break;
            end = next;
            k = next;
            if (sep.equals("and")) break;
          }
        }
      }
      if (start == t && end == t + 1) return null;
      // "Police Department" is a police force: REGULATOR, left to the organisation rule
      for (int i = start; i < end; i++) if (PROSECUTION.stream().anyMatch(TextFolding.fold(seg.token(i))::startsWith)) return null;
      return new int[] {start, end};
    }
    return null;
  }

  /** First of the capitalised words right before token {@code t} that belong to its name. */
  private static int capitalisedBefore(Segmentation seg, int t) {
    int start = t;
    int sentence = seg.sentenceAt(seg.tokenStart(t));
    while (start > 0 && t - start < 5) {
      String prev = seg.token(start - 1);
      if (!capitalised(prev) || LEADING.contains(prev) || prev.endsWith("'s") || prev.endsWith("’s")
          || seg.sentenceAt(seg.tokenStart(start - 1)) != sentence || TitleRule.TITLES.contains(TextFolding.fold(prev))) {
        break;
      }
      start--;
    }
    return start;
  }

  /** End (exclusive) of the capitalised words from token {@code i}. */
  private static int capitalisedRun(Segmentation seg, int i) {
    int end = i;
    while (end < seg.tokenCount() && end - i < 6 && capitalised(seg.token(end)) && !LEADING.contains(seg.token(end))) end++;
    return end;
  }

  /** Token range of a French body opening at token {@code t}, or null. */
  private static int[] french(Segmentation seg, int t) {
    String tok = seg.token(t);
    int n = seg.tokenCount();
    // "Grand Conseil", "Grand Conseil neuchâtelois"
    if (tok.equals("Grand") && t + 1 < n && seg.token(t + 1).equals("Conseil")) {
      return new int[] {t, demonymAfter(seg, t + 2)};
    }
    if (tok.equals("Conseil-exécutif") || tok.equals("Conseil-Exécutif")) return new int[] {t, demonymAfter(seg, t + 1)};
    if (tok.equals("Conseil") || tok.equals("conseil")) {
      int tier = tierEnd(seg, t + 1);
      if (tier < 0) return null;
      int end = walk(seg, tier, false);
      boolean named = false;
      for (int i = tier; i < end; i++) named |= capitalised(seg.token(i));
      // "le conseil municipal" alone is a common noun; "le conseil municipal de Montréal" a name
      if (tok.equals("conseil") && !named) return null;
      return new int[] {t, end};
    }
    if (SCHOOL_BOARDS.contains(tok) && t + 2 < n && seg.token(t + 1).equals("scolaire")) {
      int end = walk(seg, t + 2, false);
      if (end == t + 2 && capitalised(seg.token(t + 2))) end = capitalisedRun(seg, t + 2);
      return end > t + 2 ? new int[] {t, end} : null;
    }
    if (tok.equals("Communauté") && t + 1 < n) {
      String next = seg.token(t + 1);
      boolean local = next.equals("métropolitaine") || next.equals("urbaine")
          || (CONNECTORS.contains(next) && t + 2 < n && Set.of("communes", "agglomération").contains(seg.token(t + 2)));
      if (!local) return null;
      int end = walk(seg, t + 1, true);
      return end > t + 2 ? new int[] {t, end} : null;
    }
    boolean upper = FRENCH_HEADS.contains(tok);
    if ((upper || FRENCH_LOWER_HEADS.contains(tok)) && t + 1 < n) {
      int end = walk(seg, t + 1, true);
      for (int i = t + 1; i < end; i++) {
        String key = TextFolding.fold(seg.token(i));
        if (PROSECUTION.stream().anyMatch(key::contains)) return null;
      }
    }
    boolean lower = FRENCH_LOWER_HEADS.contains(tok);
    if (!upper && !lower) return null;
    if (tok.equals("Région") && t + 1 < n && capitalised(seg.token(t + 1))) {
      return new int[] {t, capitalisedRun(seg, t + 1)};
    }
    // "devant un tribunal de San Francisco": some court there, no named body; "élue à la mairie de
    // Montréal": the office, not the town hall
    String before = t > 0 ? seg.token(t - 1) : "";
    if (lower && (before.equals("un") || before.equals("une") || (tok.equals("mairie") && t > 1 && seg.token(t - 2).equals("à")))) return null;
    int end = walk(seg, t + 1, true);
    // "la Cour constitutionnelle roumaine": a nationality after the name's adjective is outside it
    if (end - t >= 3 && lowerWord(seg.token(end - 1)) && lowerWord(seg.token(end - 2))
        && NATIONALITY_ENDINGS.stream().anyMatch(seg.token(end - 1)::endsWith)
        && ADJECTIVE_ENDINGS.stream().anyMatch(seg.token(end - 2)::endsWith)) {
      end--;
    }
    if (end == t + 1) return null;
    boolean placed = false;
    for (int i = t + 1; i < end; i++) placed |= capitalised(seg.token(i));
    // a lower-case head, or a town hall or city's name, is a body only with the place it serves
    if ((lower || Set.of("Ville", "Eurométropole", "Métropole", "Mairie", "Préfecture", "Région").contains(tok)) && !placed) return null;
    if (tok.equals("Ville") && !CONNECTORS.contains(seg.token(t + 1))) return null;
    return new int[] {t, end};
  }

  /** End of a council's tier words after token {@code i} ("national", "d'État", "des États"), or -1. */
  private static int tierEnd(Segmentation seg, int i) {
    if (i >= seg.tokenCount()) return -1;
    String tok = seg.token(i);
    if (COUNCIL_TIERS.contains(tok)) return i + 1;
    if (i + 1 < seg.tokenCount()) {
      String two = tok + (tok.endsWith("'") || tok.endsWith("’") ? "" : " ") + seg.token(i + 1);
      if (COUNCIL_TIERS.contains(two)) return demonymAfter(seg, i + 2);
    }
    return -1;
  }

  private static int demonymAfter(Segmentation seg, int i) {
    if (i < seg.tokenCount() && lowerWord(seg.token(i)) && DEMONYM_ENDINGS.stream().anyMatch(seg.token(i)::endsWith)) return i + 1;
    return i;
  }

  /**
   * End of a French institution's name from token {@code i}: lower-case adjectives, "de" phrases
   * ("de la culture", "du canton de Berne", "d'appel de Rennes"), capitalised places and a
   * demonym after a place. Stops at the verb or the comma.
   */
  private static int walk(Segmentation seg, int i, boolean adjectives) {
    int n = seg.tokenCount();
    int end = i;
    boolean afterPlace = false;
    while (end < n) {
      String tok = seg.token(end);
      if ((CONNECTORS.contains(tok) || (tok.equals("et") && end + 1 < n && CONNECTORS.contains(seg.token(end + 1)))) && end + 1 < n) {
        int noun = tok.equals("et") ? end + 2 : end + 1;
        boolean article = noun < n && ARTICLES.contains(seg.token(noun));
        if (article) noun++;
        if (noun >= n) break;
        // "à accompagner", "pour protéger": a verb, not the body's remit ("à l'économie")
        if ((tok.equals("à") || tok.equals("pour")) && !article) break;
        String word = seg.token(noun);
        if (capitalised(word)) {
          end = capitalisedPlace(seg, noun);
          afterPlace = true;
        } else if (lowerWord(word) && word.length() > 2 && !TitleRule.SPEECH.contains(TextFolding.fold(word))
            // "demandant au Conseil fédéral de créer", "d'agir": a verb; "du pays": the country, not the name
            && (article || !(word.endsWith("er") || word.endsWith("ir"))) && !word.equals("pays")) {
          end = noun + 1;
          afterPlace = false;
        } else {
          break;
        }
      } else if (tok.equals(",") && end > i && end + 2 < n && CONNECTORS.contains(seg.token(end + 1)) && !afterPlace) {
        // "Département de la formation, de la digitalisation et des sports": a list of remits
        // joins the name only where "et" closes it
        int more = walk(seg, end + 1, false);
        boolean closed = false;
        for (int k = end + 1; k < more; k++) closed |= seg.token(k).equals("et");
        if (!closed) break;
        end = more;
      } else if (lowerWord(tok) && !afterPlace && (adjectives || end > i) && ADJECTIVE_ENDINGS.stream().anyMatch(tok::endsWith)
          && !TitleRule.SPEECH.contains(TextFolding.fold(tok))) {
        end++;
      } else if (lowerWord(tok) && afterPlace && DEMONYM_ENDINGS.stream().anyMatch(tok::endsWith)) {
        end++;
        afterPlace = false;
      } else if (capitalised(tok) && end > i && !afterPlace && !LEADING.contains(tok)) {
        // "Tribunal régional Jura bernois-Seeland", "division scolaire Louis-Riel"
        end = capitalisedPlace(seg, end);
        afterPlace = true;
      } else {
        break;
      }
    }
    return end;
  }

  /** A place's words from token {@code i}: capitalised words, "de la" inside them ("Pays de la Loire"), a "-Seeland" tail. */
  private static int capitalisedPlace(Segmentation seg, int i) {
    int n = seg.tokenCount();
    int end = i;
    while (end < n && end - i < 6) {
      String tok = seg.token(end);
      if (capitalised(tok) && !LEADING.contains(tok)) {
        end++;
      } else if (tok.indexOf('-') > 0 && Character.isUpperCase(tok.charAt(tok.indexOf('-') + 1 < tok.length() ? tok.indexOf('-') + 1 : 0))) {
        end++; // "bernois-Seeland"
      } else if (end > i && tok.equals("de") && end + 2 < n && ARTICLES.contains(seg.token(end + 1)) && capitalised(seg.token(end + 2))
          && end + 2 - i < 5 && seg.token(end + 2).length() > 2 && Character.isUpperCase(seg.token(i).charAt(0))
          && seg.token(end - 1).equals("Pays")) {
        end += 2; // "Pays de la Loire"
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean free(FieldContext ctx, int start, int stop, List<Mention> known, List<Mention> found) {
    for (Mention m : known) {
      if (m.field() == ctx.field && m.start() < stop && start < m.end() && !absorbs(m, start, stop)) return false;
    }
    for (Mention m : found) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    return true;
  }

  /**
   * A place or government named inside a body's longer name ("Strasbourg" in "Ville de
   * Strasbourg", "Conseil d'État" in "Conseil d'État neuchâtelois") is part of that name.
   */
  static boolean absorbs(Mention m, int start, int stop) {
    if (m.start() < start || m.end() > stop || m.end() - m.start() == stop - start) return false;
    if (m.type() == EntityType.LOCATION) return true;
    // a known government keeps its id unless the body is a different one around it: a place's
    // government inside the name, or a national name made cantonal by a demonym
    return m.type() == EntityType.GOVERNMENT && (m.start() > start || stop - m.end() > 1 && stop - m.end() <= 16);
  }

  private static boolean lowerWord(String tok) {
    return tok.length() > 1 && Character.isLowerCase(tok.charAt(0)) && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  private static boolean capitalised(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0)) && tok.chars().anyMatch(Character::isLetter)
        && tok.chars().noneMatch(c -> c == '\'' || c == '’');
  }

}
