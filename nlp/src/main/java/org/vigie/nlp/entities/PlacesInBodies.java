package org.vigie.nlp.entities;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * A French place that ends the name of a prosecution or police service ("le parquet de Lyon", "la
 * brigade de recherches de Colmar", "du commissariat de Plaisir", "la juridiction interrégionale
 * spécialisée de Lyon"), a tourist office or a championship ("le championnat de France") is part
 * of that name, not a mention of its own (eval/entities/README.md: police and prosecution services
 * are REGULATOR, events are not annotated, and the longer name wins). The head noun is the cue; no
 * list of places or services is needed. So is a hyphen joining the place to the word before it:
 * "Île-de-France", "SCFP-Québec", "Aix-en-Provence" name another place or a body.
 */
final class PlacesInBodies {
  static final Pattern BODY_BEFORE = Pattern.compile(
      "(?iu)(?:^|[\\s’'])(?:parquet|commissariat|gendarmerie|brigade(?:\\s+[\\p{L}’']+){0,4}?|juridiction(?:\\s+[\\p{L}’']+){0,2}?"
          + "|office\\s+de\\s+tourisme|championnat)\\s+(?:de|du|des|d['’])\\s*(?:la\\s+|l['’]\\s*)?$");

  private PlacesInBodies() {}

  static void drop(List<Mention> mentions, Map<TextField, Segmentation> fields, String language) {
    if (!"fr".equals(language)) return;
    mentions.removeIf(m -> {
      if (m.type() != EntityType.LOCATION) return false;
      String text = fields.get(m.field()).text();
      if (m.start() >= 2 && text.charAt(m.start() - 1) == '-' && Character.isLetter(text.charAt(m.start() - 2))) return true;
      return BODY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find();
    });
  }
}
