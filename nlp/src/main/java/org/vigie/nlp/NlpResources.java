package org.vigie.nlp;

import java.time.Clock;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.vigie.nlp.entities.ContextRules;
import org.vigie.nlp.entities.EntityLinker;
import org.vigie.nlp.entities.KnowledgeBase;
import org.vigie.nlp.entities.KnowledgeBaseLoader;
import org.vigie.nlp.language.OpenNlpLanguageDetector;
import org.vigie.nlp.text.OpenNlpSegmenter;

/**
 * Everything the pipeline loads, loaded once per process: the OpenNLP models, the knowledge base
 * and the context rules. Fails fast, at start, when any of them is missing or invalid.
 */
public record NlpResources(
    OpenNlpLanguageDetector languageDetector,
    OpenNlpSegmenter segmenter,
    KnowledgeBase kb,
    ContextRules rules,
    TokenNameFinderModel nameFinder) {

  public NlpResources {
    Objects.requireNonNull(languageDetector);
    Objects.requireNonNull(segmenter);
    Objects.requireNonNull(kb);
    Objects.requireNonNull(rules);
    Objects.requireNonNull(nameFinder);
  }

  /**
   * Loads everything, the independent parts concurrently: the 10 MB language model and the KB's
   * YAML are the two slow ones (about 1.9 s and 1.4 s each in a cold JVM on the shared 2-core
   * machine), and on an idle machine they overlap.
   */
  public static NlpResources loadDefault() {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var language = java.util.concurrent.CompletableFuture.supplyAsync(OpenNlpLanguageDetector::loadDefault, pool);
      var segmenter = java.util.concurrent.CompletableFuture.supplyAsync(OpenNlpSegmenter::loadDefault, pool);
      var kb = java.util.concurrent.CompletableFuture.supplyAsync(KnowledgeBaseLoader::loadDefault, pool);
      var nameFinder = java.util.concurrent.CompletableFuture.supplyAsync(EntityLinker::defaultNameFinderModel, pool);
      var placeLists = java.util.concurrent.CompletableFuture.runAsync(EntityLinker::preloadLists, pool);
      ContextRules rules = ContextRules.loadDefault();
      placeLists.join();
      return new NlpResources(language.join(), segmenter.join(), kb.join(), rules, nameFinder.join());
    } catch (java.util.concurrent.CompletionException e) {
      // the loader's own exception says which resource is missing or broken
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      pool.shutdown();
    }
  }

  /** The shipped models and rules with another knowledge base (tests, a reviewer's draft). */
  public static NlpResources withKnowledgeBase(KnowledgeBase kb) {
    return new NlpResources(
        OpenNlpLanguageDetector.loadDefault(),
        OpenNlpSegmenter.loadDefault(),
        kb,
        ContextRules.loadDefault(),
        EntityLinker.defaultNameFinderModel());
  }

  public NlpPipeline pipeline(String pipelineVersion, Clock clock) {
    EntityLinker linker = EntityLinker.withNameFinder(kb, rules, nameFinder);
    return new NlpPipeline(
        languageDetector,
        segmenter,
        linker,
        pipelineVersion,
        NlpPipeline.describeModels(kb.version(), kb.sha256(), rules.version()),
        clock);
  }
}
