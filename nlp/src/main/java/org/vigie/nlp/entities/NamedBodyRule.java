package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.EntityType;

/**
 * Organisations and companies the knowledge base lacks that news names without a word saying what
 * they are ("la CFDT", "Pro Senectute", "les Vert-e-s", "Stellantis", "Le Soleil"), by name from
 * the hand-written {@code organizations/bodies.tsv}: ORGANIZATION or COMPANY with an id {@code
 * new/<type>/<slug of the first name>}. A name counts where it is written as listed (capitals where
 * it has capitals) and whole ({@link ClubRule#wholeName}: no capitalised word glued to it, so
 * "Amnesty Suisse" or "Léonard de Vinci" is no "Suisse" or "Vinci"), and takes over the place or
 * shorter name read inside it ("Projet Montréal", "Hôpitaux universitaires de Strasbourg"), as a
 * club's name does.
 *
 * <p>The list is read once per process into a map keyed by first word; matching is one hash
 * look-up per capitalised word.
 */
final class NamedBodyRule implements NameRecognizer {
  static final String METHOD = "named-body";
  static final String RESOURCE = "/organizations/bodies.tsv";

  /** @param upper for each word, whether the name writes it capitalised (1), in capitals (2) or lower case (0) */
  private record Entry(List<String> keys, int[] upper, String id, EntityType type) {}

  private static volatile Map<String, List<Entry>> shared;

  private final Map<String, List<Entry>> byFirst;

  NamedBodyRule() {
    this.byFirst = load();
  }

  int size() {
    return byFirst.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    for (FieldContext ctx : fields) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        WordToken t = ctx.tokens.get(i);
        if (!t.word() || !(Character.isUpperCase(t.surface().charAt(0)) || Character.isDigit(t.surface().charAt(0)))) continue;
        Entry best = null;
        int bestEnd = -1;
        for (Entry e : byFirst.getOrDefault(t.key(), List.of())) {
          int end = match(ctx, i, e);
          if (end > bestEnd) {
            best = e;
            bestEnd = end;
          }
        }
        if (best == null || !ClubRule.wholeName(ctx, i, bestEnd) || !ClubRule.free(ctx, i, bestEnd, known, out)) continue;
        int start = t.start();
        int stop = ctx.tokens.get(bestEnd - 1).end();
        out.add(new Mention(ctx.field, start, stop, ctx.text.substring(start, stop), best.id(), best.type(), METHOD));
        i = bestEnd - 1;
      }
    }
    return out;
  }

  /** End token (exclusive) of {@code e} written at {@code i}, or -1. */
  private static int match(FieldContext ctx, int i, Entry e) {
    List<WordToken> tokens = ctx.tokens;
    if (i + e.keys().size() > tokens.size()) return -1;
    for (int j = 0; j < e.keys().size(); j++) {
      WordToken t = tokens.get(i + j);
      if (!t.key().equals(e.keys().get(j))) return -1;
      if (!t.word()) continue;
      String s = t.surface();
      switch (e.upper()[j]) {
        // "CGT", "FO": only in capitals
        case 2 -> {
          if (s.chars().anyMatch(Character::isLowerCase)) return -1;
        }
        // a headline in capitals ("LE SOLEIL —") is a dateline or a shout, not the name
        case 1 -> {
          if (!Character.isUpperCase(s.charAt(0)) || (s.length() > 2 && s.chars().noneMatch(Character::isLowerCase))) return -1;
        }
        default -> {}
      }
    }
    return i + e.keys().size();
  }

  private static Map<String, List<Entry>> load() {
    Map<String, List<Entry>> map = shared;
    if (map != null) return map;
    synchronized (NamedBodyRule.class) {
      if (shared == null) shared = parse();
      return shared;
    }
  }

  private static Map<String, List<Entry>> parse() {
    Map<String, List<Entry>> map = new HashMap<>();
    for (TsvRows.Row row : TsvRows.read(RESOURCE, 2)) {
      String[] cols = row.columns();
      EntityType type = EntityType.valueOf(cols[0].strip());
      if (type != EntityType.ORGANIZATION && type != EntityType.COMPANY) {
        throw new IllegalStateException(RESOURCE + ":" + row.number() + ": type must be ORGANIZATION or COMPANY");
      }
      List<String> names = new ArrayList<>();
      for (String n : cols[1].split("\\|")) if (!n.isBlank()) names.add(n.strip());
      if (names.isEmpty()) throw new IllegalStateException(RESOURCE + ":" + row.number() + ": no name");
      String id = "new/" + type.name().toLowerCase(Locale.ROOT) + "/" + GazetteerRecognizer.slug(names.getFirst());
      for (String name : names) add(map, name, id, type);
    }
    return Map.copyOf(map);
  }

  private static void add(Map<String, List<Entry>> map, String name, String id, EntityType type) {
    List<WordToken> tokens = new ArrayList<>();
    for (WordToken t : WordTokenizer.tokenize(name)) if (t.word() || !t.surface().equals(".")) tokens.add(t);
    if (tokens.isEmpty()) return;
    List<String> keys = new ArrayList<>();
    int[] upper = new int[tokens.size()];
    for (int j = 0; j < tokens.size(); j++) {
      WordToken t = tokens.get(j);
      keys.add(t.key());
      String s = t.surface();
      boolean capitals = s.length() > 1 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      upper[j] = !t.word() ? 0 : capitals ? 2 : Character.isUpperCase(s.charAt(0)) ? 1 : 0;
    }
    map.computeIfAbsent(keys.getFirst(), k -> new ArrayList<>()).add(new Entry(List.copyOf(keys), upper, id, type));
  }
}
