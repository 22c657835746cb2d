package org.vigie.crawler.health;

/**
 * When a source's daily count counts as a hole.
 *
 * @param days the window, in 24-hour periods ending now; the first is judged, the others make the norm
 * @param minNormDays earlier periods with data needed before judging (a new source has no norm)
 * @param minNorm a norm below this many articles a day is too small to tell a hole from a quiet day
 * @param holeRatio the last 24 hours must hold at least this share of the norm
 */
public record HealthRules(int days, int minNormDays, double minNorm, double holeRatio) {
  public HealthRules {
    if (days < 2) throw new IllegalArgumentException("the window needs at least 2 days");
    if (minNormDays < 1 || minNormDays >= days) throw new IllegalArgumentException("minNormDays must be in [1, days)");
    if (minNorm < 0) throw new IllegalArgumentException("minNorm must not be negative");
    if (holeRatio <= 0 || holeRatio >= 1) throw new IllegalArgumentException("holeRatio must be in (0, 1)");
  }

  /** Two weeks; a hole is under a quarter of the median day, judged after 3 days of history. */
  public static HealthRules defaults() {
    return new HealthRules(14, 3, 3.0, 0.25);
  }

  public HealthRules withDays(int d) {
    return new HealthRules(d, Math.min(minNormDays, d - 1), minNorm, holeRatio);
  }
}
