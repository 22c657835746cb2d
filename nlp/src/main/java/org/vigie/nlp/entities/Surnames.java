package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * News names a person in full once and by surname after ("Margaret Okonkwo said… Okonkwo
 * added"). For people the KB lacks, found by the name finder or the title rule, this links the
 * later surname tokens to the person; KB people get the same from their derived surname entries.
 */
final class Surnames {
  private Surnames() {}

  static List<Mention> extend(List<FieldContext> fields, List<Mention> mentions) {
    Map<String, Mention> bySurname = new HashMap<>();
    for (Mention m : mentions) {
      boolean person = m.type() == EntityType.PERSON || m.type() == EntityType.OFFICIAL;
      int space = m.text().lastIndexOf(' ');
      boolean named = !m.method().startsWith("title-rule:spokesperson") && !m.method().startsWith(OfficeRule.METHOD_PREFIX);
      if (person && named && m.entityId().startsWith("new/") && space > 0) bySurname.putIfAbsent(m.text().substring(space + 1), m);
    }
    List<Mention> out = new ArrayList<>();
    if (bySurname.isEmpty()) return out;
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int t = 0; t < seg.tokenCount(); t++) {
        Mention person = bySurname.get(seg.token(t));
        if (person == null || insideLongerName(ctx, seg, t)) continue;
        int start = seg.tokenStart(t);
        int end = seg.tokenEnd(t);
        boolean taken = false;
        for (Mention m : mentions) taken |= m.field() == ctx.field && m.start() < end && start < m.end();
        for (Mention m : out) taken |= m.field() == ctx.field && m.start() < end && start < m.end();
        if (!taken) out.add(new Mention(ctx.field, start, end, seg.token(t), person.entityId(), person.type(), "surname"));
      }
    }
    return out;
  }

  /**
   * "Bacchus Marsh Grammar", "Sans Antoine Dupont", "Lennox Baird LLP": a surname written beside
   * another capitalised word belongs to a longer name (another person, a place, a firm), not to
   * the person; an honorific before it ("Mrs Whitfield", "Mme Connolly") is no such word.
   */
  static boolean insideLongerName(FieldContext ctx, Segmentation seg, int t) {
    if (t > 0 && nameWord(seg.token(t - 1)) && seg.sentenceAt(seg.tokenStart(t - 1)) == seg.sentenceAt(seg.tokenStart(t))
        && ctx.text.substring(seg.tokenEnd(t - 1), seg.tokenStart(t)).isBlank()
        && !TitleRule.HONORIFICS.contains(TextFolding.fold(seg.token(t - 1)).replace(".", ""))) {
      return true;
    }
    return t + 1 < seg.tokenCount() && nameWord(seg.token(t + 1))
        && seg.sentenceAt(seg.tokenStart(t + 1)) == seg.sentenceAt(seg.tokenStart(t))
        && ctx.text.substring(seg.tokenEnd(t), seg.tokenStart(t + 1)).isBlank();
  }

  private static boolean nameWord(String tok) {
    return tok.length() > 1 && Character.isUpperCase(tok.charAt(0)) && tok.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }
}
