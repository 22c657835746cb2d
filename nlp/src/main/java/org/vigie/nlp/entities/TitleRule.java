package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * People the name finder misses, found by how news introduces them: a capitalised name of two to
 * four words next to a title ("la ministre déléguée au Numérique, Claire Dufresne", "Rep. Dean
 * Phillips", "Susie Hargreaves, chief executive") is an OFFICIAL; one that speaks ("Margaret
 * Okonkwo said", "selon Jean Dupont") is a PERSON. Rule ids appear in the mention's method.
 */
final class TitleRule implements NameRecognizer {
  /** Titles of posts in private bodies ("chief executive", "cofondatrice"): these make a PERSON. */
  private static final Set<String> PRIVATE_TITLES =
      Set.of(
          "regulator", "conseiller", "conseillere", "adviser", "advisor", "chief", "director", "directeur",
          "directrice", "ceo", "pdg", "chair", "chairman", "chairwoman", "head", "founder", "fondateur",
          "fondatrice", "cofondateur", "cofondatrice", "co-founder", "cofounder", "coordinateur", "coordinatrice",
          "coordinator");


  /** Title words written with a capital in front of a name, in English news. */
  private static final Set<String> CAPITALISED_TITLES =
      Set.of("principal", "leader", "opposition", "commander", "captain", "detective", "inspector", "superintendent",
          "sergeant", "constable", "professor", "doctor", "coach", "treasurer", "premier", "minister", "senator",
          "president", "chancellor", "judge", "justice", "commissioner", "chief", "deputy", "assistant", "acting",
          "attorney", "general", "secretary", "governor", "mayor", "councillor", "councilor", "ambassador");

  /** Occupations that, after a name and its comma, say the name is a person ("Hugo Marchand, psychologue"). */
  static final Set<String> ROLES =
      Set.of(
          "chercheur", "chercheuse", "juriste", "avocat", "avocate", "psychologue", "professeur", "professeure",
          "maitre", "enseignant", "enseignante", "responsable", "charge", "chargee", "delegue", "deleguee",
          "principal", "principale", "proviseur", "proviseure", "medecin", "pediatre", "pedopsychiatre",
          "psychiatre", "sociologue", "historien", "historienne", "economiste", "analyste", "specialiste", "expert",
          "experte", "militant", "militante", "membre", "etudiant", "etudiante", "mere", "pere", "victime",
          "infirmier", "infirmiere", "benevole", "gerant", "gerante", "patron", "patronne", "dirigeant",
          "dirigeante", "associe", "associee", "consultant", "consultante", "ingenieur", "ingenieure", "journaliste",
          "medieviste", "entraineur", "entraineuse", "researcher", "professor", "lawyer", "solicitor", "barrister",
          "analyst", "lecturer", "campaigner", "teacher", "headteacher", "mother", "father", "student", "partner",
          "associate", "doctor", "nurse", "psychologist", "engineer", "journalist", "owner", "manager", "volunteer",
          "coach", "author", "historian", "economist", "criminologue", "intervenant", "intervenante", "travailleur",
          "travailleuse", "defenseur", "defenseure", "gardien", "gardienne", "attaquant", "attaquante", "ailier",
          "ouvreur", "demi", "talonneur", "joueur", "joueuse", "footballeur", "footballeuse", "cycliste",
          "tennisman", "athlete", "artiste", "ecrivain", "ecrivaine", "romancier", "romanciere", "chanteur",
          "chanteuse", "acteur", "actrice", "comedien", "comedienne", "realisateur", "realisatrice", "animateur",
          "animatrice", "photographe", "avocat-conseil", "notaire", "pharmacien", "pharmacienne", "agriculteur",
          "agricultrice", "retraite", "retraitee", "habitant", "habitante", "eleve", "adolescent", "adolescente",
          "counsellor", "counselor", "defender", "winger", "flanker", "scrum-half", "fly-half", "striker",
          "goalkeeper", "midfielder", "forward", "player", "captain", "actor", "actors", "actress", "singer",
          "writer", "novelist", "director", "producer", "presenter", "broadcaster", "activist", "advocate",
          "criminologist", "sociologist", "psychiatrist", "paediatrician", "pediatrician", "therapist",
          "pensioner", "grandmother", "grandfather", "resident", "worker", "father-of-three", "father-of-two",
          "mother-of-three", "mother-of-two", "survivor", "victim", "entrepreneur", "founder", "pastor", "priest");

  /** Titles of public office: these make an OFFICIAL; the others (chief executive…) a PERSON. */
  static final Set<String> PUBLIC_OFFICE =
      Set.of(
          "ministre", "minister", "secretary", "secretaire", "porte-parole", "spokesperson", "spokesman",
          "spokeswoman", "commissioner", "commissaire", "president", "presidente", "procureur", "procureure",
          "prosecutor", "attorney", "governor", "gouverneur", "gouverneure", "senator", "senateur", "senatrice",
          "depute", "deputee", "mp", "mep", "eurodepute", "eurodeputee", "mayor", "maire", "chancellor",
          "chancelier", "chanceliere", "ambassador", "ambassadeur", "ambassadrice", "rep", "sen", "gov",
          "premier", "official", "officials", "juge", "judge", "magistrat", "magistrate", "commandant",
          "lieutenant", "adjudant", "adjudant-chef", "colonel", "brigadier", "gendarme", "inspector", "inspecteur",
          "inspectrice", "detective", "constable", "superintendent", "sergeant", "sergent", "sergente", "capitaine", "general", "commander", "leader", "treasurer", "chef", "cheffe", "msp", "mla",
          "mpp", "mna", "td", "councillor", "councilor", "congressman", "congresswoman", "representative");

  /** Every title word that introduces a name: public offices and private posts. */
  static final Set<String> TITLES = union(PUBLIC_OFFICE, PRIVATE_TITLES);

  /** Words after a title that make it a post in a private body ("porte-parole du collectif"). */
  private static final Set<String> PRIVATE_BODIES =
      Set.of("collectif", "association", "charity", "group", "groupe", "entreprise", "company", "firm", "societe",
          "exposition", "club", "federation", "syndicat", "ong", "ngo", "campaign", "fondation", "foundation",
          "start-up", "startup", "structure", "cabinet", "equipe", "team");

  static final Set<String> SPEECH =
      Set.of(
          "said", "says", "told", "added", "warned", "wrote", "explained", "argued", "insisted", "according",
          "noted", "observed", "admitted", "acknowledged", "stressed", "cautioned", "recalled", "replied",
          "responded", "continued", "asked", "tells", "adds", "notes", "explains",
          "declare", "indique", "explique", "ajoute", "estime", "affirme", "souligne", "precise", "selon",
          "confie", "assure", "rappelle", "regrette", "denonce", "juge", "a", "releve", "analyse", "observe",
          "temoigne", "raconte", "resume", "nuance", "tacle", "insiste", "poursuit", "conclut", "reconnait",
          "admet", "previent", "avertit", "martele", "plaide", "deplore", "sourit", "ironise", "commente", "note",
          "constate", "detaille", "repond", "reagit", "glisse", "souffle", "abonde", "complete", "avance",
          "defend", "dit", "lance", "s'inquiete", "inquiete", "s'alarme", "alarme", "s'agace", "agace", "soupire",
          "confirme", "signale", "souhaite", "espere", "interroge", "prevoit", "temoignait", "expliquait");

  /** Honorifics before a name: "Me Solenn Kerjean" (a lawyer), "le Dr Héloïse Marchetti", "Mr Musk". */
  static final Set<String> HONORIFICS = Set.of("me", "dr", "m", "mme", "mr", "mrs", "ms", "pr", "sir", "dame", "mx");

  /** Possessives that make a title an organisation's post, not a public office ("sa présidente"). */
  private static final Set<String> POSSESSIVES = Set.of("sa", "son", "leur", "its", "their", "his", "her");

  /** Determiners and honorifics that may stand between a speech verb and the name it introduces. */
  private static final Set<String> INTRODUCERS =
      Set.of("le", "la", "l", "l'", "l’", "les", "sa", "son", "ses", "leur", "the", "its", "their", "his", "her", ",",
          "me", "dr", "m", "mme", "mr", "mrs", "ms", "pr", ".");

  /** Capitalised articles that open Breton and French surnames inside a name: "Sandrine Le Goff", "Erwan Le Floch". */
  private static final Set<String> SURNAME_ARTICLES = Set.of("Le", "La", "Du", "De");

  private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "van", "von", "der", "da", "di", "le", "la", "bin", "al");

  private static final Set<String> NOT_NAMES =
      Set.of("the", "le", "la", "les", "l'", "un", "une", "a", "an", "ce", "cette", "this", "that", "mr", "mrs", "ms",
          "m", "mme", "dr", "sir", "lord", "lady", "dame", "me", "pr", "pour", "sans", "chez", "au", "aux", "en",
          "dans", "avec", "selon", "for", "with", "without", "in", "at", "on", "by", "after", "before", "from");

  /** Names of places and governments, which end no person's name ("Education Scotland"); may be null. */
  private final KnowledgeBase kb;

  TitleRule() {
    this(null);
  }

  TitleRule(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      int t = 0;
      while (t < seg.tokenCount()) {
        int end = nameEnd(seg, t);
        // "Principal Andrew Neal", "Opposition Leader Peter Dutton", "AFP Commander Helen
        // Schneider": capitalised titles before a name are outside its span
        int firstOfRun = t;
        while (end - t > 2 && CAPITALISED_TITLES.contains(TextFolding.fold(seg.token(t)))) t++;
        if (t > firstOfRun && end - t < 2) t = firstOfRun;
        if (end - t < 2 || !looksLikeAName(seg, t, end) || endsWithAPlace(seg, end)
            || overlaps(ctx, seg.tokenStart(t), seg.tokenEnd(end - 1), known, found)) {
          t++;
          continue;
        }
        int sentence = seg.sentenceAt(seg.tokenStart(t));
        if (bodyOfATitle(seg, t, sentence)) {
          t = end;
          continue;
        }
        int titleAt = titleNear(seg, t, end, sentence);
        String title = titleAt < 0 ? null : TextFolding.fold(seg.token(titleAt)).replace(".", "");
        // "Professor Eleanor Chu", "Detective Sergeant Paul Hendry": the capitalised title left out
        // of the span still says what the name is
        if (title == null && t > firstOfRun) title = TextFolding.fold(seg.token(t - 1));
        EntityType type = null;
        String method = null;
        if (title != null) {
          type = PUBLIC_OFFICE.contains(title) && !privatePost(seg, titleAt) ? EntityType.OFFICIAL : EntityType.PERSON;
          method = "title-rule:" + title;
        } else if (speaks(seg, t, end, sentence)) {
          type = EntityType.PERSON;
          method = "title-rule:speaker";
        } else if (language.equals("fr") && subjectOfCompoundPast(seg, t, end, sentence)) {
          type = EntityType.PERSON;
          method = "title-rule:subject";
        } else if (honorificBefore(seg, t)) {
          type = EntityType.PERSON;
          method = "title-rule:honorific";
        } else if (end + 1 < seg.tokenCount() && seg.token(end).equals(",") && ROLES.contains(TextFolding.fold(seg.token(end + 1)))) {
          type = EntityType.PERSON;
          method = "title-rule:role";
        } else if (roleBefore(seg, t, sentence)) {
          type = EntityType.PERSON;
          method = "title-rule:role";
        }
        if (type != null) {
          int start = seg.tokenStart(t);
          int stop = seg.tokenEnd(end - 1);
          String text = ctx.text.substring(start, stop);
          String id = "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
          found.add(new Mention(ctx.field, start, stop, text, id, type, method));
          t = end;
        } else {
          t++;
        }
      }
    }
    coordinated(fields, known, found);
    return found;
  }

  /**
   * "le défenseur Olivier Tremblay", "la travailleuse sociale Annie Fortin", "la professeure de
   * psychologie Geneviève Simard", "winger Ruaridh McAllister": an occupation noun among the three
   * words before the name, with only lower-case words (its complement) between, introduces a person.
   */
  private static boolean roleBefore(Segmentation seg, int t, int sentence) {
    for (int i = t - 1; i >= Math.max(0, t - 4); i--) {
      String tok = seg.token(i);
      if (tok.isEmpty() || seg.sentenceAt(seg.tokenStart(i)) != sentence) return false;
      boolean sentenceStart = i == 0 || seg.sentenceAt(seg.tokenStart(i - 1)) != sentence;
      if (ROLES.contains(TextFolding.fold(tok)) && (Character.isLowerCase(tok.charAt(0)) || sentenceStart)) return true;
      if (!Character.isLowerCase(tok.charAt(0)) || !tok.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Roger Federer, Rafael Nadal et Novak Djokovic", "Nathan Côté et Justin Harvey": names
   * coordinated with a person are people. A chain of names counts only where a conjunction joins
   * it ("A, B et C"), since a comma alone also sets off appositions ("la candidate du Fine Gael,
   * Heather Humphreys"). Repeated until nothing changes, so a list is read whole from any person.
   */
  private void coordinated(List<FieldContext> fields, List<Mention> known, List<Mention> found) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FieldContext ctx : fields) {
        Segmentation seg = ctx.segmentation;
        List<Mention> people = new ArrayList<>();
        for (Mention m : known) if (m.field() == ctx.field && m.type() == EntityType.PERSON) people.add(m);
        for (Mention m : found) if (m.field() == ctx.field && m.type() == EntityType.PERSON) people.add(m);
        for (Mention p : people) {
          int first = seg.firstTokenAtOrAfter(p.start());
          int last = first;
          while (last + 1 < seg.tokenCount() && seg.tokenEnd(last) < p.end()) last++;
          int sentence = seg.sentenceAt(p.start());
          List<int[]> items = new ArrayList<>();
          boolean conjunction = false;
          // forward: sep Name sep Name …
          int i = last + 1;
          while (i + 1 < seg.tokenCount() && COORDINATORS.contains(seg.token(i))) {
            int b = nameEnd(seg, i + 1);
            if (b - (i + 1) < 1 || seg.sentenceAt(seg.tokenStart(i + 1)) != sentence) break;
            conjunction |= !seg.token(i).equals(",");
            items.add(new int[] {i + 1, b});
            i = b;
          }
          // backward: … Name sep Name sep
          int j = first - 1;
          while (j > 0 && COORDINATORS.contains(seg.token(j))) {
            int b = j;
            int a = b - 1;
            while (a > 0 && b - a < 4 && capitalised(seg.token(a - 1)) && !NOT_NAMES.contains(TextFolding.fold(seg.token(a - 1)))) a--;
            while (a < b && (!capitalised(seg.token(a)) || NOT_NAMES.contains(TextFolding.fold(seg.token(a))))) a++;
            if (a >= b || nameEnd(seg, a) != b || seg.sentenceAt(seg.tokenStart(a)) != sentence) break;
            conjunction |= !seg.token(j).equals(",");
            items.add(new int[] {a, b});
            j = a - 1;
          }
          if (!conjunction) continue;
          for (int[] item : items) {
            int a = item[0];
            int b = item[1];
            if (b - a < 2 || !looksLikeAName(seg, a, b) || endsWithAPlace(seg, b)
                || overlaps(ctx, seg.tokenStart(a), seg.tokenEnd(b - 1), known, found)) {
              continue;
            }
            String text = ctx.text.substring(seg.tokenStart(a), seg.tokenEnd(b - 1));
            found.add(new Mention(ctx.field, seg.tokenStart(a), seg.tokenEnd(b - 1), text,
                "new/person/" + GazetteerRecognizer.slug(text), EntityType.PERSON, "title-rule:coordinated"));
            changed = true;
          }
        }
      }
    }
  }

  private static final Set<String> COORDINATORS = Set.of(",", "et", "and", "ou", "or");

  /** "Education Scotland", "Women's Aid Scotland": a name ending with a place or country is an institution's. */
  private boolean endsWithAPlace(Segmentation seg, int end) {
    if (kb == null) return false;
    for (org.vigie.core.EntityCatalog.EntityRef ref : kb.find(seg.token(end - 1))) {
      if (ref.type() == EntityType.LOCATION || ref.type() == EntityType.GOVERNMENT) return true;
    }
    return false;
  }

  /** Not a title or an institution written with capitals ("Prime Minister", "Scottish Government"). */
  private static boolean looksLikeAName(Segmentation seg, int t, int end) {
    for (int i = t; i < end; i++) {
      String key = TextFolding.fold(seg.token(i));
      if (TITLES.contains(key) || INSTITUTION.contains(key)) return false;
      // "Holyrood's Constitution": a possessive inside the run joins two names
      if (i < end - 1 && (key.endsWith("'s") || seg.token(i).endsWith("’s"))) return false;
    }
    return true;
  }

  private static final Set<String> INSTITUTION =
      Set.of("government", "gouvernement", "parliament", "parlement", "ministry", "ministere", "office", "council",
          "conseil", "commission", "department", "agency", "agence", "authority", "autorite", "court", "tribunal",
          "police", "house", "senate", "senat", "assembly", "assemblee", "party", "parti", "union", "university",
          "universite", "foundation", "fondation", "street", "act", "loi", "bill", "minister", "ministre",
          "first", "prime", "secretary", "state", "etat", "federal", "national", "nationale", "european",
          "europeenne", "news", "times", "post", "media", "group", "groupe", "inc", "ltd", "corp", "service",
          "services", "team", "enterprise", "aid", "operation", "lawyers", "llp", "club", "league", "ligue",
          "centre", "center", "network", "project", "fund", "trust", "association", "alliance", "coalition",
          "institute", "institut", "school", "college", "academy", "grammar", "hospital", "society", "bank",
          "banque", "festival", "stadium", "stade", "parc", "park", "road", "avenue", "rue", "bridge", "tower",
          "station", "airport", "cup", "coupe", "championship", "championnat", "tournament", "tournoi",
          "procurator", "fiscal", "crown", "committee", "comite", "board", "unit", "investigation");

  /** Whether a public office's title stands among the six tokens before token {@code t}. */
  static boolean officeBefore(Segmentation seg, int t, int sentence) {
    for (int i = t - 1; i >= Math.max(0, t - 6); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) break;
      if (PUBLIC_OFFICE.contains(TextFolding.fold(seg.token(i)).replace(".", ""))) return true;
    }
    return false;
  }

  /** End of a run of capitalised words (with inner particles) starting at {@code t}, or {@code t}. */
  private static int nameEnd(Segmentation seg, int t) {
    if (!capitalised(seg.token(t)) || NOT_NAMES.contains(TextFolding.fold(seg.token(t)))) return t;
    int end = t + 1;
    while (end < seg.tokenCount() && end - t < 4) {
      String tok = seg.token(end);
      if (capitalised(tok) && !NOT_NAMES.contains(TextFolding.fold(tok))) {
        end++;
      } else if (tok.startsWith("-") && seg.tokenStart(end) == seg.tokenEnd(end - 1)
          && (capitalised(tok.substring(1)) || tok.equals("-") && end + 1 < seg.tokenCount() && capitalised(seg.token(end + 1))
              && seg.tokenStart(end + 1) == seg.tokenEnd(end))) {
        end += tok.equals("-") ? 2 : 1; // "Karine Jean-Pierre", cut at its hyphen by the English tokenizer
      } else if ((NAME_PARTICLES.contains(tok) || SURNAME_ARTICLES.contains(tok)) && end + 1 < seg.tokenCount()
          && capitalised(seg.token(end + 1)) && !NOT_NAMES.contains(TextFolding.fold(seg.token(end + 1)))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean capitalised(String tok) {
    if (tok.length() < 2 || !Character.isUpperCase(tok.charAt(0))) return false;
    for (int i = 1; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return false;
    }
    return !tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-'); // not an acronym
  }

  private static final Set<String> OF = Set.of("of", "de", "du", "des", "d'", "d’");

  /**
   * "leader of Progressive Slovakia", "chief executive of Merlion Cyber Labs": a name right after
   * a title's "of" is the body whose post it is, not the post's holder, so none of it is a person.
   */
  private static boolean bodyOfATitle(Segmentation seg, int t, int sentence) {
    if (t < 2 || !OF.contains(TextFolding.fold(seg.token(t - 1)))) return false;
    for (int i = t - 2; i >= Math.max(0, t - 4); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) return false;
      String tok = seg.token(i);
      if (TITLES.contains(TextFolding.fold(tok).replace(".", ""))) return true;
      if (tok.isEmpty() || !Character.isLowerCase(tok.charAt(0))) return false;
    }
    return false;
  }

  /**
   * The token of a title word among the six tokens before the name ("la ministre déléguée au
   * Numérique, X"), or right after its comma; -1 when there is none.
   */
  private static int titleNear(Segmentation seg, int t, int end, int sentence) {
    int capitalisedRun = 0;
    for (int i = t - 1; i >= Math.max(0, t - 6); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) break;
      String key = TextFolding.fold(seg.token(i)).replace(".", "");
      if (TITLES.contains(key)) return i;
      // "Sergeant Paul Hendry of Victoria Police's Ballarat…": the title belongs to the name between
      capitalisedRun = capitalised(seg.token(i)) && !CAPITALISED_TITLES.contains(key) ? capitalisedRun + 1 : 0;
      if (capitalisedRun >= 2) break;
    }
    if (end + 1 < seg.tokenCount() && seg.token(end).equals(",")) {
      for (int i = end + 1; i < Math.min(seg.tokenCount(), end + 4); i++) {
        String key = TextFolding.fold(seg.token(i)).replace(".", "");
        if (TITLES.contains(key)) return i;
      }
    }
    return -1;
  }

  private static boolean honorificBefore(Segmentation seg, int t) {
    int i = t - 1;
    if (i > 0 && seg.token(i).equals(".")) i--;
    return i >= 0 && HONORIFICS.contains(TextFolding.fold(seg.token(i)).replace(".", ""))
        && Character.isUpperCase(seg.token(i).charAt(0));
  }

  /**
   * "sa présidente", "its chair", "porte-parole du collectif", "son capitaine": the post of a
   * private body or a team, which makes its holder a PERSON (eval/entities/README.md).
   */
  private static boolean privatePost(Segmentation seg, int title) {
    if (title > 0 && POSSESSIVES.contains(TextFolding.fold(seg.token(title - 1)))) return true;
    for (int i = title + 1; i < Math.min(seg.tokenCount(), title + 4); i++) {
      if (PRIVATE_BODIES.contains(TextFolding.fold(seg.token(i)))) return true;
    }
    return false;
  }

  /**
   * "Chloe Kelly a inscrit le penalty", "Matt et Maria Raine ont déposé plainte": in French a name
   * of two or more capitalised words followed by "a"/"ont" and a past participle is a person's
   * (French writes organisations with one capital: "Option consommateurs a…").
   */
  private static boolean subjectOfCompoundPast(Segmentation seg, int t, int end, int sentence) {
    if (end + 1 >= seg.tokenCount() || seg.sentenceAt(seg.tokenStart(end + 1)) != sentence) return false;
    // "Les Saguenéens de Chicoutimi ont…": a plural determiner makes a team or a group
    if (t > 0 && PLURAL_DETERMINERS.contains(seg.token(t - 1).toLowerCase(java.util.Locale.ROOT))) return false;
    String aux = seg.token(end);
    if (!aux.equals("a") && !aux.equals("ont")) return false;
    String participle = seg.token(end + 1);
    if (participle.isEmpty() || !Character.isLowerCase(participle.charAt(0))) return false;
    String key = participle.toLowerCase(java.util.Locale.ROOT);
    return key.length() > 3 && PARTICIPLE_ENDINGS.stream().anyMatch(key::endsWith);
  }

  private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "aux", "the");

  private static final List<String> PARTICIPLE_ENDINGS = List.of("é", "ée", "és", "i", "u", "is", "it", "ert", "int", "ort");

  /** "Name said", "said Name", "selon Name", "Name a déclaré". */
  private static boolean speaks(Segmentation seg, int t, int end, int sentence) {
    if (end < seg.tokenCount() && SPEECH.contains(TextFolding.fold(seg.token(end)))) {
      String next = end + 1 < seg.tokenCount() ? TextFolding.fold(seg.token(end + 1)) : "";
      return !TextFolding.fold(seg.token(end)).equals("a") || next.startsWith("declar") || next.startsWith("indiqu")
          || next.startsWith("expliqu") || next.startsWith("affirm") || next.startsWith("ajout");
    }
    if (t > 0 && seg.sentenceAt(seg.tokenStart(t - 1)) == sentence) {
      String prev = TextFolding.fold(seg.token(t - 1));
      if (prev.equals("said") || prev.equals("selon") || prev.equals("says") || prev.equals("told")) return true;
      // the agent of a French passive or nominal phrase: "ouvert le score par Mariona Caldentey"
      if (prev.equals("par") && Character.isLowerCase(seg.token(t - 1).charAt(0))) return true;
      if (prev.equals("pour") && end < seg.tokenCount() && seg.token(end).equals(",")) return true; // "Pour X, …"
    }
    // French inverted attribution: "», explique sa cofondatrice, Inès Bouchareb", "», relève Me
    // Capucine Arnal", "souligne Tristan Vergès": a speech verb, then at most a determiner, a
    // lower-case role, a comma or an honorific before the name.
    int lowercase = 0;
    for (int i = t - 1; i >= Math.max(0, t - 5); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) return false;
      String tok = seg.token(i);
      String key = TextFolding.fold(tok);
      if (SPEECH.contains(key) && !key.equals("a") && !key.equals("selon") && Character.isLowerCase(tok.charAt(0))) {
        return i == t - 1 || !key.equals("according");
      }
      if (INTRODUCERS.contains(key)) continue;
      if (Character.isLowerCase(tok.charAt(0)) && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-') && ++lowercase <= 2) continue;
      return false;
    }
    return false;
  }

  private static boolean overlaps(FieldContext ctx, int start, int end, List<Mention> a, List<Mention> b) {
    for (Mention m : a) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    for (Mention m : b) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
