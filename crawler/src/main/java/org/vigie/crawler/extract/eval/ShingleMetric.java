package org.vigie.crawler.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-text metric of the scrapinghub article-extraction-benchmark ({@code evaluate.py}),
 * reproduced exactly so that our F1 compares with the published ones: tokens are {@code \w+}
 * (Unicode), each text becomes a multiset of word 4-grams (a text shorter than four tokens gives
 * one shorter shingle), and true/false positives and false negatives are multiset counts.
 * Precision is averaged over the pages where something was predicted or expected to be predicted
 * ({@code tp + fp > 0}), recall over the pages with a truth ({@code tp + fn > 0}); F1 is the
 * harmonic mean of the two averages. An empty prediction therefore scores recall 0 and does not
 * enter the precision average, as in the original.
 */
public final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** Shingle counts of one page, normalised to sum to 1 as the original does. */
  public record PageCounts(double tp, double fp, double fn) {
    /** Precision with the original's conventions for empty sides. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }
  }

  /** Averages over pages. */
  public record Score(double precision, double recall, double f1, int pages) {}

  private ShingleMetric() {}

  public static PageCounts compare(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      int pc = e.getValue();
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      fn += Math.max(0, e.getValue() - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum) : new PageCounts(0, 0, 0);
  }

  public static Score aggregate(List<PageCounts> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (PageCounts c : pages) {
      if (c.tp() + c.fp() > 0) {
        p += c.precision();
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        r += c.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, pages.size());
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
      if (window.isEmpty()) {
        continue;
      }
      // U+0001 cannot occur inside a \w token, so joined shingles never collide.
      out.merge(String.join("\u0001", window), 1, Integer::sum);
    }
    return out;
  }
}
