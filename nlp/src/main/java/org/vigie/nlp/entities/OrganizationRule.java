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
          Map.entry("centre", EntityType.ORGANIZATION), Map.entry("force", EntityType.GOVERNMENT),
          Map.entry("police", EntityType.REGULATOR), Map.entry("gendarmerie", EntityType.REGULATOR),
          Map.entry("court", EntityType.GOVERNMENT), Map.entry("tribunal", EntityType.GOVERNMENT),
          Map.entry("cour", EntityType.GOVERNMENT), Map.entry("prefecture", EntityType.GOVERNMENT),
          Map.entry("hopital", EntityType.ORGANIZATION), Map.entry("hospital", EntityType.ORGANIZATION),
          Map.entry("infirmary", EntityType.ORGANIZATION), Map.entry("clinique", EntityType.ORGANIZATION),
          Map.entry("chu", EntityType.ORGANIZATION), Map.entry("lycee", EntityType.ORGANIZATION),
          Map.entry("cegep", EntityType.ORGANIZATION), Map.entry("polyvalente", EntityType.ORGANIZATION),
          Map.entry("academy", EntityType.ORGANIZATION), Map.entry("academie", EntityType.ORGANIZATION),
          Map.entry("cooperative", EntityType.COMPANY),
          Map.entry("barreau", EntityType.ORGANIZATION), Map.entry("cci", EntityType.ORGANIZATION),
          Map.entry("confederation", EntityType.ORGANIZATION), Map.entry("party", EntityType.ORGANIZATION),
          Map.entry("commission", EntityType.REGULATOR), Map.entry("authority", EntityType.REGULATOR),
          Map.entry("autorite", EntityType.REGULATOR));

  /**
   * Heads written in lower case that open a name ("collège Jean-Moulin", "hôpital Robert-Debré",
   * "université Paris-Sorbonne", "barreau de Paris"): the name includes them.
   */
  static final Set<String> LOWER_HEADS =
      Set.of("college", "lycee", "ecole", "universite", "hopital", "clinique", "barreau", "institut", "fondation", "cegep",
          "polyvalente");

  /**
   * Nouns that introduce an organisation's name in apposition ("l'association Clic-Sûr 44", "the
   * charity Safe Screens Scotland", "le think tank bucarestois Expert Forum"): the name is the
   * capitalised words after them, the noun outside it.
   */
  static final Set<String> APPOSITIVE_HEADS =
      Set.of("association", "charity", "collectif", "ong", "ngo", "organisation", "organization", "organisme",
          "tank", "syndicat", "parti", "party", "campaign", "group", "groupe", "federation", "coalition", "reseau",
          "network", "movement", "mouvement", "club", "societe", "entreprise", "company", "firm", "cabinet",
          "start-up", "startup", "firme", "hotline", "helpline");

  /** Words a name runs through; "and" is not one: "the Tech Coalition and the Court" are two. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "&", "de", "du", "des", "d'", "d’");

  /** Second words of a two-word connector: "of the", "de la", "de l'". */
  private static final Set<String> CONNECTOR_TAILS = Set.of("the", "la", "l'", "l’");

  static final Set<String> LEADING_ARTICLES = Set.of("The", "Le", "La", "Les", "L'", "L’", "A", "An", "Un", "Une");

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // the institution's name holds the place it was read as ("Transport for London")
    return found.method().equals(METHOD) && replaceable(earlier, found.start(), found.end());
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      int t = 0;
      while (t < seg.tokenCount()) {
        boolean lowerHead = LOWER_HEADS.contains(TextFolding.fold(seg.token(t))) && Character.isLowerCase(seg.token(t).charAt(0))
            && t + 1 < seg.tokenCount() && (capitalised(seg.token(t + 1))
                || CONNECTORS.contains(seg.token(t + 1)) && t + 2 < seg.tokenCount() && capitalised(seg.token(t + 2))
                || lowerHeadAdjective(seg, t + 1) && t + 2 < seg.tokenCount() && capitalised(seg.token(t + 2)))
            && (!seg.token(t).equals("polyvalente") || t > 0 && Set.of("la", "une", "l'", "l’").contains(seg.token(t - 1)))
            // "dans un collège d'Outremont": an indefinite article describes a school, it names none
            && !(t > 0 && Set.of("un", "une", "a", "an").contains(seg.token(t - 1).toLowerCase(java.util.Locale.ROOT))
                && !seg.token(t).equals("polyvalente"));
        if (!lowerHead && (!capitalised(seg.token(t)) || LEADING_ARTICLES.contains(seg.token(t)) || LEADING_WORDS.contains(seg.token(t)))) {
          t++;
          continue;
        }
        boolean apposed = !lowerHead && appositiveBefore(seg, t);
        int end = t + 1;
        while (end < seg.tokenCount()) {
          // a title ends the name: "Animal Justice Party MP Georgie Purcell"
          if (TitleRule.TITLES.contains(TextFolding.fold(seg.token(end)))) break;
          if (capitalised(seg.token(end)) || (apposed && end - t < 4 && isNamePart(seg.token(end))) || universityNumber(seg, t, end)
              || (lowerHead && end == t + 1 && lowerHeadAdjective(seg, end))) {
            end++;
          } else if (apposed && language.equals("fr") && end + 1 < seg.tokenCount() && isWord(seg.token(end))
              && Character.isLowerCase(seg.token(end).charAt(0)) && Set.of(",", ".", ")").contains(seg.token(end + 1))
              && FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(seg.token(end)::endsWith)) {
            // "du parti libéral Slovaquie progressiste, Michal Šimečka": French names keep their adjective
            end++;
            break;
          } else if ((!lowerHead || end == t + 1) && CONNECTORS.contains(seg.token(end)) && end + 1 < seg.tokenCount()
              && (capitalised(seg.token(end + 1))
                  || CONNECTOR_TAILS.contains(seg.token(end + 1)) && end + 2 < seg.tokenCount() && capitalised(seg.token(end + 2)))) {
            end += CONNECTOR_TAILS.contains(seg.token(end + 1)) ? 2 : 1;
          } else {
            break;
          }
        }
        EntityType type = null;
        int headAt = -1;
        for (int i = t; i < end && type == null; i++) {
          type = head(seg.token(i));
          if (type != null) headAt = i;
        }
        int runEnd = end;
        if (type != null && !apposed && !lowerHead) {
          // "Professor Eleanor Chu of the University of Sydney", "Dr Priya Raman of Monash
          // University": a person introduced by a title, then the institution after the connector
          int connector = -1;
          for (int i = t + 1; i < headAt; i++) if (CONNECTORS.contains(seg.token(i))) connector = i;
          String firstKey = TextFolding.fold(seg.token(t)).replace(".", "");
          if (connector > 0 && (TitleRule.HONORIFICS.contains(firstKey) || TitleRule.TITLES.contains(firstKey)
              || CAPITALISED_TITLES.contains(firstKey))) {
            t = connector + 1;
            if (t < end && CONNECTOR_TAILS.contains(seg.token(t))) t++;
            if (t < end && LEADING_ARTICLES.contains(seg.token(t))) t++;
          }
        }
        type = publicCentre(seg, t, end, type);
        if (type == null && !apposed && !lowerHead) {
          type = partyNamedAsNoun(seg, t, end);
          if (type != null) {
            apposed = true; // a name of its own, however short
            if (PARTY_HEADS.contains(seg.token(t)) && end == t + 1) end++;
          }
        }
        if (type == null && !apposed && !lowerHead) {
          // "Les Ultra Boys 90, principal groupe de supporters": a number ends the name before the comma
          boolean numbered = end + 1 < seg.tokenCount() && isNamePart(seg.token(end)) && !seg.token(end).equals("&")
              && seg.token(end + 1).equals(",") && describedAfter(seg, end + 1) >= 0;
          if (numbered) end++;
          int described = describedAfter(seg, end);
          // a lone capitalised word opening a sentence ("Meanwhile, the union…") is no name unless it
          // looks like one inside ("SAG-AFTRA", "CCLA")
          boolean opensSentence = t == 0 || seg.sentenceAt(seg.tokenStart(t - 1)) != seg.sentenceAt(seg.tokenStart(t));
          // "In Glasgow, the charity…", "Au Saguenay, l'organisme…": a place opening the sentence
          if (t > 0 && LOCATIVES.contains(seg.token(t - 1).toLowerCase(java.util.Locale.ROOT))) described = -1;
          // "Fondée par Eugenia Kuyda, l'entreprise…", "Valérie Plante, a félicité l'équipe": a person's name
          if (described >= 0 && end >= t + 2 && GivenNameRule.givenName(seg.token(t))) described = -1;
          if (described >= 0 && end == t + 1 && opensSentence && seg.token(t).substring(1).chars().noneMatch(c -> Character.isUpperCase(c) || c == '-')) {
            described = -1;
          }
          if (described >= 0) {
            apposed = true;
            String describedKey = TextFolding.fold(seg.token(described));
            type = COMPANY_HEADS.contains(describedKey) || OrganizationCues.describedType(describedKey) == EntityType.COMPANY
                ? EntityType.COMPANY : EntityType.ORGANIZATION;
          }
        }
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
        t = Math.max(runEnd, t + 1);
      }
      if (language.equals("fr")) {
        frenchInstitutions(ctx, known, found);
        employers(ctx, known, found);
      }
    }
    return found;
  }

  /** French heads of institutions' names, which French writes with one capital. */
  private static final Set<String> FRENCH_HEADS =
      Set.of("Commission", "Association", "Fondation", "Fédération", "Ligue", "Union", "Syndicat", "Observatoire",
          "Autorité", "Cour", "Tribunal", "Agence", "Institut", "Service", "Maison", "Chambre", "Confédération",
          "Collectif", "Ministère", "Département", "Gendarmerie", "Police", "Banque", "Université", "École", "Centre",
          "Coalition", "Club", "Regroupement", "Coopérative", "Académie");

  static final List<String> FRENCH_ADJECTIVE_ENDINGS =
      List.of("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "al", "ale", "aux", "ales",
          "el", "elle", "els", "elles", "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "é", "ée", "és", "ées",
          "eux", "euse", "euses", "ile", "iles", "ain", "aine", "ains", "aines", "iste", "istes", "able", "ables", "ible",
          "ibles", "ier", "ière", "iers", "ières", "gère", "gères", "ante", "antes", "ente", "entes");

  /**
   * "Association canadienne des libertés civiles", "Bureau de la concurrence", "Service de
   * police de Sherbrooke", "Commission des communications et du multimédia": a capitalised head,
   * then adjectives and "de" phrases in lower case (French capitalises only the first word of an
   * institution's name). The name stops at the first word that is neither an adjective nor the
   * noun of a "de" phrase, usually the verb.
   */
  private void frenchInstitutions(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 0; t + 1 < seg.tokenCount(); t++) {
      if (!FRENCH_HEADS.contains(seg.token(t))) continue;
      int end = t + 1;
      int lastContent = t;
      while (end < seg.tokenCount()) {
        String tok = seg.token(end);
        String lower = tok.toLowerCase(java.util.Locale.ROOT);
        if (FRENCH_CONNECTORS.contains(lower) && end + 1 < seg.tokenCount()) {
          int noun = end + 1;
          if (noun < seg.tokenCount()
              && Set.of("la", "l'", "l’", "du", "d'", "d’", "des", "les").contains(seg.token(noun))) {
            noun++;
          }
          if (noun >= seg.tokenCount() || !isWord(seg.token(noun))) break;
          end = noun + 1;
          lastContent = noun;
        } else if (isWord(tok) && Character.isLowerCase(tok.charAt(0))
            && (FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(lower::endsWith) || OrganizationCues.NATIONALITIES.contains(lower))
            && !TitleRule.SPEECH.contains(TextFolding.fold(tok))) { // "indique", "explique" are verbs
          end++;
          lastContent = end - 1;
        } else if (capitalised(tok) && end - 1 == lastContent && end > t + 1) {
          end++; // "Service de police de Sherbrooke", "Maison des adolescents de Loire-Atlantique"
          lastContent = end - 1;
        } else {
          break;
        }
      }
      end = lastContent + 1;
      // "la Cour constitutionnelle roumaine": a nationality after the name's adjective is outside it
      if (end - t >= 3) { // only a name of three tokens or more has an adjective before its last
        String last = seg.token(end - 1);
        String beforeLast = seg.token(end - 2);
        if (NATIONALITY_ENDINGS.stream().anyMatch(last::endsWith) && Character.isLowerCase(last.charAt(0)) // not "Saint-Ambroise"
            && Character.isLowerCase(beforeLast.charAt(0)) && FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(beforeLast::endsWith)
            // "Police cantonale fribourgeoise": after a level of government the adjective names its canton, inside the name
            && !LEVELS.contains(TextFolding.fold(beforeLast))) {
          end--;
        }
      }
      if (end - t < 2) continue;
      EntityType type = null;
      for (int i = t; i < end && type == null; i++) type = head(seg.token(i));
      if (type == null) type = EntityType.ORGANIZATION;
      type = publicCentre(seg, t, end, type);
      int start = seg.tokenStart(t);
      int stop = seg.tokenEnd(end - 1);
      boolean free = true;
      // a known name at the head ("la Commission chargée de…") stays that name
      for (Mention m : known) {
        boolean overlap = m.field() == ctx.field && m.start() < stop && start < m.end();
        free &= !overlap || (replaceable(m, start, stop) && m.start() > start);
      }
      for (Mention m : found) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
      if (!free) continue;
      String text = ctx.text.substring(start, stop);
      found.add(new Mention(ctx.field, start, stop, text, "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text), type, METHOD));
      t = end - 1;
    }
  }

  private static final Set<String> LEVELS =
      Set.of("cantonal", "cantonale", "cantonaux", "cantonales", "municipal", "municipale", "communal", "communale", "regional",
          "regionale", "departemental", "departementale", "provincial", "provinciale", "metropolitain", "metropolitaine");

  private static final List<String> NATIONALITY_ENDINGS = List.of("aine", "aines", "ienne", "iennes", "aise", "aises", "oise", "oises");

  private static final Set<String> FRENCH_CONNECTORS = Set.of("de", "des", "du", "d'", "d’", "et", "pour", "contre", "à");

  private static boolean isWord(String tok) {
    return tok.length() > 1 && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  /**
   * "Chez Lexivox, une jeune pousse…", "chez Ouest Tôlerie Marine", "avocat chez Option
   * consommateurs": the employer or business a French sentence is at. A lower-case word joins the
   * name only where a comma or a full stop ends it.
   */
  private void employers(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 0; t + 1 < seg.tokenCount(); t++) {
      if (!seg.token(t).equalsIgnoreCase("chez")) continue;
      int first = t + 1;
      int end = first;
      while (end < seg.tokenCount() && end - first < 4 && capitalised(seg.token(end)) && !LEADING_ARTICLES.contains(seg.token(end))) end++;
      if (end == first) continue;
      // "chez Thérèse Lachapelle-Vézina": at someone's home
      if (end >= first + 2 && GivenNameRule.givenName(seg.token(first))) continue;
      if (end + 1 < seg.tokenCount() && isWord(seg.token(end)) && Character.isLowerCase(seg.token(end).charAt(0))
          && (seg.token(end + 1).equals(",") || seg.token(end + 1).equals("."))) {
        end++;
      }
      int start = seg.tokenStart(first);
      int stop = seg.tokenEnd(end - 1);
      boolean free = true;
      for (Mention m : known) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
      for (Mention m : found) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
      if (!free) continue;
      String text = ctx.text.substring(start, stop);
      found.add(new Mention(ctx.field, start, stop, text, "new/company/" + GazetteerRecognizer.slug(text), EntityType.COMPANY, METHOD));
    }
  }

  /** Heads that are acronyms ("CHU", "CCI") count only in capitals: "Eleanor Chu" is a person. */
  private static final Set<String> ACRONYM_HEADS = Set.of("chu", "cci");

  private static EntityType head(String tok) {
    String key = TextFolding.fold(tok);
    if (ACRONYM_HEADS.contains(key) && !tok.chars().allMatch(Character::isUpperCase)) return null;
    return HEADS.get(key);
  }

  /** Capitalised words that open a sentence without opening a name ("At Brunswick Secondary College"). */
  static final Set<String> LEADING_WORDS =
      Set.of("At", "In", "On", "For", "From", "With", "By", "To", "Of", "À", "Au", "Aux", "Dans", "Pour", "Chez", "Selon",
          "Avec", "Sur", "Par", "De", "Du", "Des", "En", "Sans", "Après", "Avant", "Depuis", "After", "Before", "Since",
          "Without", "Under", "Sous");

  private static final Set<String> CAPITALISED_TITLES =
      Set.of("professor", "doctor", "detective", "sergeant", "inspector", "superintendent", "constable", "principal",
          "lawyer", "senator", "judge", "justice", "commissioner", "chief", "councillor", "mayor");

  /** Heads of party names, which French writes with a lower-case adjective ("Parti québécois", "Bloc québécois"). */
  private static final Set<String> PARTY_HEADS = Set.of("Parti", "Bloc", "Rassemblement", "Front", "Mouvement", "Union");

  /** Titles of elected members, before which a capitalised name is their party ("SNP MSP Iain Cowie"). */
  private static final Set<String> MEMBER_TITLES = Set.of("MSP", "MP", "MEP", "MLA", "MPP", "MNA", "TD", "MS", "AM");

  /**
   * Parties named as nouns: a party head and its lower-case adjective ("le Parti québécois", "le
   * Bloc québécois"), or an acronym right before an elected member's title ("SNP MSP Iain
   * Cowie", "DUP MP"). Adjectives alone ("Conservative MSP") are not names (eval/entities/README.md).
   */
  private static EntityType partyNamedAsNoun(Segmentation seg, int t, int end) {
    if (end == t + 1 && PARTY_HEADS.contains(seg.token(t)) && t + 1 < seg.tokenCount()) {
      String next = seg.token(t + 1);
      if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && next.chars().allMatch(Character::isLetter)
          && ADJECTIVE_ENDINGS.stream().anyMatch(next::endsWith)) {
        return EntityType.ORGANIZATION;
      }
    }
    if (end == t + 1 && end < seg.tokenCount() && MEMBER_TITLES.contains(seg.token(end))
        && seg.token(t).length() >= 2 && seg.token(t).chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ois", "ais", "iste", "al", "ale", "aire", "ique", "ain", "aine", "ien", "ienne", "if", "ive", "eur",
          "ateur", "atrice", "el", "elle", "ert", "erte", "é", "ée");

  /**
   * "SAG-AFTRA, the actors' union", "Cyberaide Jeunesse, un petit organisme d'Alma", "Mila,
   * l'institut québécois…": a name followed by a comma and a noun phrase whose head (within three
   * words) says what kind of body it is. Returns that head's token, or -1.
   */
  private static int describedAfter(Segmentation seg, int end) {
    if (end + 2 >= seg.tokenCount() || !seg.token(end).equals(",")) return -1;
    int i = end + 1;
    // French apposition may go without its article: "X, principal groupe de supporters", "X, filiale de Y"
    String first = seg.token(i).toLowerCase(java.util.Locale.ROOT);
    boolean articleless = ARTICLELESS_OPENERS.contains(first) || OrganizationCues.describedType(TextFolding.fold(first)) != null;
    if (articleless) i--;
    else if (!DESCRIPTION_DETERMINERS.contains(first)) return -1;
    boolean capitalSeen = false;
    // without an article the head comes at once ("principal groupe"), not later ("jeune militant de l'association")
    for (int k = i + 1; k < Math.min(seg.tokenCount(), articleless ? i + 3 : i + 5); k++) {
      String key = TextFolding.fold(seg.token(k));
      // "À Nantes, l'association Clic-Sûr 44": a head followed by a name introduces that name
      boolean introduces = k + 1 < seg.tokenCount() && capitalised(seg.token(k + 1));
      // "the Conservative former cabinet minister", "a party leader": the noun qualifies a person's title
      if (k + 1 < seg.tokenCount() && TitleRule.TITLES.contains(TextFolding.fold(seg.token(k + 1)))) return -1;
      if ((APPOSITIVE_HEADS.contains(key) || DESCRIBED_HEADS.contains(key) || OrganizationCues.describedType(key) != null) && !introduces) return k;
      if (seg.token(k).isEmpty()) return -1;
      // "Daz Productions, the US company behind…", "Tata Steel, the Indian-owned company": one capitalised modifier
      if (!Character.isLowerCase(seg.token(k).charAt(0)) && !seg.token(k).endsWith("'")) {
        if (capitalSeen || !capitalised(seg.token(k))) return -1;
        capitalSeen = true;
      }
    }
    return -1;
  }

  /** Adjectives that open a French apposition without its article ("premier syndicat de France"). */
  private static final Set<String> ARTICLELESS_OPENERS =
      Set.of("principal", "principale", "premier", "première", "deuxième", "seul", "seule", "grand", "grande", "petit", "petite", "jeune");

  private static final Set<String> LOCATIVES = Set.of("in", "at", "à", "au", "aux", "en", "dans", "near", "près", "from");

  private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("a", "an", "the", "un", "une", "l'", "l’", "le", "la");

  /** Heads that describe a body in apposition after its name, beyond the introducing nouns. */
  private static final Set<String> DESCRIBED_HEADS =
      Set.of("union", "institut", "institute", "foundation", "fondation", "nonprofit", "non-profit", "think-tank",
          "organisme", "body", "league", "ligue", "agency", "service", "club", "team", "equipe", "party", "parti");

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

  /** Words that make a centre a public body: "Centre national…", "Centre de services scolaire", "National Cyber Security Centre". */
  private static final Set<String> PUBLIC_CENTRE_WORDS =
      Set.of("national", "nationale", "nationaux", "services", "federal", "federale", "government", "cyber", "security");

  /**
   * A centre is an organisation ("Centre LAVI de Bienne", "Centre for Independent Journalism")
   * unless its name says it is the state's ("Centre national…", "Centre de services scolaire"), or
   * a place where it is named after a person ("au Centre Georges-Vézina", an arena).
   */
  static EntityType publicCentre(Segmentation seg, int t, int end, EntityType type) {
    if (type != EntityType.ORGANIZATION) return type;
    // "Centre Georges-Vézina", "Centre Jean-Drapeau": a centre named after a person is a venue
    if (end == t + 2 && TextFolding.fold(seg.token(t)).equals("centre") && seg.token(t + 1).indexOf('-') > 0
        && GivenNameRule.isGivenName(seg.token(t + 1).substring(0, seg.token(t + 1).indexOf('-')))) {
      return EntityType.LOCATION;
    }
    boolean centre = false;
    boolean publicWord = false;
    for (int i = t; i < end; i++) {
      String key = TextFolding.fold(seg.token(i));
      centre |= key.equals("centre") || key.equals("center");
      publicWord |= PUBLIC_CENTRE_WORDS.contains(key);
    }
    return centre && publicWord ? EntityType.GOVERNMENT : type;
  }

  /** "école secondaire Charles-Gravel", "école primaire Jean-Moulin": one adjective of the lower-case head, then the name. */
  private static boolean lowerHeadAdjective(Segmentation seg, int i) {
    String tok = seg.token(i);
    return isWord(tok) && Character.isLowerCase(tok.charAt(0)) && (tok.endsWith("aire") || tok.endsWith("aires"));
  }

  /** "université Rennes 2", "Université Paris 8": French universities numbered after their city. */
  private static boolean universityNumber(Segmentation seg, int t, int end) {
    String tok = seg.token(end);
    return end > t + 1 && tok.length() <= 2 && !tok.isEmpty() && tok.chars().allMatch(Character::isDigit)
        && TextFolding.fold(seg.token(t)).equals("universite") && capitalised(seg.token(end - 1));
  }

  /** Digits and "&" continue an apposed name ("Clic-Sûr 44", "Vautrin & Lacombe"). */
  private static boolean isNamePart(String tok) {
    return tok.equals("&") || (!tok.isEmpty() && tok.chars().allMatch(Character::isDigit));
  }

  static boolean capitalised(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0)) && tok.chars().anyMatch(Character::isLetter);
  }
}
