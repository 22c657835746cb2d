package org.vigie.nlp.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.EntityType;

/**
 * Counts from comparing system mentions with gold ones, and the figures the issue asks for.
 *
 * <p>A system mention is <em>recognised</em> when a gold mention has exactly its field and span;
 * it is <em>correct</em> for a type when the types agree too (precision, recall and F1 per type and
 * per language are on correct mentions). <em>Linking accuracy</em> is, over recognised mentions,
 * the share whose id equals the gold id, where any {@code new/} id counts as equal to any other
 * (both say "not in the KB"). <em>X precision</em> is the share of system mentions linked to
 * {@code platform/x} that gold has, at that span, as {@code platform/x}.
 */
public final class EntityScores {
  /** True positives, false positives and false negatives of one slice. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    void add(Counts other) {
      tp += other.tp;
      fp += other.fp;
      fn += other.fn;
    }

    public int support() {
      return tp + fn;
    }
  }

  final Map<String, Counts> byLanguage = new TreeMap<>();
  final Map<String, Map<EntityType, Counts>> byLanguageAndType = new TreeMap<>();
  int recognised;
  int linkedCorrectly;
  int xSystem;
  int xCorrect;
  int articles;

  /** Adds another slice's counts (cross-validation folds into one table). */
  void add(EntityScores other) {
    other.byLanguage.forEach((lang, c) -> language(lang).add(c));
    other.byLanguageAndType.forEach((lang, types) -> types.forEach((type, c) -> type(lang, type).add(c)));
    recognised += other.recognised;
    linkedCorrectly += other.linkedCorrectly;
    xSystem += other.xSystem;
    xCorrect += other.xCorrect;
    articles += other.articles;
  }

  Counts language(String lang) {
    return byLanguage.computeIfAbsent(lang, k -> new Counts());
  }

  Counts type(String lang, EntityType type) {
    return byLanguageAndType.computeIfAbsent(lang, k -> new EnumMap<>(EntityType.class)).computeIfAbsent(type, k -> new Counts());
  }

  public Map<String, Counts> byLanguage() {
    return byLanguage;
  }

  public Counts overall() {
    Counts all = new Counts();
    byLanguage.values().forEach(c -> {
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    });
    return all;
  }

  public double linkingAccuracy() {
    return recognised == 0 ? 1.0 : (double) linkedCorrectly / recognised;
  }

  public double xPrecision() {
    return xSystem == 0 ? 1.0 : (double) xCorrect / xSystem;
  }

  public int xSystemMentions() {
    return xSystem;
  }

  public int articles() {
    return articles;
  }

  /** A plain-text table for the terminal and the README. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "articles: %d%n", articles));
    sb.append(String.format(Locale.ROOT, "%-5s %-13s %6s %6s %6s %7s%n", "lang", "type", "P", "R", "F1", "gold"));
    byLanguageAndType.forEach((lang, types) -> {
      types.forEach((type, c) -> sb.append(row(lang, type.name(), c)));
      sb.append(row(lang, "ALL", byLanguage.get(lang)));
    });
    sb.append(row("all", "ALL", overall()));
    sb.append(String.format(Locale.ROOT, "linking accuracy: %.3f (%d/%d recognised mentions)%n", linkingAccuracy(), linkedCorrectly, recognised));
    sb.append(String.format(Locale.ROOT, "X-the-platform precision: %.3f (%d/%d)%n", xPrecision(), xCorrect, xSystem));
    return sb.toString();
  }

  private static String row(String lang, String type, Counts c) {
    return String.format(Locale.ROOT, "%-5s %-13s %6.3f %6.3f %6.3f %7d%n", lang, type, c.precision(), c.recall(), c.f1(), c.support());
  }
}
