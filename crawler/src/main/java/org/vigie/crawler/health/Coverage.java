package org.vigie.crawler.health;

/** Whether a source's latest day of articles is in line with its norm. Callers switch over it. */
public sealed interface Coverage {

  /** The last 24 hours hold at least {@link HealthRules#holeRatio()} of the norm. */
  record Normal(double norm, long lastDay) implements Coverage {}

  /**
   * The last 24 hours fell far below the norm: analysts must know that coverage has a hole here
   * (a changed feed URL, a block, a site redesign that broke discovery).
   */
  record Hole(double norm, long lastDay) implements Coverage {}

  /** Too few earlier days, or too small a norm, to judge. */
  record Unknown(String why) implements Coverage {}
}
