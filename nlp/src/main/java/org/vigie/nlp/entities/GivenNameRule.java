package org.vigie.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * People the KB lacks, found by a gazetteer of common given names ({@value #RESOURCE}): a known
 * given name followed by one to three capitalised surname words ("Clare McGlynn", "Jean-Pierre
 * Castella-Moret", "Clémence Le Goff", "Nicolas de Tribolet", "John F. Kennedy", "Tom Kean Jr.")
 * is a person. An office word next to the name ("le député", "Judge", "councillor", ", the MP
 * for…") makes it an OFFICIAL; otherwise it is a PERSON.
 *
 * <p>Names that are also words, months or places ({@code ~} in the resource: "Grace", "May",
 * "Jordan") are trusted only inside a sentence. A run that ends in an institution's or a place's
 * head word ("Victoria Police", "Grace Hospital", "Christian Democrats") or that follows a noun
 * naming a street or a building after a person ("rue Jean Moulin", "lycée Victor Hugo") is not a
 * person. Each lookup is one hash probe per capitalised word, so the rule costs next to nothing.
 */
final class GivenNameRule implements NameRecognizer {
  static final String RESOURCE = "names/given-names.txt";
  static final String METHOD = "given-name";

  private static final Set<String> GIVEN = new HashSet<>();
  private static final Set<String> AMBIGUOUS = new HashSet<>();

  static {
    try (InputStream in = GivenNameRule.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) continue;
        boolean ambiguous = name.startsWith("~");
        String key = TextFolding.fold(ambiguous ? name.substring(1) : name);
        GIVEN.add(key);
        if (ambiguous) AMBIGUOUS.add(key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Lower-case particles inside a name ("Nicolas de Tribolet", "Ursula von der Leyen"). */
  private static final Set<String> PARTICLES =
      set("de", "du", "des", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "della",
          "ter", "ten", "bin", "ben", "ibn", "al", "el", "ap", "af", "zu", "y", "e");

  /** Common Chinese, Korean and Vietnamese family names, written before the given name. */
  private static final Set<String> FAMILY_FIRST =
      set("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo",
          "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Xi", "Deng", "Feng", "Cao", "Peng", "Zeng", "Xiao",
          "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
          "Shen", "Yao", "Fu", "Zhong", "Tan", "Ng", "Wong", "Chan", "Leung", "Cheung", "Lau", "Yip", "Lam", "Chow",
          "Teo", "Goh", "Ong", "Koh", "Chua", "Tay", "Chee", "Yeo", "Quek", "Toh", "Foo", "Lim", "Gan", "Heng", "Teh",
          "Seah", "Loh", "Yap", "Khoo", "Chong", "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon",
          "Jang", "Han", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Moon", "Son", "Bae", "Baek",
          "Heo", "Nam", "Noh", "Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong");

  /** A romanised Korean given name: two syllables joined by a hyphen, the second in lower case ("Tae-yong"). */
  private static final java.util.regex.Pattern KOREAN_GIVEN = java.util.regex.Pattern.compile("[A-Z][a-z]{1,5}-[a-z]{2,5}");

  /** Particles written with a capital inside a name ("Marie-Ève Le Bihan", "Luiz Inácio Da Silva"). */
  private static final Set<String> CAPITALISED_PARTICLES =
      set("Le", "La", "De", "Du", "Des", "Van", "Von", "Di", "Da", "Del", "Della", "Dos", "Das", "El", "Al", "Ben", "Bin",
          "Ter", "Ten", "Mac", "Mc");

  /** Head words that make a capitalised run an institution, a place or a thing. */
  private static final Set<String> HEADS =
      set("police", "hospital", "hospitals", "university", "college", "school", "schools", "academy", "party",
          "street", "road", "avenue", "lane", "square", "park", "station", "airport", "bridge", "foundation", "trust",
          "institute", "institution", "centre", "center", "council", "court", "house", "church", "cathedral", "chapel",
          "museum", "gallery", "library", "theatre", "theater", "stadium", "arena", "oval", "ground", "club", "fc",
          "united", "city", "county", "group", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "bank",
          "fund", "prize", "award", "awards", "act", "law", "cup", "trophy", "league", "association", "society",
          "union", "network", "project", "programme", "program", "democrats", "democrat", "republicans", "island",
          "islands", "lake", "river", "valley", "mountain", "mountains", "beach", "bay", "coast", "falls", "heights",
          "village", "town", "township", "gardens", "garden", "drive", "way", "building", "tower", "memorial", "medal",
          "day", "week", "festival", "show", "times", "post", "news", "herald", "journal", "gazette", "tribune", "media",
          "studios", "pictures", "records", "motors", "airlines", "systems", "labs", "technologies", "partners",
          "associates", "holdings", "ventures", "capital", "financial", "insurance", "hotel", "tavern", "pub", "inn",
          "mall", "market", "ambulance", "service", "services", "commission", "committee", "department", "ministry",
          "agency", "authority", "office", "board", "report", "review", "index", "fellowship", "scholarship",
          "lecture", "syndrome", "effect", "cross", "crescent", "terrace", "place", "close", "hill", "forest", "port",
          "harbour", "county", "district", "region", "province", "state", "territory", "line", "bus", "estate",
          "studio", "prison", "jail", "hall", "rd", "st", "ave", "blvd", "field", "parade", "tunnel", "shoal", "reef",
          "hills", "point", "creek", "canal", "pier", "highway", "motorway", "freeway", "expressway");

  /** Nouns that name a street, a building or a prize after a person ("rue Jean-Moulin", "lycée Victor Hugo"). */
  private static final Set<String> NAMED_AFTER =
      set("rue", "avenue", "boulevard", "bd", "place", "quai", "allee", "impasse", "chemin", "route", "cours",
          "lycee", "college", "ecole", "universite", "hopital", "clinique", "centre", "fondation", "institut", "stade",
          "salle", "gare", "station", "aeroport", "pont", "parc", "jardin", "square", "prix", "musee", "bibliotheque",
          "mediatheque", "theatre", "cinema", "campus", "complexe", "maison", "residence", "cite", "port", "piscine",
          "gymnase", "chu", "ehpad", "espace", "promenade", "esplanade", "saint", "sainte", "st", "ste", "san", "santa",
          "fort", "mount", "mont", "lake", "lac", "cape", "cap", "port", "club", "rue", "operation", "opération",
          "hurricane", "storm", "tempete", "ouragan", "cyclone", "typhoon", "ysgol");

  /** Capitalised words that never continue a person's name (days, months, function words). */
  private static final Set<String> NOT_SURNAMES =
      set("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
          "le", "la", "les", "un", "une", "et", "ou", "mais", "dans", "sur", "pour", "avec", "par", "mr", "mrs", "ms",
          "dr", "sir", "m", "mme", "me", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
          "dimanche", "he", "she", "it", "they", "we", "i", "il", "elle", "ils", "elles", "nous", "vous", "je",
          "this", "that", "these", "those", "ce", "cette", "ces", "is", "was", "has", "had", "est", "a", "ont");

  /** Offices of public authority, folded: next to a name they make it an OFFICIAL. */
  private static final Set<String> OFFICES =
      set("minister", "ministre", "ministers", "secretary", "senator", "sen", "senateur", "senatrice", "representative",
          "rep", "congressman", "congresswoman", "congressmember", "governor", "gov", "gouverneur", "gouverneure",
          "mayor", "maire", "mairesse", "depute", "deputee", "eurodepute", "eurodeputee", "councillor", "councilor",
          "cllr", "judge", "juge", "magistrate", "magistrat", "magistrate", "procureur", "procureure", "prosecutor",
          "commissioner", "commissaire", "chancellor", "chancelier", "chanceliere", "premier", "prefet", "prefete",
          "ambassador", "ambassadeur", "ambassadrice", "constable", "sergeant", "sergent", "sergente", "lieutenante", "commandante", "inspector", "inspecteur",
          "inspectrice", "detective", "superintendent", "policier", "policiere", "gendarme", "sheriff", "syndic",
          "syndique", "bourgmestre", "echevin", "echevine", "alderman", "alderwoman", "selectman", "coroner",
          "speaker", "lawmaker", "legislator", "assemblyman", "assemblywoman", "assemblymember", "parlementaire",
          "elu", "elue", "president", "presidente", "landammann", "conseiller", "conseillere", "attorney", "advocate",
          "leader", "chef", "porte-parole", "spokesperson", "spokesman", "spokeswoman", "adjoint", "adjointe", "agent",
          "agente", "colonel", "commandant", "lieutenant", "adjudant", "brigadier", "member", "councilmember",
          "senators", "senateurs", "deputes", "ministres", "representatives", "secretary-general", "secretaire-general",
          "secretaire-generale", "officer");

  /** Seats in an assembly, public whoever's they are said to be ("son eurodéputé", "their senator"). */
  private static final Set<String> ELECTED_SEATS =
      set("depute", "deputee", "eurodepute", "eurodeputee", "senateur", "senatrice", "senator", "congressman",
          "congresswoman", "assemblyman", "assemblywoman", "mep");

  /** Written as is after a name or before it: "Jane Smith MP", "MSP Jane Smith". */
  private static final Set<String> OFFICE_ACRONYMS =
      set("MP", "MPs", "MEP", "MSP", "MS", "TD", "MLA", "MPP", "MNA", "MHA", "DA", "AG");

  /** Titles of private bodies that, with an office word, make a post outside public office. */
  private static final Set<String> POSSESSIVES = set("sa", "son", "leur", "its", "their", "his", "her", "s");

  private static final Set<String> PRIVATE_BODIES =
      set("collectif", "association", "charity", "group", "groupe", "entreprise", "company", "firm", "societe",
          "club", "federation", "syndicat", "ong", "ngo", "campaign", "fondation", "foundation", "start-up", "startup",
          "cabinet", "equipe", "team", "board", "union", "branch", "branche", "parents", "company's", "firm's", "coalition", "mouvement", "movement", "exposition", "exhibition");

  private static final Set<String> FORMER = set("former", "ancien", "ancienne", "ex", "late", "feu");

  /** Posts that contain an office word but are not public offices ("vice-chancellor" of a university). */
  private static final Set<String> NOT_OFFICES = set("vice-chancellor", "entraineur-chef", "chef-cuisinier");

  private static final Set<String> HYPHEN_PARTS_NOT_OFFICES = set("president", "presidente", "chef", "general", "agent");

  /** Abbreviated titles whose full stop does not end the phrase before a name. */
  private static final Set<String> ABBREVIATED_TITLES =
      set("gov", "sen", "rep", "reps", "sens", "lt", "sgt", "det", "insp", "cllr", "supt", "gen", "col", "cmdr", "amb", "atty",
          "pres", "st", "ch", "mr", "mrs", "ms", "dr", "m", "mme");

  /** Verbs after a name that put it into an office ("re-elected as Mayor", "réélue présidente"). */
  private static final Set<String> ELECTED =
      set("elected", "re-elected", "reelected", "appointed", "named", "sworn", "elu", "elue", "reelu", "reelue", "nomme",
          "nommee", "designe", "designee");

  /** Bodies that make "président(e)" a public office ("présidente de la région", "President of the Republic"). */
  private static final Set<String> PUBLIC_BODIES =
      set("region", "republique", "republic", "conseil", "council", "assemblee", "assembly", "senat", "senate",
          "commission", "departement", "collectivite", "chambre", "chamber", "cour", "court", "tribunal", "etat",
          "state", "canton", "gouvernement", "government", "metropole", "communaute", "parlement", "parliament",
          "confederation", "ville", "city", "province", "municipalite");

  /** Words next to "attorney", "advocate", "member", "officer" that make them an office, not a lawyer or a campaigner. */
  private static final Set<String> OFFICE_QUALIFIERS =
      set("general", "district", "county", "state", "states", "us", "lord", "council", "city", "assembly", "parliament",
          "congress", "senedd", "police", "returning", "presiding", "parliamentary");

  /** Word after "conseiller" that makes it an elected office ("conseiller municipal"), not an adviser. */
  private static final Set<String> ELECTED_COUNCILS =
      set("municipal", "municipale", "communal", "communale", "general", "generale", "regional", "regionale",
          "departemental", "departementale", "etat", "etats", "national", "nationale", "federal", "federale", "aux", "city",
          "county", "borough", "local");

  /** Words before a name searched for its office: "Minister for Digital Development and Information Josephine Teo". */
  private static final int WINDOW = 8;

  private final KnowledgeBase kb;

  GivenNameRule(KnowledgeBase kb) {
    this.kb = kb;
  }

  static boolean isGivenName(String word) {
    return GIVEN.contains(TextFolding.fold(word));
  }

  /** A name the list marks as also a word, a month or a place ("Grace", "May", "Florence"). */
  static boolean isAmbiguous(String word) {
    return AMBIGUOUS.contains(TextFolding.fold(word));
  }

  /** A word of running text: letters, with inner hyphens and apostrophes ("Jean-Pierre", "O'Brien"). */
  private record Word(int start, int end, String text) {
    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0)) && text.chars().anyMatch(Character::isLowerCase);
    }
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      List<Word> words = words(ctx.text);
      for (int i = 0; i < words.size(); i++) {
        Mention m = nameAt(ctx, words, i, known);
        if (m == null) continue;
        found.add(m);
        while (i + 1 < words.size() && words.get(i + 1).start() < m.end()) i++;
      }
    }
    found = oneTypePerName(found);
    found.addAll(multiWordSurnames(fields, known, found));
    return found;
  }

  /**
   * "Tristan Le Goff-Kermarrec… Le Goff-Kermarrec a ajouté", "Liz Saville Roberts… Ms Saville
   * Roberts": a surname of several words, named alone later, is the same person. One-word
   * surnames are left to {@link Surnames}, which sees this rule's mentions.
   */
  private static List<Mention> multiWordSurnames(List<FieldContext> fields, List<Mention> known, List<Mention> found) {
    java.util.Map<String, Mention> bySurname = new java.util.LinkedHashMap<>();
    for (Mention m : found) {
      if (!m.method().startsWith(METHOD) || !m.entityId().startsWith("new/")) continue;
      int space = m.text().indexOf(' ');
      String surname = space < 0 ? "" : m.text().substring(space + 1);
      if (surname.length() > 2 && surname.charAt(1) == '.' && surname.charAt(2) == ' ') surname = surname.substring(3);
      if (surname.indexOf(' ') > 0 && Character.isUpperCase(surname.charAt(0))) bySurname.putIfAbsent(surname, m);
    }
    List<Mention> out = new ArrayList<>();
    bySurname.forEach((surname, person) -> {
      for (FieldContext ctx : fields) {
        for (int at = ctx.text.indexOf(surname); at >= 0; at = ctx.text.indexOf(surname, at + 1)) {
          int end = at + surname.length();
          boolean whole = (at == 0 || !Character.isLetter(ctx.text.charAt(at - 1)))
              && (end == ctx.text.length() || !Character.isLetter(ctx.text.charAt(end)));
          if (!whole || covered(ctx, at, end, known) || covered(ctx, at, end, found) || covered(ctx, at, end, out)) continue;
          out.add(new Mention(ctx.field, at, end, surname, person.entityId(), person.type(), METHOD + ":surname"));
        }
      }
    });
    return out;
  }

  /**
   * News introduces an official by office once ("l'eurodéputée Clémence Wehrlé-Ritter") and names
   * them bare after: a name read as an OFFICIAL anywhere in the article is one everywhere.
   */
  private static List<Mention> oneTypePerName(List<Mention> found) {
    Set<String> officials = new HashSet<>();
    for (Mention m : found) if (m.type() == EntityType.OFFICIAL && m.entityId().startsWith("new/")) officials.add(TextFolding.fold(m.text()));
    if (officials.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (m.type() == EntityType.PERSON && m.entityId().startsWith("new/") && officials.contains(TextFolding.fold(m.text()))) {
        String id = "new/official/" + GazetteerRecognizer.slug(m.text());
        out.add(new Mention(m.field(), m.start(), m.end(), m.text(), id, EntityType.OFFICIAL, METHOD + "+office"));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private Mention nameAt(FieldContext ctx, List<Word> words, int i, List<Mention> known) {
    Word first = words.get(i);
    String text = ctx.text;
    if (first.capitalised() && !givenName(first.text()) && FAMILY_FIRST.contains(first.text())) return familyFirst(ctx, words, i, known);
    if (!first.capitalised() || !givenName(first.text())) return null;
    Segmentation seg = ctx.segmentation;
    int sentence = seg.sentenceAt(first.start());
    boolean afterTitle = i > 0 && ABBREVIATED_TITLES.contains(TextFolding.fold(words.get(i - 1).text()))
        && Character.isUpperCase(words.get(i - 1).text().charAt(0)); // "Rep. Dean Phillips"
    boolean initial = !afterTitle && (!hasLetter(text, seg.sentenceStart(sentence), first.start())
        || (i > 0 && endsSentence(text, words.get(i - 1).end(), first.start())));
    if (initial && AMBIGUOUS.contains(TextFolding.fold(first.text()))) return null;
    if (i > 0 && NAMED_AFTER.contains(TextFolding.fold(words.get(i - 1).text())) && adjacent(text, words.get(i - 1), first)) return null;
    if (covered(ctx, first.start(), first.end(), known)) return null;
    // the surname words: an initial ("John F. Kennedy"), particles, one to three capitalised words
    int end = first.end();
    int last = end; // end of the last word taken, particles included
    int j = i + 1;
    int surnames = 0;
    boolean stop = false;
    while (j < words.size() && surnames < 3 && !stop) {
      Word w = words.get(j);
      if (!spaceOnly(text, last, w.start())) break;
      String key = TextFolding.fold(w.text());
      boolean dotted = w.end() < text.length() && text.charAt(w.end()) == '.';
      if (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)) && dotted && surnames == 0) {
        end = last = w.end() + 1; // "F."
        j++;
        continue;
      }
      if (w.text().equals("St") && dotted && j + 1 < words.size() && words.get(j + 1).capitalised()
          && spaceOnly(text, w.end() + 1, words.get(j + 1).start())) {
        last = w.end() + 1; // "Ashley St. Clair"
        j++;
        continue;
      }
      if (PARTICLES.contains(w.text()) || CAPITALISED_PARTICLES.contains(w.text())) {
        // one or two particles join only with a capitalised word after them ("von der Leyen", "Le Bihan")
        int p = j + 1;
        if (p < words.size() && PARTICLES.contains(words.get(p).text()) && spaceOnly(text, words.get(p - 1).end(), words.get(p).start())) p++;
        if (p < words.size() && words.get(p).capitalised() && spaceOnly(text, words.get(p - 1).end(), words.get(p).start())
            && !NOT_SURNAMES.contains(TextFolding.fold(words.get(p).text()))) {
          last = words.get(p - 1).end();
          j = p;
          continue;
        }
        break;
      }
      if (!w.capitalised() && !elided(w.text())) break;
      if (NOT_SURNAMES.contains(key) || covered(ctx, w.start(), w.end(), known)) break;
      if (HEADS.contains(key)) return null;
      int wordEnd = w.end();
      String surface = w.text();
      if (surface.endsWith("'s") || surface.endsWith("’s")) {
        wordEnd -= 2; // "Raya's": the possessive is outside the name
        stop = true;
      }
      end = last = wordEnd;
      surnames++;
      j++;
      if ((key.equals("jr") || key.equals("sr")) && end < text.length() && text.charAt(end) == '.') end = last = end + 1;
    }
    if (surnames == 0) return null;
    // "Paul Smith Foundation", "Grace Kelly Hospital": a head word right after the run
    if (j < words.size() && spaceOnly(text, end, words.get(j).start()) && HEADS.contains(TextFolding.fold(words.get(j).text()))
        && words.get(j).capitalised()) {
      return null;
    }
    return person(ctx, words, i, j, end);
  }

  /**
   * East Asian order, family name first: a common family name, then a romanised Korean given name
   * ("Shin Tae-yong", "Son Heung-min") or two short given-name syllables ("Lim Wei Ling").
   */
  private Mention familyFirst(FieldContext ctx, List<Word> words, int i, List<Mention> known) {
    String text = ctx.text;
    Word first = words.get(i);
    if (covered(ctx, first.start(), first.end(), known) || i + 1 >= words.size()) return null;
    Word second = words.get(i + 1);
    if (!spaceOnly(text, first.end(), second.start()) || covered(ctx, second.start(), second.end(), known)) return null;
    if (KOREAN_GIVEN.matcher(second.text()).matches()) return person(ctx, words, i, i + 2, second.end());
    if (i + 2 >= words.size()) return null;
    Word third = words.get(i + 2);
    if (!syllable(second) || !syllable(third) || !spaceOnly(text, second.end(), third.start())
        || covered(ctx, third.start(), third.end(), known)) {
      return null;
    }
    if (i + 3 < words.size() && words.get(i + 3).capitalised() && spaceOnly(text, third.end(), words.get(i + 3).start())) return null;
    return person(ctx, words, i, i + 3, third.end());
  }

  private static boolean syllable(Word w) {
    String key = TextFolding.fold(w.text());
    return w.capitalised() && w.text().length() <= 6 && w.text().chars().allMatch(Character::isLetter)
        && !NOT_SURNAMES.contains(key) && !HEADS.contains(key);
  }

  private Mention person(FieldContext ctx, List<Word> words, int i, int j, int end) {
    Word first = words.get(i);
    String text = ctx.text;
    String name = text.substring(first.start(), end);
    EntityType type = office(ctx, words, i, j, end) || OfficialNames.contains(name) ? EntityType.OFFICIAL : EntityType.PERSON;
    List<EntityRef> refs = kb.find(name);
    if (refs.size() == 1) {
      EntityRef ref = refs.getFirst();
      return new Mention(ctx.field, first.start(), end, name, ref.id(), ref.type(), METHOD + "+kb");
    }
    String id = "new/" + type.name().toLowerCase(Locale.ROOT) + "/" + GazetteerRecognizer.slug(name);
    return new Mention(ctx.field, first.start(), end, name, id, type, type == EntityType.OFFICIAL ? METHOD + "+office" : METHOD);
  }

  /** "Jean", "Marie-Ève", and "Marie-Thérèse" made of two known names; not "Jean-Jaurès" (a street). */
  static boolean givenName(String word) {
    String key = TextFolding.fold(word);
    if (GIVEN.contains(key)) return true;
    int hyphen = word.indexOf('-');
    if (hyphen < 0) return false;
    for (String part : key.split("-")) if (!GIVEN.contains(part)) return false;
    return true;
  }

  /**
   * An office word among the five words before the name (same sentence, "la maire de Strasbourg,
   * Jeanne Barseghian", "Judge", "le député Renaissance de l'Essonne"), an office acronym right
   * after it ("Jane Smith MP"), or an office in the apposition after its comma ("Alex Davies-Jones,
   * the minister for victims"). A possessive before the office ("sa présidente", "Microsoft's
   * president") or a private body after it makes a post in a private body: a PERSON.
   */
  private static boolean office(FieldContext ctx, List<Word> words, int i, int next, int end) {
    String text = ctx.text;
    Segmentation seg = ctx.segmentation;
    int sentence = seg.sentenceAt(words.get(i).start());
    if (i > 0 && ABBREVIATED_TITLES.contains(TextFolding.fold(words.get(i - 1).text())) && officeAt(text, words, i - 1)) {
      return true; // "Sen. Thomas Whitfield", which the sentence splitter may cut after "Sen."
    }
    for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
      Word w = words.get(k);
      if (seg.sentenceAt(w.start()) != sentence) break;
      // "Gov. Phil Murphy", "Sen. Amy Klobuchar": an abbreviated title's full stop ends nothing
      boolean abbreviation = ABBREVIATED_TITLES.contains(TextFolding.fold(w.text())) && Character.isUpperCase(w.text().charAt(0));
      if (!abbreviation && endsClause(text, w.end(), words.get(k + 1).start())) break;
      if (officeAt(text, words, k)) return true;
      // another person's name stands between: the office is theirs ("defeated Andrew Cuomo and Curtis Sliwa")
      if (w.capitalised() && givenName(w.text()) && k < i - 1) break;
    }
    if (next < words.size()) {
      Word after = words.get(next);
      String gap = text.substring(end, after.start());
      if (gap.isBlank() && OFFICE_ACRONYMS.contains(after.text())) return true;
      if (gap.strip().equals(",")) {
        for (int k = next; k < Math.min(words.size(), next + 6); k++) {
          Word w = words.get(k);
          if (k > next && endsClause(text, words.get(k - 1).end(), w.start())) break;
          if (officeAt(text, words, k) || OFFICE_ACRONYMS.contains(w.text())) return true;
        }
      }
      // "Sadiq Khan has been re-elected as Mayor of London", "a été réélue présidente de l'Assemblée"
      for (int k = next; k < Math.min(words.size(), next + 5); k++) {
        if (seg.sentenceAt(words.get(k).start()) != sentence) break;
        if (!ELECTED.contains(key(words.get(k).text()))) continue;
        for (int o = k + 1; o < Math.min(words.size(), k + 4); o++) {
          if (seg.sentenceAt(words.get(o).start()) != sentence) break;
          if (officeAt(text, words, o)) return true;
        }
      }
    }
    return false;
  }

  private static boolean officeAt(String text, List<Word> words, int k) {
    String key = key(words.get(k).text());
    if (OFFICE_ACRONYMS.contains(words.get(k).text()) && k > 0) return true;
    if (!OFFICES.contains(key)) {
      // "vice-présidente", "lieutenant-colonel", "adjudant-chef", "ex-ministre"
      if (key.indexOf('-') < 0) return false;
      boolean part = false;
      for (String p : key.split("-")) part |= OFFICES.contains(p) && !HYPHEN_PARTS_NOT_OFFICES.contains(p);
      if (!part && !key.endsWith("-president") && !key.endsWith("-presidente")) return false;
    }
    String before = k > 0 ? key(words.get(k - 1).text()) : "";
    String after = k + 1 < words.size() ? key(words.get(k + 1).text()) : "";
    if ((key.equals("attorney") || key.equals("advocate") || key.equals("member") || key.equals("officer"))
        && !OFFICE_QUALIFIERS.contains(before) && !OFFICE_QUALIFIERS.contains(after)) {
      return false;
    }
    if (key.equals("juge") && precededByComma(text, words.get(k).start())) return false; // « … », juge X: the verb
    if (key.endsWith("president") || key.endsWith("presidente")) {
      boolean publicBody = false;
      for (int n = k + 1; n < Math.min(words.size(), k + 5); n++) publicBody |= PUBLIC_BODIES.contains(key(words.get(n).text()));
      if (!publicBody) return false;
    }
    if (NOT_OFFICES.contains(key) || PRIVATE_BODIES.contains(before)) return false; // "branch secretary"
    // "the former governor", "ancienne ministre": the office is no longer held
    if (FORMER.contains(before) || key.startsWith("ex-") || (k > 1 && FORMER.contains(key(words.get(k - 2).text())))) return false;
    // "le directeur adjoint", "directrice générale adjointe": a deputy in a private post
    if ((key.equals("adjoint") || key.equals("adjointe")) && (before.startsWith("direct") || before.startsWith("general"))) return false;
    // "son eurodéputé Grégory Baumann-Lévy": a party's elected member still holds a public seat
    if (k > 0 && !ELECTED_SEATS.contains(key)) {
      if (POSSESSIVES.contains(before) || before.endsWith("'s") || before.endsWith("’s")) return false;
    }
    if (key.startsWith("conseill")) {
      return k + 1 < words.size() && ELECTED_COUNCILS.contains(key(words.get(k + 1).text()));
    }
    for (int n = k + 1; n < Math.min(words.size(), k + 4); n++) {
      if (PRIVATE_BODIES.contains(key(words.get(n).text()))) return false;
    }
    return true;
  }

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if (WordTokenizer.isSeparator(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      words.add(new Word(start, i, text.substring(start, i)));
    }
    return words;
  }

  /** "d'Andlau-Kern", "O'Brien", "al-Khelaïfi": an elided particle joined to a capitalised name. */
  private static boolean elided(String word) {
    int sep = -1;
    for (int k = 0; k < word.length() && k < 4; k++) if (WordTokenizer.isSeparator(word.charAt(k))) sep = k;
    return sep > 0 && sep + 1 < word.length() && Character.isUpperCase(word.charAt(sep + 1))
        && PARTICLES.contains(word.substring(0, sep).toLowerCase(Locale.ROOT)) || word.startsWith("d'") && word.length() > 2
        && Character.isUpperCase(word.charAt(2)) || word.startsWith("d’") && word.length() > 2 && Character.isUpperCase(word.charAt(2));
  }

  /** Folded, without an elided article or preposition: "l’eurodéputée" → eurodeputee. */
  private static String key(String word) {
    String key = TextFolding.fold(word);
    for (int k = 1; k <= 3 && k < key.length() - 1; k++) {
      char c = key.charAt(k);
      if (c == '\'' || c == '’') return key.substring(k + 1);
    }
    return key;
  }

  private static boolean precededByComma(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    return k >= 0 && (text.charAt(k) == ',' || text.charAt(k) == '»' || text.charAt(k) == '"' || text.charAt(k) == '”');
  }

  private static boolean spaceOnly(String text, int from, int to) {
    if (to <= from || to - from > 2) return false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0' && c != '\u202F') return false;
    }
    return true;
  }

  private static boolean adjacent(String text, Word a, Word b) {
    return spaceOnly(text, a.end(), b.start()) || (b.start() - a.end() == 1 && WordTokenizer.isSeparator(text.charAt(a.end())));
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) if (Character.isLetterOrDigit(text.charAt(k))) return true;
    return false;
  }

  private static boolean endsSentence(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '#') return true;
    }
    return false;
  }

  private static boolean endsClause(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '(' || c == ')' || c == '"' || c == '«'
          || c == '»' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(FieldContext ctx, int start, int end, List<Mention> known) {
    for (Mention m : known) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    return false;
  }

  /** Word lists may repeat a word (French and English share many); a set keeps one. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
