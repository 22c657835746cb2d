package org.vigie.nlp;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.Provenance;
import org.vigie.core.TextField;
import org.vigie.nlp.entities.EntityLinker;
import org.vigie.nlp.language.DetectedLanguage;
import org.vigie.nlp.language.OpenNlpLanguageDetector;
import org.vigie.nlp.text.OpenNlpSegmenter;
import org.vigie.nlp.text.Segmentation;

/**
 * The NLP stages in order: language, sentences and tokens, entities linked to the knowledge
 * base. Stance, regulatory actions and topics are not built yet and stay empty, never guessed.
 *
 * <p>Thread-safe: models and the knowledge base are shared and immutable; OpenNLP's {@code *ME}
 * tools are per thread inside the stages.
 */
public final class NlpPipeline implements Annotator {
  private final OpenNlpLanguageDetector languageDetector;
  private final OpenNlpSegmenter segmenter;
  private final EntityLinker linker;
  private final String pipelineVersion;
  private final Map<String, String> models;
  private final Clock clock;
  private final Map<String, String> countryByOutlet;

  /**
   * @param pipelineVersion Vigie's version and git revision, recorded in every annotation's
   *     provenance so a dataset row can be traced to the code that made it
   * @param models name → version of every model and resource behind {@code linker} (see {@link
   *     #describeModels})
   */
  public NlpPipeline(
      OpenNlpLanguageDetector languageDetector,
      OpenNlpSegmenter segmenter,
      EntityLinker linker,
      String pipelineVersion,
      Map<String, String> models,
      Clock clock) {
    this(languageDetector, segmenter, linker, pipelineVersion, models, clock, Map.of());
  }

  private NlpPipeline(
      OpenNlpLanguageDetector languageDetector,
      OpenNlpSegmenter segmenter,
      EntityLinker linker,
      String pipelineVersion,
      Map<String, String> models,
      Clock clock,
      Map<String, String> countryByOutlet) {
    this.countryByOutlet = Map.copyOf(countryByOutlet);
    this.languageDetector = Objects.requireNonNull(languageDetector);
    this.segmenter = Objects.requireNonNull(segmenter);
    this.linker = Objects.requireNonNull(linker);
    this.pipelineVersion = Objects.requireNonNull(pipelineVersion);
    this.models = Map.copyOf(models);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * This pipeline reading each article with its outlet's country ({@link Article#sourceId()} →
   * ISO 3166-1 alpha-2 code, or {@code EU}, as {@code Source#country()}): a UK paper's "Ministry
   * of Justice" is the UK's, a Swiss paper's "Conseil d'État" a Swiss one. An outlet not in the map
   * is read without a country.
   */
  public NlpPipeline withCountryByOutlet(Map<String, String> countryByOutlet) {
    return new NlpPipeline(languageDetector, segmenter, linker, pipelineVersion, models, clock, countryByOutlet);
  }

  /** The shipped models, knowledge base and rules, loaded once. */
  public static NlpPipeline loadDefault(String pipelineVersion) {
    return NlpResources.loadDefault().pipeline(pipelineVersion, Clock.systemUTC());
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    return annotate(article, null);
  }

  /**
   * Annotates with a known language, skipping detection (the CLI's {@code --lang}); {@code null}
   * means detect.
   */
  public AnnotatedArticle annotate(Article article, String forcedLanguage) {
    return annotate(article, forcedLanguage, article.sourceId() == null ? null : countryByOutlet.get(article.sourceId()));
  }

  /**
   * Annotates with the outlet's country given (the CLI's {@code --country}, for a page outside any
   * configured source), instead of the one {@link #withCountryByOutlet} finds by source id.
   *
   * @param country ISO 3166-1 alpha-2 code (or {@code EU}), or {@code null} when unknown
   */
  public AnnotatedArticle annotate(Article article, String forcedLanguage, String country) {
    DetectedLanguage language =
        forcedLanguage != null ? new DetectedLanguage(forcedLanguage, 1.0) : languageDetector.detect(sample(article));
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    for (TextField field : TextField.values()) {
      String text = article.text(field);
      if (!text.isBlank()) fields.put(field, segmenter.segment(text, language.code()));
    }
    List<Entity> entities = linker.link(fields, language.code(), dateOf(article), country, article.sourceId());
    Provenance provenance =
        new Provenance(pipelineVersion, models, article.fetchedAt(), Instant.now(clock), null);
    return new AnnotatedArticle(
        article, language.code(), language.confidence(), entities, List.of(), List.of(), List.of(), null, provenance);
  }

  /** The day the article speaks of: its publication, else its fetch, else today. */
  private java.time.LocalDate dateOf(Article article) {
    if (article.publishedAt() != null) return article.publishedAt().toLocalDate();
    Instant when = article.fetchedAt() != null && !article.fetchedAt().equals(Instant.EPOCH) ? article.fetchedAt() : Instant.now(clock);
    return when.atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Title, lede and the start of the body: enough for the detector (a few hundred characters
   * separate French from English reliably), bounded in cost, which grows with the text.
   */
  private static String sample(Article article) {
    StringBuilder sb = new StringBuilder(article.title()).append('\n');
    if (article.lede() != null) sb.append(article.lede()).append('\n');
    String body = article.bodyText();
    sb.append(body, 0, Math.min(body.length(), 1200));
    return sb.toString();
  }

  public Map<String, String> models() {
    return models;
  }

  /** Provenance entries for the given knowledge base and rules, plus the OpenNLP models. */
  public static Map<String, String> describeModels(String kbVersion, String kbSha256, String rulesVersion) {
    Map<String, String> m = new LinkedHashMap<>(OpenNlpSegmenter.modelNames());
    m.put("langdetect", OpenNlpLanguageDetector.MODEL_RESOURCE);
    m.put("kb", kbVersion + "+sha256:" + kbSha256.substring(0, 16));
    m.put("rules/entities/context", rulesVersion);
    m.put("namefinder", "vigie-namefinder-3");
    return m;
  }
}
