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

  public static NlpResources loadDefault() {
    return withKnowledgeBase(KnowledgeBaseLoader.loadDefault());
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
