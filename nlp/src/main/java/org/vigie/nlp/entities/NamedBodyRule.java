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

  private record Entry(WrittenName name, String id, EntityType type) {}

  /** The list, read on first use, once per process (the holder class is loaded then). */
  private static final class Shared {
    static final Map<String, List<Entry>> BY_FIRST = parse();
  }

  private final Map<String, List<Entry>> byFirst;

  NamedBodyRule() {
    this.byFirst = Shared.BY_FIRST;
  }

  int size() {
    return byFirst.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // "Projet Montréal": the body's name holds the place read from it, as a club's does
    return found.method().equals(METHOD) && ClubRule.replaceable(earlier, found.start(), found.end());
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
          int end = e.name().endAt(ctx, i);
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

  private static Map<String, List<Entry>> parse() {
    Map<String, List<Entry>> map = new HashMap<>();
    for (TsvRows.Row row : TsvRows.read(RESOURCE, 2)) {
      String[] cols = row.columns();
      EntityType type = EntityType.valueOf(cols[0].strip());
      if (type != EntityType.ORGANIZATION && type != EntityType.COMPANY) {
        throw new IllegalStateException(RESOURCE + ":" + row.number() + ": type must be ORGANIZATION or COMPANY");
      }
      List<String> names = WrittenName.split(cols[1]);
      if (names.isEmpty()) throw new IllegalStateException(RESOURCE + ":" + row.number() + ": no name");
      String id = "new/" + type.name().toLowerCase(Locale.ROOT) + "/" + GazetteerRecognizer.slug(names.getFirst());
      for (String name : names) add(map, name, id, type);
    }
    return Map.copyOf(map);
  }

  private static void add(Map<String, List<Entry>> map, String name, String id, EntityType type) {
    WrittenName written = WrittenName.of(name);
    if (written != null) map.computeIfAbsent(written.first(), k -> new ArrayList<>()).add(new Entry(written, id, type));
  }
}
