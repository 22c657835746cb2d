package org.vigie.nlp.entities;

import java.util.List;
import org.vigie.core.TextField;

/**
 * How central an entity is to an article, 0..1: a mention in the title counts most, then one in
 * the lede, then how early the body first names it, then how often it is named relative to the
 * most-named entity. The weights are deliberately simple; an analyst sorting by salience wants
 * the story's protagonists first, not a calibrated probability.
 */
final class SalienceScorer {
  static final double TITLE = 0.35;
  static final double LEDE = 0.20;
  static final double EARLY = 0.15;
  static final double FREQUENCY = 0.30;

  private SalienceScorer() {}

  static double score(List<Mention> mentions, int maxCount, int bodyLength) {
    boolean title = false;
    boolean lede = false;
    int firstBody = -1;
    for (Mention m : mentions) {
      switch (m.field()) {
        case TITLE -> title = true;
        case LEDE -> lede = true;
        case BODY -> firstBody = firstBody < 0 ? m.start() : Math.min(firstBody, m.start());
      }
    }
    double early = firstBody < 0 || bodyLength == 0 ? 0.0 : 1.0 - (double) firstBody / bodyLength;
    double frequency = maxCount == 0 ? 0.0 : (double) mentions.size() / maxCount;
    double s = (title ? TITLE : 0) + (lede ? LEDE : 0) + EARLY * early + FREQUENCY * frequency;
    return Math.round(Math.min(1.0, Math.max(0.0, s)) * 1000) / 1000.0;
  }

  static boolean inField(List<Mention> mentions, TextField field) {
    return mentions.stream().anyMatch(m -> m.field() == field);
  }
}
