package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * Recognises the entities of one article and links every mention to one id, whatever the
 * language: the gazetteer with its context rules first, then (when present) the statistical name
 * finder and the title rule for names the knowledge base lacks. Mentions of one id are grouped
 * into one {@link Entity} with its canonical name in the article's language and a salience.
 *
 * <p>Thread-safe: it holds only immutable structures; per-thread tools live in the recognisers.
 */
public final class EntityLinker {
  private final KnowledgeBase kb;
  private final GazetteerRecognizer gazetteer;
  private final List<NameRecognizer> extraRecognizers;
  private final OfficeRule officeRule;

  /** A linker with the knowledge base and its context rules only. */
  public static EntityLinker gazetteerOnly(KnowledgeBase kb, ContextRules rules) {
    return new EntityLinker(kb, rules, List.of());
  }

  /** A linker with the gazetteer, then the name finder trained on our corpus ({@code model}). */
  public static EntityLinker withNameFinder(KnowledgeBase kb, ContextRules rules, opennlp.tools.namefind.TokenNameFinderModel model) {
    return new EntityLinker(kb, rules, List.of(new ClubRule(), new NamedBodyRule(), new SpokespersonRule(), new AcronymRule(), new PublicBodyRule(), new OrganizationCues(kb), new OrganizationRule(), new GivenNameRule(kb), new PlaceGazetteerRule(kb, rules), new OpenNlpNameFinder(kb, model), new TitleRule(kb), new LoneGivenNames(kb), new PlaceRule()));
  }

  /**
   * Reads the shipped place and town lists (about 0.4 s in a cold JVM), once per process, so that
   * a loader can do it while the models load; building a linker reads them otherwise.
   */
  public static void preloadLists() {
    PlaceGazetteerRule.preload();
  }

  /** The shipped name-finder model, loaded once; fails fast when it is missing. */
  public static opennlp.tools.namefind.TokenNameFinderModel defaultNameFinderModel() {
    return OpenNlpNameFinder.loadDefaultModel();
  }

  /**
   * @param extraRecognizers recognisers for names the KB lacks, run after the gazetteer; their
   *     mentions never overlap a gazetteer mention
   */
  EntityLinker(KnowledgeBase kb, ContextRules rules, List<NameRecognizer> extraRecognizers) {
    this.kb = kb;
    this.gazetteer = new GazetteerRecognizer(kb, rules);
    this.extraRecognizers = List.copyOf(extraRecognizers);
    this.officeRule = new OfficeRule(kb);
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /**
   * Entities of an article, most salient first.
   *
   * @param fields the segmented title, lede and body (absent fields omitted)
   * @param language ISO 639-1 code, picks canonical names
   */
  public List<Entity> link(Map<TextField, Segmentation> fields, String language) {
    return link(fields, language, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
  }

  /**
   * @param date the article's date, which decides who "the Technology Secretary" was
   */
  public List<Entity> link(Map<TextField, Segmentation> fields, String language, java.time.LocalDate date) {
    return link(fields, language, date, null);
  }

  /**
   * @param outletCountry the outlet's country (ISO 3166-1 alpha-2, or {@code EU}), which decides
   *     whose "Ministry of Justice" a name shared between countries is ({@link CountryPrior}); {@code
   *     null} when unknown
   */
  public List<Entity> link(Map<TextField, Segmentation> fields, String language, java.time.LocalDate date, String outletCountry) {
    return link(fields, language, date, outletCountry, null);
  }

  /** @param sourceId the outlet's source id, whose own name its articles mention; {@code null} when unknown */
  public List<Entity> link(
      Map<TextField, Segmentation> fields, String language, java.time.LocalDate date, String outletCountry, String sourceId) {
    List<FieldContext> contexts = new ArrayList<>();
    fields.forEach((field, segmentation) -> contexts.add(new FieldContext(field, segmentation)));
    List<Mention> mentions = new ArrayList<>(gazetteer.recognize(contexts, outletCountry));
    // names an office phrase swallowed, given back if the phrase turns out to title a named holder
    List<Mention> inOffices = new ArrayList<>();
    for (Mention office : officeRule.recognize(contexts, date, outletCountry)) {
      // an office phrase replaces what it contains and yields to a longer name overlapping it
      boolean crossed = mentions.stream().anyMatch(k -> k.overlaps(office) && (k.start() < office.start() || k.end() > office.end()));
      if (crossed) continue;
      mentions.stream().filter(k -> k.field() == office.field() && k.start() >= office.start() && k.end() <= office.end()).forEach(inOffices::add);
      mentions.removeIf(k -> k.field() == office.field() && k.start() >= office.start() && k.end() <= office.end());
      mentions.add(office);
    }
    for (NameRecognizer recognizer : extraRecognizers) {
      for (Mention m : recognizer.recognize(contexts, language, List.copyOf(mentions))) {
        List<Mention> replaced = mentions.stream().filter(k -> k.field() == m.field() && recognizer.replaces(m, k)).toList();
        // an office phrase keeps what it replaced, given back if it turns out to title a named holder
        if (m.type() == EntityType.OFFICIAL) inOffices.addAll(replaced);
        mentions.removeAll(replaced);
        if (mentions.stream().noneMatch(m::overlaps)) mentions.add(m);
      }
    }
    OrganizationTails.extend(contexts, mentions, language);
    OrganizationCues.abbreviationDots(contexts, mentions);
    OrganizationCues.bracketedAcronyms(contexts, mentions);
    OrganizationCues.knownBodies(kb, mentions);
    Landmarks.add(contexts, mentions, language);
    PlacesInBodies.drop(mentions, fields, language);
    PlaceCues.add(contexts, mentions, language);
    BareInstitutions.add(contexts, mentions, outletCountry);
    BareInstitutions.cantonalCouncils(contexts, mentions, outletCountry);
    SportsTeams.retype(contexts, mentions);
    possessedGovernments(mentions, fields);
    LeaderGovernments.retype(kb, mentions, fields, date);
    PlaceGovernments.retype(kb, mentions, fields);
    // "US$25 million", "HK$200 million": a currency prefix is not the country (eval/entities/README.md)
    mentions.removeIf(m -> {
      String text = fields.get(m.field()).text();
      return m.end() < text.length() && text.charAt(m.end()) == '$';
    });
    withoutLeadingArticle(mentions);
    mentions.addAll(Surnames.extend(contexts, mentions));
    for (Mention dropped : dropOfficesBesideTheirHolder(mentions, fields)) {
      // "la porte-parole de la Maison-Blanche, Karine Jean-Pierre": the office is a title, so the
      // institution inside it is a mention again
      for (Mention inner : inOffices) {
        if (inner.field() == dropped.field() && inner.start() >= dropped.start() && inner.end() <= dropped.end()
            && mentions.stream().noneMatch(inner::overlaps)) {
          mentions.add(inner);
        }
      }
    }
    PartisanOfficials.retype(contexts, mentions);
    dropDescriptionsInApposition(mentions, fields);
    OutletSelfName.add(contexts, mentions, sourceId);
    return group(mentions, language, fields.containsKey(TextField.BODY) ? fields.get(TextField.BODY).text().length() : 0);
  }

  /**
   * "Technology Secretary Liz Kendall", "Clara Chappaz, ministre déléguée…": where the office
   * introduces a named person, the name is the mention and the office is only its title.
   */
  private static List<Mention> dropOfficesBesideTheirHolder(List<Mention> mentions, Map<TextField, Segmentation> fields) {
    List<Mention> people =
        mentions.stream()
            .filter(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.OFFICIAL) && !m.method().startsWith(OfficeRule.METHOD_PREFIX))
            .toList();
    List<Mention> dropped = new ArrayList<>();
    mentions.removeIf(office -> {
      if (!office.method().startsWith(OfficeRule.METHOD_PREFIX) && !office.method().equals(SpokespersonRule.METHOD)) return false;
      String text = fields.get(office.field()).text();
      for (Mention p : people) {
        if (p.field() != office.field()) continue;
        // a spokesperson phrase runs up to an embedded name ("A spokesperson for Prime Minister
        // Keir Starmer"): it is a title only where a comma sets the name apart
        String gap = office.method().equals(SpokespersonRule.METHOD) ? "\\s*,\\s*" : "[\\s,]{0,3}";
        boolean beside = (p.start() >= office.end() && text.substring(office.end(), p.start()).matches(gap))
            || (p.end() <= office.start() && text.substring(p.end(), office.start()).matches("\\s*,\\s*"));
        if (beside) {
          dropped.add(office);
          return true;
        }
      }
      return false;
    });
    return dropped;
  }

  private static final java.util.regex.Pattern POSSESSED_GOVERNMENT =
      java.util.regex.Pattern.compile("^['’]s\\s+(?:(?:new|own|current|former|previous)\\s+)?(?:government|administration)\\b");

  /**
   * "Britain's government", "Canada's new government": a description qualified by its country
   * is a mention of that country's government (eval/entities/README.md), the place inside it
   * not a mention of its own.
   */
  private void possessedGovernments(List<Mention> mentions, Map<TextField, Segmentation> fields) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.LOCATION && m.type() != EntityType.GOVERNMENT) continue;
      String text = fields.get(m.field()).text();
      java.util.regex.Matcher matcher = POSSESSED_GOVERNMENT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
      if (!matcher.find()) continue;
      List<org.vigie.core.EntityCatalog.EntityRef> governments =
          kb.find(m.text()).stream().filter(r -> r.type() == EntityType.GOVERNMENT).toList();
      if (governments.size() != 1) continue;
      int end = m.end() + matcher.end();
      mentions.set(k, new Mention(m.field(), m.start(), end, text.substring(m.start(), end), governments.getFirst().id(),
          EntityType.GOVERNMENT, "possessed-description"));
    }
  }

  /**
   * "The EU executive said…": names are without their determiner (eval/entities/README.md), even
   * where a KB alias carries one; office phrases ("The Justice Secretary") keep theirs.
   */
  private static void withoutLeadingArticle(List<Mention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() == EntityType.OFFICIAL || !m.method().startsWith("gazetteer")) continue;
      int space = m.text().indexOf(' ');
      if (space < 0 || !(m.text().startsWith("The ") || m.text().startsWith("the "))) continue;
      String rest = m.text().substring(space + 1);
      if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) continue;
      mentions.set(k, new Mention(m.field(), m.start() + space + 1, m.end(), rest, m.entityId(), m.type(), m.method()));
    }
  }

  private static final java.util.regex.Pattern APPOSITION_AFTER =
      java.util.regex.Pattern.compile("\\s*,\\s*(?:(?:la|le|les|the|an?)\\s+|l['’]\\s*)?");

  /**
   * "Le régulateur britannique des médias, Ofcom, a indiqué…", "Coimisiún na Meán, le régulateur
   * irlandais des médias": a description in apposition to the entity's name is its title, not a
   * second mention (eval/entities/README.md); standing alone it stays one. A law's descriptive
   * name ("l'AI Act, le règlement européen sur l'intelligence artificielle") is an alternative
   * name, which counts.
   */
  private static void dropDescriptionsInApposition(List<Mention> mentions, Map<TextField, Segmentation> fields) {
    List<Mention> descriptions =
        mentions.stream()
            .filter(m -> m.method().equals(GazetteerRecognizer.DESCRIPTION) && m.type() != EntityType.LAW)
            .toList();
    for (Mention d : descriptions) {
      String text = fields.get(d.field()).text();
      for (Mention name : mentions) {
        if (name == d || name.field() != d.field() || !name.entityId().equals(d.entityId())) continue;
        boolean after = name.start() >= d.end() && APPOSITION_AFTER.matcher(text.substring(d.end(), name.start())).matches();
        boolean before = name.end() <= d.start() && APPOSITION_AFTER.matcher(text.substring(name.end(), d.start())).matches();
        if (after || before) {
          mentions.remove(d);
          break;
        }
      }
    }
  }

  private List<Entity> group(List<Mention> mentions, String language, int bodyLength) {
    Map<String, List<Mention>> byId = new LinkedHashMap<>();
    mentions.stream()
        .sorted(Comparator.comparing(Mention::field).thenComparingInt(Mention::start))
        .forEach(m -> byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m));
    int maxCount = byId.values().stream().mapToInt(List::size).max().orElse(0);
    List<Entity> entities = new ArrayList<>();
    byId.forEach((id, ms) -> {
      EntityType type = ms.getFirst().type();
      String name = kb.entity(id).map(e -> e.label(language)).orElse(ms.getFirst().text());
      List<EntityMention> em =
          ms.stream().map(m -> new EntityMention(m.text(), m.field(), m.start(), m.end(), m.method())).toList();
      entities.add(new Entity(id, type, name, SalienceScorer.score(ms, maxCount, bodyLength), em));
    });
    entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id));
    return entities;
  }
}
