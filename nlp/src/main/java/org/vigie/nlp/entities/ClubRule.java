package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * Sports clubs and national teams by name, from the hand-written {@code sports/clubs.tsv}: "Aston
 * Villa", "Paris Saint-Germain", "l'OM", "Knicks", "Alouettes", "Lionesses". The annotation
 * guidelines make them ORGANIZATION (eval/entities/README.md), and a club's name is often a place's
 * ("Aston Villa", "Real Madrid", "New York Liberty"), so this rule runs before the place rules and
 * takes over the places the gazetteer read inside the club's name.
 *
 * <p>A club's full name or an unambiguous nickname is a club wherever it is capitalised and the
 * whole name (not glued to, preceded or followed by another capitalised word). A bare city or a
 * nickname that is also a word ("Chelsea", "Naples", "Giants", "Liberty") is the club only in a
 * match report ({@link SportsTeams#isMatchReport}) that names, in full, a club of the same sport,
 * never after a locative ("in Chelsea", "à Naples"); where several clubs share it, the one the
 * article names most wins, and a tie is left alone.
 *
 * <p>The list is read once per process into a map keyed by first word; matching is one hash
 * look-up per capitalised word.
 */
final class ClubRule implements NameRecognizer {
  static final String METHOD = "club";
  static final String RESOURCE = "/sports/clubs.tsv";

  private record Entry(WrittenName name, String id, String sport, boolean reportOnly) {}

  /** The list, read on first use, once per process (the holder class is loaded then). */
  private static final class Shared {
    static final Map<String, List<Entry>> BY_FIRST = parse();
  }

  private final Map<String, List<Entry>> byFirst;

  ClubRule() {
    this.byFirst = Shared.BY_FIRST;
  }

  int size() {
    return byFirst.values().stream().mapToInt(List::size).sum();
  }

  /** Whether {@code known}, already found, gives way to a club named over {@code start..stop}. */
  static boolean replaceable(Mention known, int start, int stop) {
    if (known.start() < start || known.end() > stop) return false;
    if (known.end() - known.start() < stop - start) return true;
    // the bare name read as a place: "Chelsea", "New York"
    return known.type() == EntityType.LOCATION || known.type() == EntityType.GOVERNMENT;
  }

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // "Aston Villa", "Real Madrid": the club's name holds the place read from it
    return found.method().equals(METHOD) && replaceable(earlier, found.start(), found.end());
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    Set<String> sports = new HashSet<>();
    for (FieldContext ctx : fields) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        Entry best = null;
        int bestEnd = -1;
        for (Entry e : candidates(ctx, i)) {
          if (e.reportOnly()) continue;
          int end = e.name().endAt(ctx, i);
          if (end > bestEnd) {
            best = e;
            bestEnd = end;
          }
        }
        if (best == null || !wholeName(ctx, i, bestEnd) || !free(ctx, i, bestEnd, known, out)) continue;
        out.add(mention(ctx, i, bestEnd, best.id()));
        named.merge(best.id(), 1, Integer::sum);
        sports.add(best.sport());
        i = bestEnd - 1;
      }
    }
    if (sports.isEmpty() || !SportsTeams.isMatchReport(fields)) return out;
    for (FieldContext ctx : fields) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        List<Entry> fits = new ArrayList<>();
        int end = -1;
        for (Entry e : candidates(ctx, i)) {
          if (!e.reportOnly() || !sports.contains(e.sport())) continue;
          int stop = e.name().endAt(ctx, i);
          if (stop < 0 || stop < end) continue;
          if (stop > end) fits.clear();
          end = stop;
          fits.add(e);
        }
        if (fits.isEmpty()) continue;
        String id = choose(fits, named);
        if (id == null || afterLocative(ctx, i) || !wholeName(ctx, i, end) || !free(ctx, i, end, known, out)) continue;
        out.add(mention(ctx, i, end, id));
        i = end - 1;
      }
    }
    return out;
  }

  private List<Entry> candidates(FieldContext ctx, int i) {
    WordToken t = ctx.tokens.get(i);
    // "49ers", "76ers" open with a digit
    if (!t.word() || !(Character.isUpperCase(t.surface().charAt(0)) || Character.isDigit(t.surface().charAt(0)))) return List.of();
    return byFirst.getOrDefault(t.key(), List.of());
  }

  /** The one club a shared name stands for: the one the article names most, else the only one. */
  private static String choose(List<Entry> fits, Map<String, Integer> named) {
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Entry e : fits) {
      int n = named.getOrDefault(e.id(), 0);
      if (n > most) {
        best = e.id();
        most = n;
        tie = false;
      } else if (n == most && n > 0 && !e.id().equals(best)) {
        tie = true;
      }
    }
    if (best != null) return tie ? null : best;
    Set<String> ids = new HashSet<>();
    for (Entry e : fits) ids.add(e.id());
    return ids.size() == 1 ? fits.getFirst().id() : null;
  }

  /** Openers that may stand capitalised before a club without being part of its name. */
  private static final Set<String> OPENERS =
      Set.of("the", "le", "la", "les", "l", "au", "aux", "du", "des", "de", "d", "a", "face", "contre", "against",
          "chez", "for", "pour", "and", "et", "but", "mais", "after", "apres", "with", "avec", "as", "when", "quand",
          "while", "if", "si", "at", "in", "an", "next", "how", "why", "ce", "cette", "whether", "so");

  /** Not part of a longer name: no capitalised word glued by a hyphen, nor next to it in the sentence. */
  static boolean wholeName(FieldContext ctx, int first, int end) {
    List<WordToken> tokens = ctx.tokens;
    String text = ctx.text;
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    if (start > 0 && text.charAt(start - 1) == '-') return false;
    if (stop + 1 < text.length() && text.charAt(stop) == '-' && Character.isLetterOrDigit(text.charAt(stop + 1))) return false;
    if (first > 0) {
      WordToken prev = tokens.get(first - 1);
      boolean elided = prev.end() == start - 1 && (text.charAt(prev.end()) == '\'' || text.charAt(prev.end()) == '’');
      if (prev.word() && Character.isUpperCase(prev.surface().charAt(0)) && !elided && !OPENERS.contains(prev.key())
          && ctx.sentenceOf(first - 1) == ctx.sentenceOf(first)) {
        return false;
      }
    }
    // "Royal Infirmary of Edinburgh", "CHU de Nantes", "Parc y Scarlets": the end of a longer name
    if (first > 1 && LINKS.contains(tokens.get(first - 1).key()) && tokens.get(first - 1).word()) {
      WordToken before = tokens.get(first - 2);
      if (before.word() && Character.isUpperCase(before.surface().charAt(0)) && ctx.sentenceOf(first - 2) == ctx.sentenceOf(first)) return false;
    }
    if (end < tokens.size()) {
      WordToken next = tokens.get(end);
      if (next.word() && Character.isUpperCase(next.surface().charAt(0)) && ctx.sentenceOf(end) == ctx.sentenceOf(end - 1)) return false;
    }
    return true;
  }

  private static final Set<String> LINKS = Set.of("of", "de", "du", "des", "d", "y");

  /** Words before a place that make it where something happens: "in Chelsea", "à Naples". */
  private static final Set<String> LOCATIVES =
      Set.of("in", "at", "near", "to", "into", "outside", "across", "around", "through", "a", "au", "aux", "en",
          "dans", "vers", "pres", "sur", "downtown", "visit", "visite", "visiter", "streets", "rues", "mayor", "maire");

  private static boolean afterLocative(FieldContext ctx, int i) {
    if (i == 0 || !ctx.tokens.get(i - 1).word()) return false;
    WordToken prev = ctx.tokens.get(i - 1);
    // French "à", not the English article "a Chelsea fan"
    if (prev.key().equals("a")) return prev.surface().equals("à") || prev.surface().equals("À");
    return LOCATIVES.contains(prev.key());
  }

  /** No known mention crosses the name, and any inside it is a place read from it or a shorter name. */
  static boolean free(FieldContext ctx, int first, int end, List<Mention> known, List<Mention> found) {
    int start = ctx.tokens.get(first).start();
    int stop = ctx.tokens.get(end - 1).end();
    for (Mention m : known) {
      if (m.field() != ctx.field || m.start() >= stop || start >= m.end()) continue;
      if (!replaceable(m, start, stop)) return false;
    }
    for (Mention m : found) {
      if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    }
    return true;
  }

  private static Mention mention(FieldContext ctx, int first, int end, String id) {
    int start = ctx.tokens.get(first).start();
    int stop = ctx.tokens.get(end - 1).end();
    return new Mention(ctx.field, start, stop, ctx.text.substring(start, stop), id, EntityType.ORGANIZATION, METHOD);
  }

  private static Map<String, List<Entry>> parse() {
    Map<String, List<Entry>> map = new HashMap<>();
    for (TsvRows.Row row : TsvRows.read(RESOURCE, 2)) {
      String[] cols = row.columns();
      int number = row.number();
      String sport = cols[0].strip();
      List<String> names = WrittenName.split(cols[1]);
      List<String> reportNames = cols.length > 2 ? WrittenName.split(cols[2]) : List.of();
      String canonical = names.isEmpty() ? (reportNames.isEmpty() ? null : reportNames.getFirst()) : names.getFirst();
      if (canonical == null) throw new IllegalStateException(RESOURCE + ":" + number + ": no name");
      String id = "new/organization/" + GazetteerRecognizer.slug(canonical);
      for (String name : names) add(map, name, id, sport, false);
      for (String name : reportNames) add(map, name, id, sport, true);
    }
    return Map.copyOf(map);
  }

  private static void add(Map<String, List<Entry>> map, String name, String id, String sport, boolean reportOnly) {
    WrittenName written = WrittenName.of(name);
    if (written != null) map.computeIfAbsent(written.first(), k -> new ArrayList<>()).add(new Entry(written, id, sport, reportOnly));
  }
}
