package org.vigie.nlp.entities;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * Readings of a place against its government that need more than one mention's cues. Places
 * coordinated with one read as its government share its role (eval/entities/README.md,
 * "Places: GOVERNMENT or LOCATION"): "transmis à Bruxelles, à Berne et à Ottawa", "arrachée par
 * Washington et Londres", "signé par l'Union européenne, les États-Unis et le Royaume-Uni". A
 * place after a locative ("in France, India and Malaysia") is where something is, and never
 * takes the role.
 *
 * Only places whose name the KB also gives one government are retyped, to that government.
 * Conversely a seat named as the building where something happens is the place ({@link #buildings}).
 */
final class PlaceGovernments {
  static final String COORDINATED = "place-government:coordinated";

  // only a list separator between two members: " et ", " et à ", " et le ", ", à ", ", par ",
  // " ainsi que ", " ou encore ", and "comme" joining two subjects of one verb ("la Malaisie comme
  // l'Indonésie ont bloqué");
  // a bare comma also ends a clause ("mis en examen à Paris, Séoul s'attaque…", "À Bruxelles, la
  // Commission juge…"), so it counts only with the preposition repeated
  private static final Pattern BETWEEN =
      Pattern.compile("(?iu)^\\s*(?:,\\s*(?:et|and|ou|or|ainsi que|ou encore)|et|and|ou|or|ainsi que|ou encore|comme|as well as)\\s*(?:(?:à|avec|par|by|with)\\s+)?(?:(?:le|la|les|the)\\s+|l['’]\\s*)?$"
          + "|^\\s*,\\s*(?:à|par|by)\\s+(?:(?:le|la|les|the)\\s+|l['’]\\s*)?$");
  private static final Pattern LIST_COMMA = Pattern.compile("(?iu)^\\s*,\\s*(?:(?:le|la|les|the)\\s+|l['’]\\s*)?$");
  private static final Pattern LIST_GOES_ON = Pattern.compile("(?iu)^\\s*(?:,|et\\s|and\\s|ou\\s|or\\s)");
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?iu)(?:^|\\s)(?:in|en|au|aux|dans|at|across)\\s+(?:(?:le|la|les|the)\\s+|l['’]\\s*)?$");

  private PlaceGovernments() {}

  static final String BUILDING = "place-government:building";

  // the seats whose building the press also names as a place, by folded name
  private static final Map<String, String> BUILDING_BY_SEAT = Map.of(
      "maison blanche", "new/location/white-house", "white house", "new/location/white-house",
      "elysee", "new/location/palais-de-l-elysee", "palais de l elysee", "new/location/palais-de-l-elysee",
      "palais bourbon", "new/location/palais-bourbon", "matignon", "new/location/hotel-de-matignon");
  // a part of the building before it ("dans les couloirs du Palais-Bourbon", "la roseraie de la
  // Maison-Blanche", "on the White House lawn" is English word order and not read)
  private static final Pattern PART_BEFORE = Pattern.compile(
      "(?iu)\\b(?:couloirs?|roseraie|jardins?|perron|cour|salons?|salle|grilles|pelouse|toit|bureau ovale|aile ouest|bureaux)\\s+(?:du|de la|de l['’]|des)\\s*$");
  // "À la Maison-Blanche, lundi, le président a signé": where an event happened on a given day
  private static final Pattern AT_BEFORE = Pattern.compile("(?iu)(?:^|\\s)à\\s+(?:la\\s+|l['’]\\s*)$");
  private static final Pattern DAY_AFTER = Pattern.compile(
      "(?iu)^\\s*,\\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir|cette semaine|mi-|début|fin)\\b");

  /**
   * A seat named as the building where something physically happens is the place, not the
   * institution (eval/entities/README.md): "dans les couloirs du Palais-Bourbon", "À la
   * Maison-Blanche, lundi, le président a signé"; "À Matignon, on assure…" stays the institution.
   */
  static void buildings(List<Mention> mentions, Map<TextField, Segmentation> fields) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.GOVERNMENT) continue;
      String building = BUILDING_BY_SEAT.get(String.join(" ", TextFolding.fold(m.text()).split("[\\s'’-]+")));
      if (building == null) continue;
      String text = fields.get(m.field()).text();
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
      if (PART_BEFORE.matcher(before).find() || (AT_BEFORE.matcher(before).find() && DAY_AFTER.matcher(after).find())) {
        mentions.set(k, new Mention(m.field(), m.start(), m.end(), m.text(), building, EntityType.LOCATION, m.method() + "+" + BUILDING));
      }
    }
  }

  static void retype(KnowledgeBase kb, List<Mention> mentions, Map<TextField, Segmentation> fields) {
    buildings(mentions, fields);
    // a government's role spreads along its list, both ways, until nothing changes
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < mentions.size(); k++) {
        Mention m = mentions.get(k);
        if (m.type() != EntityType.LOCATION) continue;
        String text = fields.get(m.field()).text();
        if (LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
        boolean beside = mentions.stream().anyMatch(g -> g.field() == m.field() && isPlaceGovernment(kb, g) && adjacent(text, g, m));
        if (!beside) continue;
        Optional<String> government = governmentOf(kb, m);
        if (government.isEmpty()) continue;
        mentions.set(k, retyped(m, government.get(), COORDINATED));
        changed = true;
      }
    }
  }

  /** A government read from a place name ("Bruxelles", not "la Commission") by a context cue or by this class. */
  private static boolean isPlaceGovernment(KnowledgeBase kb, Mention g) {
    return g.type() == EntityType.GOVERNMENT && (g.method().contains("context:") || g.method().contains("place-government"))
        && kb.find(g.text()).stream().anyMatch(r -> r.type() == EntityType.LOCATION);
  }

  private static boolean adjacent(String text, Mention a, Mention b) {
    Mention first = a.start() < b.start() ? a : b;
    Mention second = first == a ? b : a;
    if (second.start() < first.end() || second.start() - first.end() > 16) return false;
    String between = text.substring(first.end(), second.start());
    if (BETWEEN.matcher(between).matches()) return true;
    // a bare comma between members of a list that goes on ("l'Union européenne, les États-Unis et
    // le Royaume-Uni")
    return LIST_COMMA.matcher(between).matches() && LIST_GOES_ON.matcher(text.substring(second.end(), Math.min(text.length(), second.end() + 6))).find();
  }

  private static Optional<String> governmentOf(KnowledgeBase kb, Mention m) {
    List<EntityRef> governments = kb.find(m.text()).stream().filter(r -> r.type() == EntityType.GOVERNMENT).toList();
    return governments.size() == 1 ? Optional.of(governments.getFirst().id()) : Optional.empty();
  }

  private static Mention retyped(Mention m, String government, String method) {
    return new Mention(m.field(), m.start(), m.end(), m.text(), government, EntityType.GOVERNMENT, m.method() + "+" + method);
  }
}
