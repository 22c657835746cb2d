package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * Places the knowledge base lacks, found by name in {@code places/places.tsv}: countries,
 * capitals, large cities, and the regions, départements, cantons, counties, towns and districts
 * of the countries we cover ("Slovaquie", "Bienne", "Canary Wharf", "Saint-Nazaire"). A
 * capitalised match no other recogniser explained is a LOCATION {@code new/location/<slug of the
 * English name>}, so "Bâle" and "Basel" are one place. Names the KB has are left to the
 * gazetteer and its context rules (a country that acts is its government).
 *
 * <p>A match is kept only where it is the whole name: not glued by a hyphen to a capitalised word
 * ("Paris-Saclay"), not after or before another capitalised word ("Aston Villa", "Manchester
 * City", "Tower Bridge", "Florence Nightingale"), not after "Bank of" or "Université de", and never
 * before a head word that makes it an institution. Names that are also given names or common
 * words (flag {@code cue} in the file: Florence, Victoria, Jordan, Nice…) need a locative or an
 * origin word before them ("in", "à", "de", "from").
 *
 * <p>The list is read once per process into a map keyed by first word; matching is one hash
 * look-up per capitalised word.
 */
final class PlaceGazetteerRule implements NameRecognizer {
  // "gazetteer+" so that the match-report rule reads a beaten or acting town as its team
  static final String METHOD = "gazetteer+places";
  static final String RESOURCE = "/places/places.tsv";
  /** GeoNames' towns of francophone countries (nlp/tools/geonames-places.py): all read like "cue" places. */
  static final String TOWNS = "/places/municipalities.tsv";

  private record Entry(List<String> keys, List<Boolean> capitals, String id, String government, boolean cue, boolean town) {}

  /** The list, read on first use, once per process (the holder class is loaded then). */
  private static final class Shared {
    static final Map<String, List<Entry>> BY_FIRST = parse();
    static final Towns TOWNS = Towns.read(BY_FIRST);
  }

  private final Map<String, List<Entry>> byFirst;
  private final ContextRules rules;
  private final KnowledgeBase kb;

  PlaceGazetteerRule(KnowledgeBase kb, ContextRules rules) {
    this.rules = rules;
    this.kb = kb;
    Map<String, List<Entry>> all = Shared.BY_FIRST;
    Map<String, List<Entry>> own = new HashMap<>();
    for (Map.Entry<String, List<Entry>> e : all.entrySet()) {
      List<Entry> kept = new ArrayList<>();
      for (Entry entry : e.getValue()) {
        // a name the KB has is the gazetteer's, with its context rules (the tens of thousands of
        // towns are looked up only when one matches, in recognize, which keeps loading fast)
        if (kb.find(String.join(" ", entry.keys())).isEmpty()) kept.add(entry);
      }
      if (!kept.isEmpty()) own.put(e.getKey(), List.copyOf(kept));
    }
    this.byFirst = own;
    // read the towns with the rest of the lists, not while the first article waits
    preload();
  }

  /** Reads the place and town lists now (once per process), so a loader can do it beside the slow models. */
  static void preload() {
    if (Shared.TOWNS.byName().isEmpty()) throw new IllegalStateException("empty " + TOWNS);
  }

  int size() {
    return byFirst.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Columns: English name, French name (empty when the same), country (ISO 3166-1 alpha-2), kind,
   * flags. Either name may list variants separated by "|"; the id is the slug of the first English
   * name.
   */
  private static Map<String, List<Entry>> parse() {
    Map<String, List<Entry>> map = new HashMap<>();
    for (TsvRows.Row row : TsvRows.read(RESOURCE, 4)) {
      String[] cols = row.columns();
      String[] en = cols[0].split("\\|");
      String slug = GazetteerRecognizer.slug(en[0]);
      boolean cue = cols.length > 4 && cols[4].contains("cue");
      // a country, or a capital ("capital:<country slug>"), may stand for its government
      String government = cols[3].strip().equals("country") ? slug : null;
      for (String flag : cols.length > 4 ? cols[4].split(" ") : new String[0]) {
        if (flag.startsWith("capital:")) government = flag.substring("capital:".length());
      }
      List<String> names = new ArrayList<>(List.of(en));
      if (!cols[1].isBlank()) names.addAll(List.of(cols[1].split("\\|")));
      for (String name : names) {
        for (String variant : variants(name.strip())) {
          List<String> keys = WordTokenizer.nameKeys(variant);
          if (keys.isEmpty()) continue;
          List<Boolean> capitals = new ArrayList<>();
          for (String surface : WordTokenizer.surfaces(variant)) capitals.add(Character.isUpperCase(surface.charAt(0)));
          Entry entry = new Entry(List.copyOf(keys), List.copyOf(capitals), "new/location/" + slug, government, cue, false);
          List<Entry> list = map.computeIfAbsent(keys.getFirst(), k -> new ArrayList<>());
          if (list.stream().noneMatch(x -> x.keys().equals(entry.keys()))) list.add(entry);
        }
      }
    }
    // longest names first, so the first fit is the longest match
    map.values().forEach(l -> l.sort((a, b) -> b.keys().size() - a.keys().size()));
    return Map.copyOf(map);
  }

  /**
   * The towns of {@code municipalities.tsv}, keyed by their whole folded name ("saint rose"), with
   * the word counts each first word opens: a capitalised word costs a look-up or two, however many
   * towns begin with "Saint" or "La". Names places.tsv has are its own.
   */
  private record Towns(Map<String, Town> byName, Map<String, int[]> lengths) {
    /** A town as read; its id is made when it matches (a slug per line would double the loading time). */
    private record Town(String name, List<String> keys, List<Boolean> capitals) {}

    static Towns read(Map<String, List<Entry>> places) {
      java.util.Set<String> taken = new java.util.HashSet<>();
      places.values().forEach(l -> l.forEach(e -> taken.add(String.join(" ", e.keys()))));
      Map<String, Town> byName = new HashMap<>();
      Map<String, java.util.TreeSet<Integer>> sizes = new HashMap<>();
      for (TsvRows.Row row : TsvRows.read(TOWNS, 2)) {
        String name = row.columns()[0].strip();
        // nameKeys and surfaces in one pass: the list is long, and read while the first article waits
        List<String> keys = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        for (WordToken t : WordTokenizer.tokenize(name)) {
          if (!t.word() && t.surface().equals(".")) continue;
          keys.add(t.key());
          capitals.add(Character.isUpperCase(t.surface().charAt(0)));
        }
        while (!keys.isEmpty() && !Character.isLetterOrDigit(keys.getLast().charAt(0))) {
          keys.removeLast();
          capitals.removeLast();
        }
        String key = String.join(" ", keys);
        if (keys.isEmpty() || taken.contains(key) || byName.containsKey(key)) continue;
        byName.put(key, new Town(name, List.copyOf(keys), List.copyOf(capitals)));
        sizes.computeIfAbsent(keys.getFirst(), k -> new java.util.TreeSet<>(java.util.Comparator.reverseOrder())).add(keys.size());
      }
      Map<String, int[]> lengths = new HashMap<>();
      sizes.forEach((first, set) -> lengths.put(first, set.stream().mapToInt(Integer::intValue).toArray()));
      return new Towns(byName, lengths);
    }

    /** The towns whose keys are those of the tokens from {@code i}, longest first. */
    List<Entry> at(List<WordToken> tokens, int i) {
      int[] counts = lengths.get(tokens.get(i).key());
      if (counts == null) return List.of();
      List<Entry> out = new ArrayList<>(1);
      for (int n : counts) {
        if (i + n > tokens.size()) continue;
        StringBuilder key = new StringBuilder(tokens.get(i).key());
        for (int k = i + 1; k < i + n; k++) key.append(' ').append(tokens.get(k).key());
        Town town = byName.get(key.toString());
        if (town != null) out.add(new Entry(town.keys(), town.capitals(), "new/location/" + GazetteerRecognizer.slug(town.name()), null, true, true));
      }
      return out;
    }
  }

  /** "Saint-Nazaire" is also written "St-Nazaire"; "St Albans" also "Saint Albans". */
  private static List<String> variants(String name) {
    List<String> out = new ArrayList<>(List.of(name));
    if (name.startsWith("Saint-") || name.startsWith("Saint ")) out.add("St" + name.substring(5));
    if (name.startsWith("Sainte-")) out.add("Ste" + name.substring(6));
    if (name.startsWith("St ")) out.add("Saint" + name.substring(2));
    return out;
  }

  /** Words before a place that say it is where, whence or whose ("in", "à", "de", "from"). */
  private static final Set<String> CUES =
      Set.of("in", "at", "near", "from", "of", "to", "outside", "across", "around", "a", "au", "aux", "en", "de", "d",
          "du", "des", "vers", "depuis", "pres", "dans", "pour", "sur", "and", "et", "ou", "or", "between", "entre");

  /** Capitalised words that may open a sentence or a headline before a place without being part of its name. */
  private static final Set<String> OPENERS =
      Set.of("in", "at", "near", "from", "to", "the", "a", "an", "on", "of", "for", "and", "by", "outside", "across",
          "after", "before", "since", "as", "with", "but", "when", "while", "if", "like", "unlike", "inside", "around",
          "au", "aux", "en", "dans", "de", "du", "des", "le", "la", "les", "l", "d", "pres", "vers", "depuis",
          "pour", "sur", "chez", "et", "ou", "mais", "apres", "avant", "selon", "comme", "entre", "hors", "north",
          "south", "east", "west", "central", "greater", "northern", "southern", "eastern", "western", "downtown",
          "nord", "sud", "est", "ouest", "why", "how", "what", "where", "who", "between", "over", "under", "into",
          "via", "par", "contre", "sous", "avec", "sans", "malgre", "outre", "only", "even", "also", "this", "that",
          "ce", "cette", "quand", "lorsque", "si", "ici", "there", "here", "both", "all", "tous", "toute", "toutes",
          "tout", "then", "yet", "so", "not", "no", "new", "old");

  /** Institutions and works a place names ("Bank of", "Université de", "Tribunal de", "Port of"). */
  private static final Set<String> OF_WORDS = Set.of("of", "de", "du", "des", "d");

  /** Nouns whose "de X" names an institution, an office or a monument, not a place. */
  private static final Set<String> INSTITUTIONS =
      Set.of("parquet", "tribunal", "cour", "prefet", "prefete", "prefecture", "gendarmerie", "surete", "police",
          "brigade", "mairie", "academie", "rectorat",
          "chateau", "basilique", "cathedrale", "eglise", "universite", "collectivite", "conseil", "commissariat",
          "groupement", "procureur", "procureure", "juge", "barreau", "polyvalente", "hopital", "eveque", "diocese",
          "musee", "stade", "gare", "aeroport", "palais", "hotel", "ministere", "archeveque", "club", "equipe",
          "bank", "university", "court", "mayor", "council", "museum", "archdiocese", "port",
          "uqac", "ecole", "lycee", "institut", "appel", "instance");

  /** Lower-case head words that turn the place before them into an institution or a team. */
  private static final Set<String> HEADS = Set.of("fc", "afc");

  /** Capitalised heads whose "of X" / "de X" is their own name ("Bank of England", "Université de Montréal"). */
  private static final Set<String> NAMED_HEADS =
      Set.of("university", "bank", "museum", "court", "church", "republic", "port", "college", "school", "institute",
          "council", "department", "ministry", "office", "board", "city", "town", "county", "borough", "district",
          "state", "province", "diocese", "duke", "duchess", "earl", "prince", "princess", "king", "queen", "mayor",
          "governor", "bishop", "archbishop", "lord", "universite", "ville", "banque", "cour", "tribunal", "musee",
          "institut", "ecole", "lycee", "conseil", "ministere", "commission", "hopital", "hospital", "stade", "stadium",
          "gare", "parc", "palais", "hotel", "theatre", "centre", "center", "chambre", "chamber", "police", "parquet",
          "prefecture", "direction", "service", "association", "federation", "union", "club", "equipe", "team", "maison",
          "chateau", "abbaye", "basilique", "cathedrale", "cathedral", "eglise", "academie", "academy", "sheriff",
          "region", "departement", "canton", "communaute", "agglomeration", "metropole", "collectivite", "assemblee",
          "assembly", "senate", "parliament", "government", "gouvernement", "archdiocese", "aeroport", "airport",
          "festival", "tour", "coupe", "cup", "grand", "open", "marathon");

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // "Île-de-France", "Amérique du Nord", "South China Sea": the longer listed name holds the place inside it
    return found.method().startsWith(METHOD) && heldInside(earlier, found.start(), found.end());
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      List<WordToken> tokens = ctx.tokens;
      int i = 0;
      while (i < tokens.size()) {
        WordToken first = tokens.get(i);
        List<Entry> entries = first.word() && Character.isUpperCase(first.surface().charAt(0)) ? candidates(tokens, i) : null;
        int next = i + 1;
        if (entries != null) {
          for (Entry entry : entries) {
            int end = fits(ctx, i, entry);
            if (end < 0 || entry.town() && !kb.find(String.join(" ", entry.keys())).isEmpty()) continue;
            if (accept(ctx, i, end, entry, known, found)) {
              Mention m = judged(ctx, i, end, entry);
              if (m != null) found.add(m);
            }
            next = end;
            break;
          }
        }
        i = next;
      }
    }
    return found;
  }

  /** places.tsv's names opening at {@code i}, then the towns: each list longest first. */
  private List<Entry> candidates(List<WordToken> tokens, int i) {
    List<Entry> places = byFirst.get(tokens.get(i).key());
    List<Entry> towns = Shared.TOWNS.at(tokens, i);
    if (towns.isEmpty()) return places;
    if (places == null) return towns;
    List<Entry> all = new ArrayList<>(places);
    all.addAll(towns);
    return all;
  }

  /**
   * The place, unless a context rule makes it part of a name ("Stade de France", "London
   * Marathon") or an actor ("Singapore has chosen…", "Moscou accuse…": its government).
   */
  private Mention judged(FieldContext ctx, int i, int end, Entry entry) {
    int start = ctx.tokens.get(i).start();
    int stop = ctx.tokens.get(end - 1).end();
    String text = ctx.text.substring(start, stop);
    KbEntity place = synthetic(entry.id(), EntityType.LOCATION, text);
    if (rules.judge(place, text, false, ctx, i, end) instanceof ContextRules.Verdict.Rejected) return null;
    // towns and regions rarely act in our coverage, and the country rule's "a word after it is
    // its verb" reads "Swansea man" as one; only a country is judged as its government
    if (entry.government() == null) return new Mention(ctx.field, start, stop, text, entry.id(), EntityType.LOCATION, METHOD);
    KbEntity government = synthetic("new/government/" + entry.government(), EntityType.GOVERNMENT, text);
    if (rules.judge(government, text, true, ctx, i, end) instanceof ContextRules.Verdict.Accepted a) {
      return new Mention(ctx.field, start, stop, text, government.id(), EntityType.GOVERNMENT, METHOD + "+context:" + a.ruleId());
    }
    return new Mention(ctx.field, start, stop, text, entry.id(), EntityType.LOCATION, METHOD);
  }

  private static KbEntity synthetic(String id, EntityType type, String name) {
    return new KbEntity(id, type, null, Map.of("en", name), Map.of(), List.of(), null, Set.of(), List.of(), List.of());
  }

  /** End token of {@code entry} matched at {@code i}, or -1; inner words keep their capitals. */
  private static int fits(FieldContext ctx, int i, Entry entry) {
    List<WordToken> tokens = ctx.tokens;
    if (i + entry.keys().size() > tokens.size()) return -1;
    // a dateline or a headline in capitals ("LA CHAUX-DE-FONDS —") has no case to compare
    boolean shouted = entry.keys().size() > 1;
    for (int k = 0; k < entry.keys().size() && shouted; k++) shouted = tokens.get(i + k).surface().chars().noneMatch(Character::isLowerCase);
    for (int k = 0; k < entry.keys().size(); k++) {
      WordToken t = tokens.get(i + k);
      if (!t.key().equals(entry.keys().get(k))) return -1;
      // "La Défense" is a place, "la défense" a party to a trial
      if (k > 0 && t.word() && !shouted && entry.capitals().get(k) != Character.isUpperCase(t.surface().charAt(0))) return -1;
      if (k > 0 && ctx.sentenceOf(i + k) != ctx.sentenceOf(i)) return -1;
    }
    // an all-capital word must not be an acronym the place shares its letters with
    WordToken first = tokens.get(i);
    if (first.surface().length() <= 3 && first.surface().chars().allMatch(Character::isUpperCase) && entry.keys().size() == 1) return -1;
    return i + entry.keys().size();
  }

  private static boolean accept(FieldContext ctx, int i, int end, Entry entry, List<Mention> known, List<Mention> found) {
    List<WordToken> tokens = ctx.tokens;
    int start = tokens.get(i).start();
    int stop = tokens.get(end - 1).end();
    for (Mention m : known) if (m.field() == ctx.field && m.start() < stop && start < m.end() && !heldInside(m, start, stop)) return false;
    for (Mention m : found) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    String text = ctx.text;
    boolean caps = text.substring(start, stop).chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    // glued by hyphens to a capitalised word: part of a longer compound ("Paris-Saclay",
    // "Montréal-Nord", "Jura bernois-Seeland")
    for (int k = i; k > 0 && hyphen(text, tokens.get(k - 1), tokens.get(k)); k--) {
      if (capital(tokens.get(k - 1)) || k - 1 > 0 && capital(tokens.get(k - 2)) && !OF_WORDS.contains(tokens.get(k - 1).key()) && !caps) return false;
    }
    for (int k = end; k < tokens.size() && hyphen(text, tokens.get(k - 1), tokens.get(k)); k++) {
      if (capital(tokens.get(k))) return false;
    }
    // "Longueuil–Charles-LeMoyne", "Saguenay–Lac-Saint-Jean": joined by a dash without spaces
    if (end + 1 < tokens.size() && dash(tokens.get(end)) && tokens.get(end - 1).end() == tokens.get(end).start()
        && tokens.get(end).end() == tokens.get(end + 1).start() && capital(tokens.get(end + 1)) && !caps) return false;
    if (i >= 2 && dash(tokens.get(i - 1)) && tokens.get(i - 2).end() == tokens.get(i - 1).start()
        && tokens.get(i - 1).end() == tokens.get(i).start() && capital(tokens.get(i - 2)) && !caps) return false;
    WordToken prev = previousWord(ctx, i);
    if (prev != null && capital(prev) && !OPENERS.contains(prev.key()) && !elided(text, prev, tokens.get(i)) && !caps) return false;
    WordToken after = end < tokens.size() && tokens.get(end).word() && ctx.sentenceOf(end) == ctx.sentenceOf(i) ? tokens.get(end) : null;
    if (after != null && !caps && capital(after) && !glued(text, tokens.get(end - 1), after)) return false;
    if (after != null && HEADS.contains(after.key()) && !caps) return false;
    // "Bank of England", "Université de Montréal", "Tribunal de Lyon": the place names an institution
    if (prev != null && OF_WORDS.contains(prev.key())) {
      WordToken before = previousWord(ctx, i - 1);
      if (before != null && capital(before) && NAMED_HEADS.contains(before.key()) && !caps) return false;
      // French "Nom de Lieu" is a name: "les Saguenéens de Chicoutimi", "Marguerite de Bourgogne",
      // "université de Technologie de Compiègne"; a party's acronym is not ("député RN du Var")
      if (before != null && !prev.key().equals("of") && capital(before) && !OPENERS.contains(before.key()) && !acronym(before) && !caps
          && !namedAfter(ctx, i - 2)) return false;
    }
    // "le parquet de Versailles", "la préfète du Bas-Rhin", "tribunal correctionnel de Rennes",
    // "château de Vincennes": the place is inside an institution's or an office's name
    if (prev != null && OF_WORDS.contains(prev.key())) {
      int k = i - 1;
      WordToken noun = previousWord(ctx, k);
      WordToken before = noun == null ? null : previousWord(ctx, k - 1);
      // "Le maire de Saint-Nazaire", "un député de Loire-Atlantique": an office phrase holds the place
      WordToken det = noun == null ? null : previousWord(ctx, k - 1);
      if (noun != null && OFFICES.contains(noun.key()) && det != null && DETERMINERS.contains(det.key())) return false;
      if (noun != null && INSTITUTIONS.contains(noun.key())
          || noun != null && !capital(noun) && before != null && INSTITUTIONS.contains(before.key())) return false;
    }
    if (entry.cue() && !cued(ctx, i, prev)) return false;
    // "Dupont et Gembloux ont signé": a town of the long list is coordinated only with a place
    if (entry.town() && CONJUNCTIONS.contains(prev.key()) && !placeEndsAt(ctx, i - 1, known, found)) return false;
    return true;
  }

  /**
   * A place read inside a longer listed name ("France" in "Île-de-France", "Amérique" in "Amérique
   * du Nord", "China" in "South China Sea"): the longest name is the place, and replaces it
   * ({@link #replaces}).
   */
  static boolean heldInside(Mention inner, int start, int stop) {
    return inner.type() == EntityType.LOCATION && inner.start() >= start && inner.end() <= stop && inner.end() - inner.start() < stop - start;
  }

  /** "in Florence", "dans le Nord", "du Var", "in the Pacific". */
  private static boolean cued(FieldContext ctx, int i, WordToken prev) {
    if (prev == null) return false;
    if (CUES.contains(prev.key())) return true;
    if (!ARTICLES.contains(prev.key())) return false;
    WordToken before = previousWord(ctx, i - 1);
    return before != null && (CUES.contains(before.key()) || before.key().equals("dans"));
  }

  /**
   * "collège Lucie-Aubrac de Maurepas", "lycée Victor-Hugo de Besançon", "rue Jean-Jaurès de
   * Lens": a common noun, then a hyphenated name (French writes a school, a street or a hall named
   * after someone with hyphens), then "de" and the town it is in. {@code last} is the compound's
   * last word.
   */
  private static boolean namedAfter(FieldContext ctx, int last) {
    List<WordToken> tokens = ctx.tokens;
    int k = last;
    while (k > 0 && hyphen(ctx.text, tokens.get(k - 1), tokens.get(k)) && capital(tokens.get(k - 1))) k--;
    if (k == last) return false;
    WordToken noun = previousWord(ctx, k);
    return noun != null && !capital(noun);
  }

  private static final Set<String> CONJUNCTIONS = Set.of("and", "et", "ou", "or");

  /** A place (found or known) ends right before token {@code conj}: "à Lyon et …", "in Leeds and …". */
  private static boolean placeEndsAt(FieldContext ctx, int conj, List<Mention> known, List<Mention> found) {
    if (conj == 0) return false;
    int end = ctx.tokens.get(conj - 1).end();
    for (List<Mention> ms : List.of(known, found)) {
      for (Mention m : ms) if (m.field() == ctx.field && m.end() == end && m.type() == EntityType.LOCATION) return true;
    }
    return false;
  }

  private static final Set<String> OFFICES =
      Set.of("maire", "depute", "deputee", "senateur", "senatrice", "mayor", "prefet", "prefete", "procureur", "procureure");

  private static final Set<String> DETERMINERS = Set.of("le", "la", "l", "un", "une", "ce", "cette", "the", "a", "an");

  private static boolean acronym(WordToken t) {
    return t.surface().length() >= 2 && t.surface().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the");

  /** The word right before token {@code i} in its sentence (no punctuation between), or null. */
  private static WordToken previousWord(FieldContext ctx, int i) {
    if (i == 0) return null;
    WordToken p = ctx.tokens.get(i - 1);
    if (!p.word() || ctx.sentenceOf(i - 1) != ctx.sentenceOf(i)) return null;
    return p;
  }

  private static boolean dash(WordToken t) {
    return !t.word() && (t.surface().equals("–") || t.surface().equals("—"));
  }

  private static boolean capital(WordToken t) {
    return t.word() && Character.isUpperCase(t.surface().charAt(0));
  }

  private static boolean glued(String text, WordToken a, WordToken b) {
    return a.end() < b.start() && b.start() - a.end() == 1 && WordTokenizer.isSeparator(text.charAt(a.end())) || a.end() == b.start();
  }

  private static boolean hyphen(String text, WordToken a, WordToken b) {
    if (b.start() - a.end() != 1) return false;
    char c = text.charAt(a.end());
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** "L'Ontario", "D'Anvers": an elided article before the place. */
  private static boolean elided(String text, WordToken prev, WordToken place) {
    if (place.start() - prev.end() != 1) return false;
    char c = text.charAt(prev.end());
    return (c == '\'' || c == '\u2019') && Set.of("l", "d", "qu", "jusqu", "lorsqu", "puisqu").contains(prev.key());
  }
}
