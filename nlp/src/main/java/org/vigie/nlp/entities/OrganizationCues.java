package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Companies and organisations the KB and the name lists lack, read from general cues that carry
 * to any outlet rather than from names:
 *
 * <ul>
 *   <li>a legal form after capitalised words makes a company, the form inside the name ("Medilux
 *       SA", "Boîtiers Rochat & Fils", "Leong & Koh LLC", "Lavoie Dubois avocats"); an abbreviated
 *       form keeps its dot ("Snap Inc.", as the gold spans write it), also on a KB name;
 *   <li>a descriptor noun introduces a name, with adjectives and "de" complements between them in
 *       French ("la jeune pousse Emotio Labs", "le cabinet de conseil en cybersécurité SecuNova",
 *       "l'association des commerçants Les Vitrines de Strasbourg", "la newsletter Indicator"); the
 *       noun decides company or organisation, and the name may open with its own article.
 * </ul>
 *
 * Runs before {@link OrganizationRule}, which keeps the plain "l'association X" it always read.
 */
final class OrganizationCues implements NameRecognizer {
  static final String METHOD = "org-cue";

  /** Legal forms written after a company's name; case-sensitive ("AG" yes, "ag" no). */
  private static final Set<String> LEGAL_FORMS =
      Set.of("SA", "SAS", "SASU", "SARL", "Sàrl", "SàRL", "Sarl", "SNC", "SE", "Inc", "Ltd", "Ltée", "Corp", "LLC", "LLP",
          "plc", "PLC", "GmbH", "AG", "Limited", "BV", "NV", "Pty", "SpA", "AB", "ASA", "Oy");

  /** Two-letter forms that are also other abbreviations (Attorney-General, South Australia). */
  private static final Set<String> SHORT_FORMS = Set.of("AG", "SA", "SE", "AB", "BV", "NV");

  private static boolean demonym(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("an")
        || (word.length() <= 3 && word.chars().allMatch(Character::isUpperCase));
  }

  /** Legal forms that abbreviate: the dot after them belongs to the name ("Snap Inc."). */
  private static final Set<String> ABBREVIATED = Set.of("Inc", "Ltd", "Ltée", "Corp", "Co", "Cie", "Bros");

  /** Partners' words after "&" that end a firm's name ("Rochat & Fils", "Dupont & Cie"). */
  private static final Set<String> PARTNERS = Set.of("Fils", "Cie", "Co", "Associés", "Partners", "Sons", "Frères");

  /** A law firm named by its partners then its trade, in lower case: "Lavoie Dubois avocats". */
  private static final Set<String> TRADES = Set.of("avocats", "notaires");

  /** Descriptor nouns (folded) that introduce a name, and the type the noun gives it. */
  private static final Map<String, EntityType> DESCRIPTORS =
      Map.ofEntries(
          Map.entry("societe", EntityType.COMPANY), Map.entry("entreprise", EntityType.COMPANY),
          Map.entry("startup", EntityType.COMPANY),
          Map.entry("cabinet", EntityType.COMPANY), Map.entry("firme", EntityType.COMPANY),
          Map.entry("editeur", EntityType.COMPANY), Map.entry("fabricant", EntityType.COMPANY),
          Map.entry("newsletter", EntityType.COMPANY), Map.entry("consultancy", EntityType.COMPANY),
          Map.entry("publisher", EntityType.COMPANY), Map.entry("company", EntityType.COMPANY),
          Map.entry("firm", EntityType.COMPANY), Map.entry("manufacturer", EntityType.COMPANY),
          Map.entry("consortium", EntityType.COMPANY), Map.entry("journal", EntityType.COMPANY),
          Map.entry("quotidien", EntityType.COMPANY), Map.entry("hebdomadaire", EntityType.COMPANY),
          Map.entry("magazine", EntityType.COMPANY), Map.entry("newspaper", EntityType.COMPANY),
          Map.entry("broadcaster", EntityType.COMPANY), Map.entry("pme", EntityType.COMPANY),
          Map.entry("start-up", EntityType.COMPANY), Map.entry("filiale", EntityType.COMPANY),
          Map.entry("subsidiary", EntityType.COMPANY), Map.entry("conglomerat", EntityType.COMPANY),
          Map.entry("conglomerate", EntityType.COMPANY),
          Map.entry("association", EntityType.ORGANIZATION), Map.entry("organisation", EntityType.ORGANIZATION),
          Map.entry("organisme", EntityType.ORGANIZATION), Map.entry("ong", EntityType.ORGANIZATION),
          Map.entry("collectif", EntityType.ORGANIZATION), Map.entry("laboratoire", EntityType.ORGANIZATION),
          Map.entry("labo", EntityType.ORGANIZATION), Map.entry("groupement", EntityType.ORGANIZATION),
          Map.entry("regroupement", EntityType.ORGANIZATION), Map.entry("syndicat", EntityType.ORGANIZATION),
          Map.entry("fondation", EntityType.ORGANIZATION), Map.entry("federation", EntityType.ORGANIZATION),
          Map.entry("mouvement", EntityType.ORGANIZATION), Map.entry("reseau", EntityType.ORGANIZATION),
          Map.entry("club", EntityType.ORGANIZATION), Map.entry("lab", EntityType.ORGANIZATION),
          Map.entry("laboratory", EntityType.ORGANIZATION), Map.entry("nonprofit", EntityType.ORGANIZATION),
          Map.entry("charity", EntityType.ORGANIZATION));

  /** The type a descriptor noun gives the name it describes after a comma ("Medilux SA, une PME de Givisiez"), or null. */
  static EntityType describedType(String key) {
    return DESCRIPTORS.get(key);
  }

  private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "leurs", "nos", "vos", "plusieurs", "these", "those");

  /** Nouns that are a descriptor only after the word before them: "jeune pousse". */
  private static final Map<String, String> COMPOUND_DESCRIPTORS = Map.of("pousse", "jeune");

  /** French words that join a complement to the descriptor: "cabinet de conseil en cybersécurité". */
  private static final Set<String> COMPLEMENT_LINKS = Set.of("de", "des", "du", "d'", "d’", "en", "pour");

  private static final Set<String> COMPLEMENT_ARTICLES = Set.of("la", "l'", "l’", "les");

  /** Capitalised articles a name may open with ("Les Veilleurs du Neudorf", "La Manufacture"). */
  private static final Set<String> NAME_ARTICLES = Set.of("Les", "La", "Le", "L'", "L’", "The");

  /** Lower-case words that run a French name through to the next capitalised word. */
  private static final Set<String> NAME_CONNECTORS = Set.of("de", "du", "des", "d'", "d’", "of", "&");

  /** Words between a descriptor and a name, at most: beyond them the words are the sentence's. */
  private static final int MAX_BETWEEN = 6;

  private static final int MAX_NAME = 6;

  private final KnowledgeBase kb;

  OrganizationCues(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // "Snap Inc." over the KB's "Snap Inc", "UMIH du Bas-Rhin" over its place
    return found.method().equals(METHOD) && replaceable(earlier, found);
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      legalForms(ctx, known, found);
      descriptors(ctx, language, known, found);
      bodiesHoldingPlaces(ctx, known, found);
      if (language.equals("fr")) {
        contractedTitles(ctx, known, found);
        localUnits(ctx, known, found);
        localForces(ctx, known, found);
      }
    }
    bareLegalNames(fields, known, found);
    return found;
  }

  // the French "de" family and articles the office and unit readers test at each candidate
  private static final Set<String> DE = Set.of("de", "d'", "d’");
  private static final Set<String> DE_DU = Set.of("de", "du", "d'", "d’");
  private static final Set<String> DE_DES_DU = Set.of("de", "des", "du", "d'", "d’");
  private static final Set<String> LA = Set.of("la", "l'", "l’");
  private static final Set<String> UNIT_DETERMINERS = Set.of("la", "le", "l'", "l’", "du", "au");

  /** Lower-case French words for a prosecution office or a police force named by its place. */
  private static final Set<String> LOCAL_FORCES = Set.of("parquet", "gendarmerie", "police");

  /**
   * "le parquet de Mulhouse", "la gendarmerie du Haut-Rhin", "la police de Winnipeg": a prosecution
   * office or a force named by its place is one REGULATOR (eval/entities/README.md types police and
   * prosecutors so), the place inside it and no mention of its own. One place word only, and not a
   * person's name ("le parquet de Marie Dupont" is no office).
   */
  private static void localForces(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 0; t + 2 < seg.tokenCount(); t++) {
      String head = seg.token(t);
      if (!LOCAL_FORCES.contains(head)) continue;
      // "Service de police de Saguenay", "section de recherches de la gendarmerie du Rhône": the
      // force is the complement of a longer name, which other rules read whole
      String before = t > 0 ? seg.token(t - 1) : "";
      String beforeThat = t > 1 ? seg.token(t - 2) : "";
      if (DE.contains(before)
          || capitalised(before) && !OrganizationRule.LEADING_ARTICLES.contains(before) && !OrganizationRule.LEADING_WORDS.contains(before)
          || LA.contains(before) && DE.contains(beforeThat)) {
        continue;
      }
      String link = seg.token(t + 1);
      if (!DE_DU.contains(link)) continue;
      String place = seg.token(t + 2);
      if (!capitalised(place) || GivenNameRule.givenName(place) || OrganizationRule.LEADING_ARTICLES.contains(place)) continue;
      if (t + 3 < seg.tokenCount() && capitalised(seg.token(t + 3))) continue; // a longer name: its own rules
      int start = seg.tokenStart(t);
      int stop = seg.tokenEnd(t + 2);
      boolean free = true;
      for (Mention m : known) {
        if (m.field() != ctx.field || m.end() <= start || m.start() >= stop) continue;
        // the bare force the KB knows ("gendarmerie") and the place give way to the local office
        boolean bareForce = m.start() == start && m.end() == seg.tokenEnd(t) && m.type() == EntityType.REGULATOR;
        free &= bareForce || (m.start() >= seg.tokenStart(t + 2) && m.end() <= stop);
        if (m.start() == start && m.end() == stop) free = false;
      }
      for (Mention m : found) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
      if (!free) continue;
      String text = ctx.text.substring(start, stop);
      found.add(new Mention(ctx.field, start, stop, text, "new/regulator/" + GazetteerRecognizer.slug(text), EntityType.REGULATOR, METHOD));
    }
  }

  /** Lower-case heads of French police units, named by their remit then their place. */
  private static final Set<String> UNIT_HEADS = Set.of("brigade", "surete", "groupement");

  /**
   * "la brigade de recherches de Colmar", "la sûreté départementale du Haut-Rhin", "le groupement
   * de gendarmerie de Loire-Atlantique", "la brigade de protection des familles du commissariat de
   * Plaisir": a police unit written in lower case, its remit in adjectives and "de" complements,
   * then "de"/"du" and its place → one REGULATOR. Without a place at its end it is no name.
   */
  private static void localUnits(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 1; t + 2 < seg.tokenCount(); t++) {
      String head = seg.token(t);
      // the case test first: folding every token of every article cost more than the rule's work
      if (!Character.isLowerCase(head.charAt(0)) || !UNIT_HEADS.contains(TextFolding.fold(head))) continue;
      if (!UNIT_DETERMINERS.contains(seg.token(t - 1).toLowerCase(Locale.ROOT))) continue;
      int n = t + 1;
      int placeAt = -1;
      while (n + 1 < seg.tokenCount() && n - t <= 10) {
        String tok = seg.token(n);
        if (adjective(tok)) {
          n++;
        } else if (DE_DES_DU.contains(tok)) {
          int noun = n + 1;
          if (COMPLEMENT_ARTICLES.contains(seg.token(noun)) && noun + 1 < seg.tokenCount()) noun++;
          String word = seg.token(noun);
          if (capitalised(word) && !OrganizationRule.LEADING_ARTICLES.contains(word)) {
            if (noun == n + 1) placeAt = noun; // "de Colmar", "du Haut-Rhin"; not "de la X"
            break;
          }
          if (!lowerWord(word)) break;
          n = noun + 1;
        } else {
          break;
        }
      }
      if (placeAt < 0 || n == t + 1) continue;
      if (placeAt + 1 < seg.tokenCount() && capitalised(seg.token(placeAt + 1))) continue;
      int start = seg.tokenStart(t);
      int stop = seg.tokenEnd(placeAt);
      boolean free = true;
      for (Mention m : known) {
        if (m.field() != ctx.field || m.end() <= start || m.start() >= stop) continue;
        // the national force or the place read inside give way
        free &= m.start() >= start && m.end() <= stop && (m.type() == EntityType.REGULATOR || m.type() == EntityType.LOCATION
            || m.type() == EntityType.GOVERNMENT && m.method().startsWith("gazetteer+"));
      }
      for (Mention m : found) free &= !(m.field() == ctx.field && m.start() < stop && start < m.end());
      if (!free) continue;
      String text = ctx.text.substring(start, stop);
      found.add(new Mention(ctx.field, start, stop, text, "new/regulator/" + GazetteerRecognizer.slug(text), EntityType.REGULATOR, METHOD));
      t = placeAt;
    }
  }

  /** French contractions of a title's article: "du Devoir", "au Temps" name "Le Devoir"; "des Échos" "Les Échos". */
  private static final Map<String, String> CONTRACTIONS = Map.of("du", "Le ", "au", "Le ", "des", "Les ", "aux", "Les ");

  /**
   * "les pages du Devoir", "a confié au Temps": a KB company whose name opens with "Le"/"Les",
   * its article merged into "du"/"au"/"des"/"aux". Only a lone capitalised word after a word in
   * lower case ("la Coupe du Monde" is a name of its own), and only a company (a newspaper): "du
   * Centre" may be a region.
   */
  private void contractedTitles(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 1; t + 1 < seg.tokenCount(); t++) {
      String article = CONTRACTIONS.get(seg.token(t));
      if (article == null) continue;
      String before = seg.token(t - 1);
      String word = seg.token(t + 1);
      if (capitalised(before) || !capitalised(word) || word.chars().allMatch(Character::isUpperCase)) continue;
      if (t + 2 < seg.tokenCount() && capitalised(seg.token(t + 2))) continue;
      List<org.vigie.core.EntityCatalog.EntityRef> refs = kb.find(article + word);
      if (refs.size() != 1 || refs.getFirst().type() != EntityType.COMPANY) continue;
      int start = seg.tokenStart(t + 1);
      int stop = seg.tokenEnd(t + 1);
      if (coveredByKnown(ctx, known, start, stop) || coveredByKnown(ctx, found, start, stop)) continue;
      found.add(new Mention(ctx.field, start, stop, word, refs.getFirst().id(), EntityType.COMPANY, METHOD));
    }
  }

  /**
   * "Medilux SA … Medilux a renforcé ses procédures", "Luka Inc. … Luka avait restreint": a
   * company named once with its legal form is the same company where its name comes alone.
   */
  private static void bareLegalNames(List<FieldContext> fields, List<Mention> known, List<Mention> found) {
    Map<String, Mention> byBareName = new java.util.HashMap<>();
    for (List<Mention> list : List.of(known, found)) {
      for (Mention m : list) {
        if (m.type() != EntityType.COMPANY) continue;
        int space = m.text().lastIndexOf(' ');
        if (space <= 0 || !LEGAL_FORMS.contains(strip(m.text().substring(space + 1)))) continue;
        String bare = m.text().substring(0, space);
        if (bare.endsWith(" &") || bare.length() < 3) continue; // "X Corp": a letter alone is no name
        byBareName.putIfAbsent(bare, m);
      }
    }
    if (byBareName.isEmpty()) return;
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (Map.Entry<String, Mention> e : byBareName.entrySet()) {
        String bare = e.getKey();
        int from = 0;
        int at;
        while ((at = ctx.text.indexOf(bare, from)) >= 0) {
          from = at + bare.length();
          int stop = at + bare.length();
          // whole words only, and not the name with its form again
          if (at > 0 && Character.isLetterOrDigit(ctx.text.charAt(at - 1))) continue;
          if (stop < ctx.text.length() && Character.isLetterOrDigit(ctx.text.charAt(stop))) continue;
          int k = seg.firstTokenAtOrAfter(stop);
          // nor a longer name: "Snap Map"
          if (k < seg.tokenCount() && seg.tokenStart(k) == stop + 1 && (LEGAL_FORMS.contains(strip(seg.token(k))) || capitalised(seg.token(k)))) continue;
          if (coveredByKnown(ctx, known, at, stop) || coveredByKnown(ctx, found, at, stop)) continue;
          Mention m = e.getValue();
          found.add(new Mention(ctx.field, at, stop, bare, m.entityId(), EntityType.COMPANY, METHOD));
        }
      }
    }
  }

  private static void legalForms(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int i = 1; i < seg.tokenCount(); i++) {
      String tok = seg.token(i);
      String bare = tok.endsWith(".") && tok.length() > 1 ? tok.substring(0, tok.length() - 1) : tok;
      int last = i; // the form's last token
      int minWords = 1;
      if (LEGAL_FORMS.contains(bare)) {
        // the form itself is the name's end
      } else if (tok.equals("&") && i + 1 < seg.tokenCount() && PARTNERS.contains(strip(seg.token(i + 1)))) {
        last = i + 1;
        bare = strip(seg.token(i + 1));
      } else if (TRADES.contains(tok)) {
        minWords = 2;
      } else {
        continue;
      }
      int first = i;
      int words = 0;
      int sentence = seg.sentenceAt(seg.tokenStart(i));
      while (first - 1 >= 0 && i - (first - 1) <= 5 && seg.sentenceAt(seg.tokenStart(first - 1)) == sentence) {
        String before = seg.token(first - 1);
        boolean word = (capitalised(before) || innerCapital(before)) && !OrganizationRule.LEADING_ARTICLES.contains(before)
            && !OrganizationRule.LEADING_WORDS.contains(before);
        boolean amp = before.equals("&") && first - 2 >= 0 && capitalised(seg.token(first - 2));
        if (!word && !amp) break;
        if (word) words++;
        first--;
      }
      if (words < minWords) continue;
      // "the Victorian AG", "NSW AG": a short form that is also an office or a place after a demonym
      if (SHORT_FORMS.contains(bare) && last == i && demonym(seg.token(i - 1))) continue;
      int start = seg.tokenStart(first);
      int stop = seg.tokenEnd(last);
      if (ABBREVIATED.contains(bare) && !seg.token(last).endsWith(".") && stop < ctx.text.length() && ctx.text.charAt(stop) == '.') stop++;
      addCompanyName(ctx, known, found, start, stop, EntityType.COMPANY, seg.tokenEnd(i - 1));
      i = last;
    }
  }

  /**
   * Adds the name [start, stop) unless a name already read holds part of it; a place inside it
   * ("Boîtiers du Jura SA") and a KB company at its start ("Snap" in "Snap Inc.") give way, the
   * latter lending its id.
   */
  private static void addCompanyName(FieldContext ctx, List<Mention> known, List<Mention> found, int start, int stop, EntityType type, int nameEnd) {
    String id = null;
    for (Mention m : known) {
      if (m.field() != ctx.field || m.end() <= start || m.start() >= stop) continue;
      if (m.start() == start && m.end() == stop) return; // already read whole
      boolean inside = m.start() >= start && m.end() <= stop;
      if (inside && m.type() == type && m.start() == start && !m.entityId().startsWith("new/")) {
        id = m.entityId();
      } else if (!(inside && replaceableInside(m, start, stop) && !(m.start() == start && m.end() >= nameEnd))) {
        return; // "Adelaide SA" is a place and its state; a person or another body stays itself
      }
    }
    for (Mention m : found) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return;
    String text = ctx.text.substring(start, stop);
    if (id == null) id = "new/" + type.name().toLowerCase(Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
    found.add(new Mention(ctx.field, start, stop, text, id, type, METHOD));
  }

  /** A place or a context-read government inside a name is part of it. */
  private static boolean replaceableInside(Mention m, int start, int stop) {
    return m.start() >= start && m.end() <= stop
        && (m.type() == EntityType.LOCATION || (m.type() == EntityType.GOVERNMENT && m.method().startsWith("gazetteer+")));
  }

  /** Mentions a cue's name replaces: the place inside it, a shorter reading of the same company. */
  static boolean replaceable(Mention k, Mention m) {
    if (k.field() != m.field() || k.start() < m.start() || k.end() > m.end() || k.equals(m)) return false;
    if (k.end() - k.start() == m.end() - m.start()) return false;
    // "la gendarmerie du Haut-Rhin": the national force read at its head, the place at its end
    if (m.type() == EntityType.REGULATOR && m.entityId().startsWith("new/regulator/")) return true;
    return replaceableInside(k, m.start(), m.end()) || (k.entityId().equals(m.entityId()) && k.start() == m.start());
  }

  private void descriptors(FieldContext ctx, String language, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    boolean french = language.equals("fr");
    for (int h = 0; h + 1 < seg.tokenCount(); h++) {
      String head = seg.token(h);
      if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) && !head.equals("PME") && !head.equals("ONG")) continue;
      String key = TextFolding.fold(head);
      EntityType type = DESCRIPTORS.get(key);
      if (type == null && COMPOUND_DESCRIPTORS.containsKey(key) && h > 0
          && TextFolding.fold(seg.token(h - 1)).equals(COMPOUND_DESCRIPTORS.get(key))) {
        type = EntityType.COMPANY;
      }
      if (type == null) continue;
      // "les PME attentives", "the associations": a plural introduces no one name
      if (h > 0 && PLURAL_DETERMINERS.contains(seg.token(h - 1).toLowerCase(Locale.ROOT))) continue;
      int sentence = seg.sentenceAt(seg.tokenStart(h));
      // French: adjectives and "de" complements between the noun and the name
      int n = h + 1;
      if (french) {
        while (n < seg.tokenCount() && n - h <= MAX_BETWEEN) {
          String tok = seg.token(n);
          String lower = tok.toLowerCase(Locale.ROOT);
          if (adjective(tok)) {
            n++;
          } else if (COMPLEMENT_LINKS.contains(lower) && n + 1 < seg.tokenCount()) {
            int noun = n + 1;
            if (COMPLEMENT_ARTICLES.contains(seg.token(noun)) && noun + 1 < seg.tokenCount()) noun++;
            String word = seg.token(noun);
            String wordKey = TextFolding.fold(word);
            if (!lowerWord(word) || TitleRule.TITLES.contains(wordKey) || TitleRule.HONORIFICS.contains(wordKey)) break;
            // "le laboratoire d'informatique de l'université Paris-Saclay": the name is the university's
            if (OrganizationRule.HEADS.containsKey(wordKey) || OrganizationRule.LOWER_HEADS.contains(wordKey) || DESCRIPTORS.containsKey(wordKey)) {
              n = -1;
              break;
            }
            n = noun + 1;
          } else {
            break;
          }
        }
      }
      if (n < 0 || n >= seg.tokenCount() || seg.sentenceAt(seg.tokenStart(n)) != sentence) continue;
      boolean between = n > h + 1;
      int first = n;
      boolean article = NAME_ARTICLES.contains(seg.token(first)) && first + 1 < seg.tokenCount() && capitalised(seg.token(first + 1));
      int nameStart = article ? first + 1 : first;
      if (!capitalised(seg.token(nameStart)) || OrganizationRule.LEADING_ARTICLES.contains(seg.token(nameStart))
          || OrganizationRule.LEADING_WORDS.contains(seg.token(nameStart))) {
        continue;
      }
      // "l'association X" with nothing between: OrganizationRule's reading, kept as it was
      boolean newHead = !OrganizationRule.APPOSITIVE_HEADS.contains(key);
      if (!between && !article && !newHead) continue;
      if (!french && (between || article)) continue;
      // a person's given name after the noun: "l'entreprise de son père, Jean Roy" is no body
      if (GivenNameRule.givenName(seg.token(nameStart)) && nameStart + 1 < seg.tokenCount() && capitalised(seg.token(nameStart + 1))) continue;
      int end = nameStart + 1;
      while (end < seg.tokenCount() && end - first < MAX_NAME) {
        String tok = seg.token(end);
        if (TitleRule.TITLES.contains(TextFolding.fold(tok))) break;
        if (capitalised(tok) && !NAME_ARTICLES.contains(tok)) {
          end++;
        } else if (NAME_CONNECTORS.contains(tok) && end + 1 < seg.tokenCount() && capitalised(seg.token(end + 1))
            && !NAME_ARTICLES.contains(seg.token(end + 1))) {
          end += 2;
        } else if (!tok.isEmpty() && tok.chars().allMatch(Character::isDigit) && tok.length() <= 4) {
          end++;
        } else {
          break;
        }
      }
      if (seg.sentenceAt(seg.tokenStart(end - 1)) != sentence) continue;
      // a heading's line break ends the phrase: "Mistral AI et la PME attentive\n\nCôté entreprises"
      if (ctx.text.substring(seg.tokenEnd(h), seg.tokenStart(end - 1)).indexOf('\n') >= 0) continue;
      addCompanyName(ctx, known, found, seg.tokenStart(first), seg.tokenEnd(end - 1), type, seg.tokenEnd(end - 1));
      h = end - 1;
    }
  }

  /** Sports whose national federation is named by the sport then the country ("Natation Canada", "Swimming Australia"). */
  private static final Set<String> SPORTS =
      Set.of("natation", "hockey", "soccer", "athletisme", "cyclisme", "tennis", "rugby", "judo", "gymnastique", "volleyball",
          "basketball", "baseball", "ski", "voile", "escrime", "boxe", "triathlon", "golf", "curling", "patinage", "aviron",
          "canoe", "swimming", "athletics", "cycling", "cricket", "netball", "rowing", "sailing", "skating", "gymnastics",
          "badminton", "handball", "diving", "plongeon", "softball", "lacrosse");

  /** Words written in capitals that are no body: "un SMS de Marie", "le PIB de Malte", "le PDG de Renault". */
  private static final Set<String> COMMON_CAPITALS =
      Set.of("SMS", "MMS", "PDF", "USB", "ADN", "ARN", "TVA", "PIB", "GPS", "VPN", "URL", "RER", "TGV", "CEO", "PDG", "DRH",
          "DSI", "DGA", "CFO", "CTO", "COO", "VIP", "OVNI", "SDF", "HLM", "CDI", "CDD", "RSA", "SMIC", "BTP", "PMA", "GPA", "IVG");

  private static final Set<String> PLACE_LINKS = Set.of("de", "du", "des", "d'", "d’");

  /**
   * Bodies whose name holds a place the gazetteer read alone: a sport then a country ("Natation
   * Canada", "Cycling Australia"), an unknown acronym then "de"/"du" and a place, a body's branch
   * ("UMIH du Bas-Rhin", "EPF de Zurich") → ORGANIZATION, the place no mention of its own.
   */
  private static void bodiesHoldingPlaces(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    for (int t = 0; t + 1 < seg.tokenCount(); t++) {
      String tok = seg.token(t);
      // "Centre LAVI de Bienne", "Team Hockey Canada": inside a longer name, which its own rules read
      if (t > 0 && capitalised(seg.token(t - 1)) && !OrganizationRule.LEADING_ARTICLES.contains(seg.token(t - 1))
          && !OrganizationRule.LEADING_WORDS.contains(seg.token(t - 1)) && seg.sentenceAt(seg.tokenStart(t - 1)) == seg.sentenceAt(seg.tokenStart(t))) continue;
      int placeAt;
      if (capitalised(tok) && SPORTS.contains(TextFolding.fold(tok))) {
        placeAt = t + 1;
      } else if (tok.length() >= 3 && tok.chars().allMatch(c -> Character.isUpperCase(c) && Character.isLetter(c)) && t + 2 < seg.tokenCount()
          && PLACE_LINKS.contains(seg.token(t + 1).toLowerCase(Locale.ROOT)) && !coveredByKnown(ctx, known, seg.tokenStart(t), seg.tokenEnd(t))) {
        placeAt = t + 2;
        if (LA.contains(seg.token(placeAt)) && placeAt + 1 < seg.tokenCount()) placeAt++;
      } else {
        continue;
      }
      boolean acronym = placeAt > t + 1;
      Mention place = null;
      if (acronym && (COMMON_CAPITALS.contains(tok) || TitleRule.TITLES.contains(TextFolding.fold(tok)))) continue;
      if (acronym && capitalised(seg.token(placeAt)) && !coveredByKnown(ctx, known, seg.tokenStart(placeAt), seg.tokenEnd(placeAt))
          && !GivenNameRule.givenName(seg.token(placeAt))) {
        // a place only the later place list knows ("du Bas-Rhin"), one word
        place = new Mention(ctx.field, seg.tokenStart(placeAt), seg.tokenEnd(placeAt), seg.token(placeAt), "", EntityType.LOCATION, "");
      }
      for (Mention m : known) {
        if (m.field() == ctx.field && m.start() == seg.tokenStart(placeAt)
            && (m.type() == EntityType.LOCATION || m.type() == EntityType.GOVERNMENT && m.method().startsWith("gazetteer+"))) {
          place = m;
        }
      }
      if (place == null) continue;
      int stop = place.end();
      // "Hockey Canada Cup": a longer capitalised name is another thing
      int next = seg.firstTokenAtOrAfter(stop);
      if (next >= 0 && next < seg.tokenCount() && capitalised(seg.token(next)) && seg.tokenStart(next) == stop + 1) continue;
      addCompanyName(ctx, known, found, seg.tokenStart(t), stop, EntityType.ORGANIZATION, seg.tokenEnd(t));
    }
  }

  private static boolean coveredByKnown(FieldContext ctx, List<Mention> known, int start, int end) {
    for (Mention m : known) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    return false;
  }

  private static boolean adjective(String tok) {
    if (!lowerWord(tok) || TitleRule.SPEECH.contains(TextFolding.fold(tok))) return false;
    String lower = tok.toLowerCase(Locale.ROOT);
    return OrganizationRule.FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(lower::endsWith) || NATIONALITIES.contains(lower);
  }

  /** Adjectives of nationality no ending gives away. */
  static final Set<String> NATIONALITIES = Set.of("suisse", "suisses", "belge", "belges", "russe", "russes", "chinoise", "tchèque", "tchèques");

  private static boolean lowerWord(String tok) {
    return tok.length() > 1 && Character.isLowerCase(tok.charAt(0)) && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  /** "xAI", "eBay": a brand that opens in lower case with a capital inside. */
  private static boolean innerCapital(String tok) {
    return tok.length() > 1 && Character.isLowerCase(tok.charAt(0)) && tok.chars().allMatch(Character::isLetterOrDigit)
        && tok.chars().skip(1).anyMatch(Character::isUpperCase);
  }

  private static String strip(String tok) {
    return tok.endsWith(".") && tok.length() > 1 ? tok.substring(0, tok.length() - 1) : tok;
  }

  private static boolean capitalised(String tok) {
    return OrganizationRule.capitalised(tok);
  }

  private static final Set<EntityType> BODIES =
      Set.of(EntityType.ORGANIZATION, EntityType.COMPANY, EntityType.GOVERNMENT, EntityType.REGULATOR);

  /**
   * "La Fédération de l'industrie horlogère suisse (FH)", "la Coopérative nationale de
   * l'information indépendante (CN2i)": capitals in brackets right after a body's name are its
   * acronym, whatever its initials spell, and name the same body elsewhere in the article ("Le
   * CCPE dit…"). Runs once every name is read; an acronym already read keeps its reading.
   */
  static void bracketedAcronyms(List<FieldContext> contexts, List<Mention> mentions) {
    Map<String, Mention> byAcronym = new java.util.LinkedHashMap<>();
    for (Mention m : mentions) {
      if (!BODIES.contains(m.type())) continue;
      FieldContext ctx = null;
      for (FieldContext c : contexts) if (c.field == m.field()) ctx = c;
      if (ctx == null) continue;
      String text = ctx.text;
      int open = m.end();
      if (open + 1 < text.length() && text.charAt(open) == ' ') open++;
      if (open >= text.length() || text.charAt(open) != '(') continue;
      int close = text.indexOf(')', open);
      if (close < 0 || close - open - 1 < 2 || close - open - 1 > 8) continue;
      String acronym = text.substring(open + 1, close);
      if (!acronymLike(acronym)) continue;
      // "l'Assemblée parlementaire du Conseil de l'Europe (APCE)": the brackets belong to a longer name
      if (!TextFolding.fold(acronym.substring(0, 1)).equals(TextFolding.fold(m.text().substring(0, 1)))) continue;
      byAcronym.putIfAbsent(acronym, m);
    }
    if (byAcronym.isEmpty()) return;
    for (FieldContext ctx : contexts) {
      for (WordToken t : ctx.tokens) {
        Mention body = byAcronym.get(t.surface());
        if (body == null || !ctx.text.startsWith(t.surface(), t.start())) continue;
        int start = t.start();
        int stop = t.start() + t.surface().length();
        // whole word only: "FH" not inside "FH-2"
        if (stop < ctx.text.length() && (Character.isLetterOrDigit(ctx.text.charAt(stop)) || ctx.text.charAt(stop) == '-')) continue;
        if (start > 0 && (Character.isLetterOrDigit(ctx.text.charAt(start - 1)) || "-@/.".indexOf(ctx.text.charAt(start - 1)) >= 0)) continue;
        Mention acronym = new Mention(ctx.field, start, stop, t.surface(), body.entityId(), body.type(), METHOD + "+acronym");
        // the name finder's guess of the same span ("FH" as an organisation of its own) gives way
        final FieldContext c = ctx;
        boolean guessed = mentions.removeIf(m -> m.field() == c.field && m.start() == start && m.end() == stop
            && m.entityId().startsWith("new/") && m.method().startsWith("namefinder"));
        if (!guessed && coveredByKnown(ctx, mentions, start, stop)) continue;
        mentions.add(acronym);
      }
    }
  }

  /**
   * "Mila, l'institut québécois…", "la Commission électorale": a body the rules read by its head
   * or its description whose whole name is the name of one KB entity of its type is that entity,
   * not a new one (the gazetteer leaves such names to context when they are also words or names).
   */
  static void knownBodies(KnowledgeBase kb, List<Mention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.entityId().startsWith("new/") || !BODIES.contains(m.type())) continue;
      if (!m.method().startsWith(OrganizationRule.METHOD) && !m.method().startsWith(METHOD)) continue;
      List<org.vigie.core.EntityCatalog.EntityRef> refs = kb.find(m.text());
      if (refs.size() != 1 || refs.getFirst().type() != m.type()) continue;
      String id = refs.getFirst().id();
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = mentions.get(j);
        if (o.entityId().equals(m.entityId())) mentions.set(j, new Mention(o.field(), o.start(), o.end(), o.text(), id, o.type(), o.method()));
      }
    }
  }

  /** "FH", "CN2i", "SCFP-QC": two to eight letters, digits or hyphens, most of the letters capitals. */
  private static boolean acronymLike(String s) {
    if (!Character.isUpperCase(s.charAt(0))) return false;
    int upper = 0;
    int lower = 0;
    for (char c : s.toCharArray()) {
      if (Character.isUpperCase(c)) upper++;
      else if (Character.isLowerCase(c)) lower++;
      else if (!Character.isDigit(c) && c != '-') return false;
    }
    return upper >= 2 && lower <= 1;
  }

  /**
   * "Luka Inc." read by the KB as "Luka Inc": an abbreviated legal form ending a company's name
   * keeps its dot, as the gold spans write it.
   */
  static void abbreviationDots(List<FieldContext> contexts, List<Mention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.COMPANY) continue;
      String text = null;
      for (FieldContext c : contexts) if (c.field == m.field()) text = c.text;
      if (text == null || m.end() >= text.length() || text.charAt(m.end()) != '.') continue;
      int space = m.text().lastIndexOf(' ');
      if (space < 0 || !ABBREVIATED.contains(m.text().substring(space + 1))) continue;
      mentions.set(k, new Mention(m.field(), m.start(), m.end() + 1, m.text() + ".", m.entityId(), m.type(), m.method()));
    }
  }
}
