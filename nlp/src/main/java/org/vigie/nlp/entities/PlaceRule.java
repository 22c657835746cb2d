package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Places the KB lacks, found where news puts them: a capitalised name of one to three words right
 * after a locative preposition ("in Leicester", "à Saint-Nazaire", "near Bletchley Park") is a
 * LOCATION, unless it is a month, a day or an institution ("in Parliament", "à Matignon" are
 * not places here).
 */
final class PlaceRule implements NameRecognizer {
  static final String METHOD = "place-rule";

  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "à", "près", "depuis", "vers", "en", "au", "from");

  private static final Set<String> NOT_PLACES =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
          "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "parliament",
          "parlement", "court", "government", "gouvernement", "matignon", "elysee", "bercy", "congress", "senate",
          "the", "a", "an", "this", "his", "her", "their", "its", "le", "la", "les", "l", "un", "une", "ce", "cette",
          "i", "we", "he", "she", "they", "it", "il", "elle", "ils", "elles", "nous", "vous", "english", "french",
          "anglais", "francais", "europe", "ai", "ia", "brief", "total", "person", "public", "time",
          "practice", "addition", "response", "fact", "particular", "order", "office", "power", "charge",
          "conseil", "bourse", "commission", "ligue", "coupe", "premiere", "seance", "direct", "cause", "effet",
          "revanche", "outre", "attendant", "clair", "bref", "somme", "marge", "british", "american", "european",
          "scottish", "irish", "welsh", "canadian", "australian", "belgian", "swiss", "german", "italian", "spanish",
          "chinese", "indian", "russian", "ukrainian", "britannique", "americain", "americaine", "europeen",
          "europeenne", "senat", "ministere", "cabinet", "tribunal", "congres", "palais", "sommet", "salon",
          "festival", "printemps", "automne", "hiver", "ete", "debut", "fin", "milieu", "moment", "nom", "titre",
          "terme", "sein", "cours", "lieu", "final", "finale", "premier", "second", "chapter", "section",
          "part", "article", "dollars", "euros", "stake", "question", "case", "trial",
          "christmas", "easter", "noel", "paques", "journal", "stade", "parc", "musee", "chateau", "basilique",
          "region", "communes", "commons", "centre", "center");

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      if (ctx.field == org.vigie.core.TextField.BODY) dateline(ctx, known, found);
      for (int t = 0; t + 1 < seg.tokenCount(); t++) {
        if (!LOCATIVES.contains(seg.token(t).toLowerCase(java.util.Locale.ROOT))) continue;
        int first = t + 1;
        if (seg.token(t).equalsIgnoreCase("près") && first < seg.tokenCount() && seg.token(first).equals("de")) first++;
        int end = first;
        while (end < seg.tokenCount() && end - first < 3 && capitalised(seg.token(end))
            && !NOT_PLACES.contains(TextFolding.fold(seg.token(end)))
            && (end == first || !ctx.text.substring(seg.tokenEnd(end - 1), seg.tokenStart(end)).contains("\n"))) {
          end++;
        }
        if (end == first) continue;
        // "from" also introduces people and senders ("a letter from Sarah Jones"): one word only
        if (seg.token(t).equalsIgnoreCase("from") && end - first > 1) continue;
        // "au Stade de France", "at the Bank of England": a longer name this rule cannot read
        if (end + 1 < seg.tokenCount() && OF.contains(seg.token(end)) && capitalised(seg.token(end + 1))) continue;
        end = dashed(seg, end);
        if (add(ctx, seg.tokenStart(first), nameEnd(seg, end - 1), known, found)) coordinated(ctx, end, known, found);
      }
      origins(ctx, known, found);
      if (language.equals("en")) modifiers(ctx, known, found);
      for (int t = 0; t < seg.tokenCount(); t++) {
        // "Cambridge-based", "UK-based": the place a body is based in
        String tok = seg.token(t);
        if (tok.length() > 7 && tok.endsWith("-based") && capitalised(tok.substring(0, tok.length() - 6))) {
          add(ctx, seg.tokenStart(t), seg.tokenStart(t) + tok.length() - 6, known, found);
        } else if (t + 1 < seg.tokenCount() && capitalised(tok) && seg.tokenEnd(t) == seg.tokenStart(t + 1)
            && (seg.token(t + 1).equals("-based")
                || seg.token(t + 1).equals("-") && t + 2 < seg.tokenCount() && seg.token(t + 2).equals("based"))) {
          add(ctx, seg.tokenStart(t), seg.tokenEnd(t), known, found);
        }
      }
    }
    return found;
  }

  /**
   * Nouns after which "de X" names where a person or a body is from: "une radiologue de Rennes",
   * "député de Loire-Atlantique", "adjoint au maire de Nantes", "le natif de Dolbeau-Mistassini",
   * "les écoles du Saguenay", "l'organisme de Winnipeg", "un tribunal fédéral d'Orlando".
   */
  private static final Set<String> ORIGIN_NOUNS =
      Set.of("maire", "depute", "deputee", "senateur", "senatrice", "natif", "native", "originaire", "habitant",
          "habitante", "habitants", "habitantes", "resident", "residente", "residents", "commune", "ville", "village",
          "region", "departement", "province", "quartier", "banlieue", "environs", "agglomeration", "ecoles",
          "ecole", "college", "lycee", "commissariat", "organisme", "association", "entreprise",
          "entreprises", "usine", "usines", "aluminerie", "alumineries", "clients", "plage", "port", "collegiennes",
          "collegiens", "eleves", "familles", "parents", "candidats", "candidate", "elus", "conseiller",
          "conseillere", "retraite", "retraitee", "radiologue", "enseignante", "enseignant", "municipal");

  /** Kinship takes people, and posts take portfolios: "la mère de Léa", "chargé du Numérique". */
  private static final Set<String> KIN =
      Set.of("mere", "pere", "mother", "father", "charge", "chargee", "delegue", "deleguee", "responsable", "membre",
          "specialiste", "expert", "experte", "victime", "victim",
          // posts and trades whose "de X" is the employer or the client: "le patron de Publicis",
          // "journaliste de Libération", "l'avocat de Durov"
          "patron", "patronne", "dirigeant", "dirigeante", "gerant", "gerante", "associe", "associee", "consultant",
          "consultante", "journaliste", "ingenieur", "ingenieure", "analyste", "economiste", "avocat", "avocate",
          "juriste", "chercheur", "chercheuse", "professeur", "professeure", "owner", "manager", "partner",
          "associate", "lawyer", "journalist", "engineer", "analyst", "economist");

  private static final Set<String> OFFICES = Set.of("maire", "depute", "deputee", "senateur", "senatrice");

  private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "l’", "un", "une", "ce", "cette");

  private static final Set<String> OF = Set.of("de", "du", "des", "of", "d'", "d’");

  /** "Saguenay–Lac-Saint-Jean": a name joined to the next by a dash without spaces goes on. */
  private static int dashed(Segmentation seg, int end) {
    while (end + 1 < seg.tokenCount() && (seg.token(end).equals("–") || seg.token(end).equals("-"))
        && seg.tokenEnd(end - 1) == seg.tokenStart(end) && seg.tokenEnd(end) == seg.tokenStart(end + 1) && capitalised(seg.token(end + 1))) {
      end += 2;
    }
    return end;
  }

  private static boolean originNoun(String key) {
    return ORIGIN_NOUNS.contains(key) || (TitleRule.ROLES.contains(key) && !KIN.contains(key));
  }

  /** Nouns a place modifies in English: "a Perth lawyer", "A New Orleans magician", "an Edinburgh law firm". */
  private static final Set<String> MODIFIED_NOUNS =
      Set.of("man", "woman", "couple", "family", "firm", "law", "company", "school", "council", "teenager", "boy",
          "girl", "resident", "residents", "charity", "hospital", "magician", "businessman", "businesswoman", "mum",
          "dad", "pensioner", "grandmother", "grandfather", "finance", "schoolgirl", "schoolboy", "mp", "councillor");

  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ed", "ic", "ive", "ous", "ary", "ish", "ian", "ese", "ful", "less", "ing");

  /** "a Perth lawyer", "A New Orleans magician", "Melbourne counsellor Jess Ngata": a place before the noun it locates. */
  private void modifiers(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 0; t < seg.tokenCount(); t++) {
      String det = seg.token(t);
      boolean article = det.equalsIgnoreCase("a") || det.equalsIgnoreCase("an");
      boolean opens = t == 0 || seg.sentenceAt(seg.tokenStart(t - 1)) != seg.sentenceAt(seg.tokenStart(t));
      int first = article ? t + 1 : t;
      if (!article && !opens) continue;
      int end = first;
      while (end < seg.tokenCount() && end - first < 2 && capitalised(seg.token(end))
          && !NOT_PLACES.contains(TextFolding.fold(seg.token(end)))) {
        end++;
      }
      if (end == first || end >= seg.tokenCount()) continue;
      // "Political consultant Steve Kramer", "Devolved law": an adjective, not a place
      String last = TextFolding.fold(seg.token(end - 1));
      if (ADJECTIVE_ENDINGS.stream().anyMatch(last::endsWith)) continue;
      String noun = seg.token(end);
      String key = TextFolding.fold(noun);
      if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || !(MODIFIED_NOUNS.contains(key) || ORIGIN_NOUNS.contains(key) || TitleRule.ROLES.contains(key))) continue;
      // without an article, only before a role and a name: "Melbourne counsellor Jess Ngata"
      if (!article && !(end + 1 < seg.tokenCount() && capitalised(seg.token(end + 1)))) continue;
      add(ctx, seg.tokenStart(first), seg.tokenEnd(end - 1), known, found);
    }
  }

  /** A capitalised place of one word (hyphens allowed) after an origin noun and "de", "d'", "du". */
  private void origins(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 1; t + 1 < seg.tokenCount(); t++) {
      String de = seg.token(t);
      if (!de.equals("de") && !de.equals("du") && !de.equals("d'") && !de.equals("d’") && !de.equals("des")) continue;
      String noun = TextFolding.fold(seg.token(t - 1));
      // one adjective may stand between: "commissariat central de Nantes", "conseiller municipal de Chicoutimi"
      String before = t >= 2 ? TextFolding.fold(seg.token(t - 2)) : "";
      boolean origin = originNoun(noun) || originNoun(before) && Character.isLowerCase(seg.token(t - 1).charAt(0));
      if (!origin) continue;
      // "Le maire de Saint-Nazaire a salué…", "un député de Loire-Atlantique": an office phrase,
      // whose place is inside the official's mention; after a name ("X, député de Y") it is a title
      if (OFFICES.contains(noun) && t >= 2 && DETERMINERS.contains(seg.token(t - 2).toLowerCase(java.util.Locale.ROOT))) continue;
      int first = t + 1;
      if (first + 1 < seg.tokenCount() && (seg.token(first).equals("La") || seg.token(first).equals("Le")) && capitalised(seg.token(first + 1))) first++;
      if (!capitalised(seg.token(first)) || NOT_PLACES.contains(TextFolding.fold(seg.token(first)))) continue;
      // a longer name ("député de la Marne" aside) is a person or an institution, not a place
      if (first + 1 < seg.tokenCount() && capitalised(seg.token(first + 1))) continue;
      if (first + 2 < seg.tokenCount() && OF.contains(seg.token(first + 1)) && (capitalised(seg.token(first + 2))
          || first + 3 < seg.tokenCount() && seg.token(first + 2).equals("la") && capitalised(seg.token(first + 3)))) {
        continue;
      }
      int start = seg.token(first - 1).equals("La") || seg.token(first - 1).equals("Le") ? seg.tokenStart(first - 1) : seg.tokenStart(first);
      add(ctx, start, seg.tokenEnd(dashed(seg, first + 1) - 1), known, found);
    }
  }

  /** End offset of token {@code t} without a possessive "'s" ("In Edinburgh's financial district"). */
  private static int nameEnd(Segmentation seg, int t) {
    String tok = seg.token(t);
    int stop = seg.tokenEnd(t);
    return tok.endsWith("'s") || tok.endsWith("’s") ? stop - 2 : stop;
  }

  /** "in Greenwich and Blackheath", "en Bretagne et en Normandie": a place coordinated with a place. */
  private void coordinated(FieldContext ctx, int t, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    if (t + 1 >= seg.tokenCount() || !Set.of("and", "et", "or", "ou").contains(seg.token(t))) return;
    int first = t + 1;
    int end = first;
    while (end < seg.tokenCount() && end - first < 3 && capitalised(seg.token(end))
        && !NOT_PLACES.contains(TextFolding.fold(seg.token(end)))) {
      end++;
    }
    if (end > first) add(ctx, seg.tokenStart(first), nameEnd(seg, end - 1), known, found);
  }

  private static boolean add(FieldContext ctx, int start, int stop, List<Mention> known, List<Mention> found) {
    if (stop <= start) return false;
    for (Mention m : known) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    for (Mention m : found) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    String text = ctx.text.substring(start, stop);
    found.add(new Mention(ctx.field, start, stop, text, "new/location/" + GazetteerRecognizer.slug(text), EntityType.LOCATION, METHOD));
    return true;
  }

  /**
   * "BUCAREST — Du jamais-vu…", "LA HAYE — …", "CHIȘINĂU (Reuters) — …": a body opening with a
   * name in capitals before a dash or a bracket names where the story was filed.
   */
  private static void dateline(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    int end = 0;
    while (end < seg.tokenCount() && end < 4 && isUpperWord(seg.token(end))) end++;
    if (end == 0 || end >= seg.tokenCount()) return;
    String next = seg.token(end);
    if (!next.equals("—") && !next.equals("–") && !next.equals("-") && !next.equals("(") && !next.equals(",")) return;
    int start = seg.tokenStart(0);
    int stop = seg.tokenEnd(end - 1);
    for (Mention m : known) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return;
    String text = ctx.text.substring(start, stop);
    found.add(new Mention(ctx.field, start, stop, text, "new/location/" + GazetteerRecognizer.slug(text), EntityType.LOCATION, METHOD));
  }

  private static boolean isUpperWord(String tok) {
    return tok.length() >= 2 && tok.chars().anyMatch(Character::isLetter)
        && tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'' || c == '’' || c == '.');
  }

  private static boolean capitalised(String tok) {
    if (tok.length() < 2 || !Character.isUpperCase(tok.charAt(0)) || !Character.isLetter(tok.charAt(1))) return false;
    int hyphen = tok.indexOf('-');
    if (hyphen > 0 && tok.substring(0, hyphen).chars().allMatch(Character::isUpperCase)) return false; // "AI-generated"
    return tok.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
        && !tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-'); // not an acronym
  }
}
