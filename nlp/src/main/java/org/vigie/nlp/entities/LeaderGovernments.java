package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * "le gouvernement Carney", "du gouvernement Legault": French names a cabinet by its head, and the
 * guidelines make the phrase one GOVERNMENT mention of the government the head leads
 * (eval/entities/README.md: descriptions qualified by whose government they are), not an
 * OFFICIAL. The government is the one of the office the KB official holds on the article's date
 * (else of any office they held).
 */
final class LeaderGovernments {
  private LeaderGovernments() {}

  static final String METHOD = "leader-government";
  private static final Pattern BEFORE = Pattern.compile("(?i)\\bgouvernement\\s+$");

  static void retype(List<Mention> mentions, Map<TextField, Segmentation> fields, KnowledgeBase kb, LocalDate date) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.OFFICIAL) continue;
      String text = fields.get(m.field()).text();
      Matcher before = BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
      if (!before.find()) continue;
      String government = governmentLed(kb, m.entityId(), date);
      if (government == null) continue;
      int start = m.start() - (before.end() - before.start());
      mentions.set(k, new Mention(m.field(), start, m.end(), text.substring(start, m.end()), government, EntityType.GOVERNMENT, METHOD));
    }
  }

  private static String governmentLed(KnowledgeBase kb, String officialId, LocalDate date) {
    KbEntity official = kb.entity(officialId).orElse(null);
    if (official == null) return null;
    String any = null;
    for (KbRole role : official.roles()) {
      String government = kb.office(role.office()).map(KbOffice::government).orElse(null);
      if (government == null || kb.entity(government).map(e -> e.type() != EntityType.GOVERNMENT).orElse(true)) continue;
      if (role.heldOn(date)) return government;
      if (any == null) any = government;
    }
    return any;
  }
}
