package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * A government named by its leader ("le gouvernement Starmer", "l'administration Trump", "the
 * Carney government") is one GOVERNMENT mention of that government (eval/entities/README.md:
 * descriptions qualified by whose government they are), not an OFFICIAL: the leader's KB roles
 * name the office, and the office its government. Only officials the knowledge base knows are read
 * so, since only their office says which government they lead. The office held on the article's
 * date wins; else the latest one.
 */
final class LeaderGovernments {
  static final String METHOD = "leader-government";

  // French puts the leader after the noun, English before it
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:gouvernement|administration)\\s+$");
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?:government|administration)\\b");

  private LeaderGovernments() {}

  /** Replaces each official read inside such a phrase with the phrase, as its government. */
  static void retype(KnowledgeBase kb, List<Mention> mentions, Map<TextField, Segmentation> fields, LocalDate date) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.OFFICIAL) continue;
      Optional<String> government = governmentLedBy(kb, m.entityId(), date);
      if (government.isEmpty()) continue;
      String text = fields.get(m.field()).text();
      int start = m.start();
      int end = m.end();
      Matcher before = NOUN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
      Matcher after = NOUN_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
      if (before.find()) start = m.start() - (before.regionEnd() - before.start());
      else if (after.find()) end = m.end() + after.end();
      else continue;
      mentions.set(k, new Mention(m.field(), start, end, text.substring(start, end), government.get(), EntityType.GOVERNMENT, METHOD));
    }
  }

  /** The government of the office held on {@code date}, else of the latest office, when the KB says which. */
  private static Optional<String> governmentLedBy(KnowledgeBase kb, String officialId, LocalDate date) {
    List<KbRole> roles = kb.entity(officialId).map(KbEntity::roles).orElse(List.of());
    Optional<String> onDate = roles.stream().filter(r -> date != null && r.heldOn(date)).map(r -> governmentOf(kb, r)).flatMap(Optional::stream).findFirst();
    if (onDate.isPresent()) return onDate;
    return roles.stream()
        .sorted(Comparator.comparing((KbRole r) -> r.to() == null ? LocalDate.MAX : r.to()).reversed())
        .map(r -> governmentOf(kb, r))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> governmentOf(KnowledgeBase kb, KbRole role) {
    return kb.office(role.office())
        .map(KbOffice::government)
        .filter(g -> kb.entity(g).map(e -> e.type() == EntityType.GOVERNMENT).orElse(false));
  }
}
