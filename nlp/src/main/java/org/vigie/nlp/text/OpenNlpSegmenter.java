package org.vigie.nlp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.vigie.nlp.ModelResources;

/**
 * Sentences and tokens with the published OpenNLP UD models: sentence detection for {@code en}
 * and {@code fr}, the maxent tokenizer for {@code en}, and {@link FrenchTokenizer} for {@code fr}
 * (no French tokenizer model is published). Other languages get the English models, which split
 * on punctuation sensibly enough for the gazetteer and are never scored.
 *
 * <p>Models are loaded once and shared; the {@code *ME} tools keep per-call state, so each thread
 * gets its own.
 */
public final class OpenNlpSegmenter {
  public static final String SENTENCE_EN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String SENTENCE_FR = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
  public static final String TOKENS_EN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private final ThreadLocal<SentenceDetectorME> sentencesEn;
  private final ThreadLocal<SentenceDetectorME> sentencesFr;
  private final ThreadLocal<TokenizerME> tokensEn;

  private OpenNlpSegmenter(SentenceModel en, SentenceModel fr, TokenizerModel tokEn) {
    this.sentencesEn = ThreadLocal.withInitial(() -> new SentenceDetectorME(en));
    this.sentencesFr = ThreadLocal.withInitial(() -> new SentenceDetectorME(fr));
    this.tokensEn = ThreadLocal.withInitial(() -> new TokenizerME(tokEn));
  }

  public static OpenNlpSegmenter loadDefault() {
    return new OpenNlpSegmenter(
        read(SENTENCE_EN, SentenceModel::new), read(SENTENCE_FR, SentenceModel::new), keepingPlainWordsWhole(read(TOKENS_EN, TokenizerModel::new)));
  }

  /**
   * The same tokenizer, told to keep a token of plain letters and digits whole instead of asking
   * the model at each of its characters (OpenNLP's alphanumeric optimisation, off in the
   * published model). On the English train articles of the entity corpus (59,552 tokens) it
   * changes no token and tokenizes 3–4× faster; English tokenization was about a tenth of
   * annotation time (JFR).
   */
  static TokenizerModel keepingPlainWordsWhole(TokenizerModel published) {
    TokenizerFactory factory = new TokenizerFactory(published.getLanguage(), published.getAbbreviations(), true, null);
    return new TokenizerModel(published.getMaxentModel(), new java.util.HashMap<>(), factory);
  }

  /** Segments {@code text} with the tools for {@code language} (ISO 639-1). */
  public Segmentation segment(String text, String language) {
    boolean french = "fr".equals(language);
    SentenceDetectorME sentenceDetector = french ? sentencesFr.get() : sentencesEn.get();
    Tokenizer tokenizer = french ? FrenchTokenizer.INSTANCE : tokensEn.get();
    Span[] sentences = sentenceDetector.sentPosDetect(text);
    java.util.List<Span> tokens = new java.util.ArrayList<>();
    for (Span sentence : sentences) {
      String sentenceText = text.substring(sentence.getStart(), sentence.getEnd());
      for (Span token : tokenizer.tokenizePos(sentenceText)) {
        tokens.add(new Span(token.getStart() + sentence.getStart(), token.getEnd() + sentence.getStart()));
      }
    }
    return new Segmentation(text, sentences, tokens.toArray(Span[]::new));
  }

  /** Names of the models used, for provenance. */
  public static java.util.Map<String, String> modelNames() {
    return java.util.Map.of(
        "sentences-en", SENTENCE_EN,
        "sentences-fr", SENTENCE_FR,
        "tokens-en", TOKENS_EN + " (alphanumeric optimisation)",
        "tokens-fr", "rules:FrenchTokenizer");
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(String name, ModelReader<M> reader) {
    try (InputStream in = ModelResources.open(name)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + name, e);
    }
  }
}
