package org.vigie.search;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityCatalog;
import org.vigie.core.EntityType;
import org.vigie.core.Provenance;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.core.Topic;

/**
 * A handful of annotated articles modelled on the demo corpus (the December 2025 DSA fine on X,
 * the January 2026 Grok affair), plus off-topic pieces, and a tiny knowledge base.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final Map<String, String> COUNTRIES =
      Map.of("leveilleur", "FR", "le-fleuve", "CA", "albion-courier", "GB", "liffey-times", "IE", "tribune-lemanique", "CH");

  public static final EntityCatalog CATALOG = new EntityCatalog() {
    private final List<EntityRef> refs =
        List.of(
            new EntityRef("eu/commission", EntityType.GOVERNMENT, Map.of("fr", "Commission européenne", "en", "European Commission"), List.of("Bruxelles", "Brussels", "la Commission")),
            new EntityRef("platform/x", EntityType.PLATFORM, Map.of("fr", "X", "en", "X"), List.of("Twitter", "X (ex-Twitter)")),
            new EntityRef("law/dsa", EntityType.LAW, Map.of("fr", "règlement sur les services numériques", "en", "Digital Services Act"), List.of("DSA")),
            new EntityRef("regulator/ofcom", EntityType.REGULATOR, Map.of("fr", "Ofcom", "en", "Ofcom"), List.of()),
            new EntityRef("ai/grok", EntityType.AI_SYSTEM, Map.of("fr", "Grok", "en", "Grok"), List.of()),
            new EntityRef("law/osa", EntityType.LAW, Map.of("fr", "loi sur la sécurité en ligne", "en", "Online Safety Act"), List.of("OSA")));

    @Override
    public List<EntityRef> find(String phrase) {
      String p = org.vigie.search.query.BilingualTerms.normalise(phrase);
      return refs.stream()
          .filter(r -> r.labels().values().stream().anyMatch(l -> org.vigie.search.query.BilingualTerms.normalise(l).equals(p))
              || r.aliases().stream().anyMatch(l -> org.vigie.search.query.BilingualTerms.normalise(l).equals(p)))
          .toList();
    }

    @Override
    public Optional<EntityRef> byId(String id) {
      return refs.stream().filter(r -> r.id().equals(id)).findFirst();
    }
  };

  static Entity entity(String id, EntityType type, String name) {
    return new Entity(id, type, name, 0.5, List.of());
  }

  static final Entity COMMISSION = entity("eu/commission", EntityType.GOVERNMENT, "Commission européenne");
  static final Entity X = entity("platform/x", EntityType.PLATFORM, "X");
  static final Entity DSA = entity("law/dsa", EntityType.LAW, "DSA");
  static final Entity OFCOM = entity("regulator/ofcom", EntityType.REGULATOR, "Ofcom");
  static final Entity GROK = entity("ai/grok", EntityType.AI_SYSTEM, "Grok");
  static final Entity OSA = entity("law/osa", EntityType.LAW, "Online Safety Act");

  public static AnnotatedArticle article(
      String outlet, String slug, String lang, String published, String story, String title, String lede, String body,
      List<Entity> entities, List<Stance> stances, List<RegulatoryAction> actions, List<Topic> topics, Double relevance) {
    URI url = URI.create("https://" + outlet + ".example/" + slug);
    List<TextBlock> blocks = new ArrayList<>();
    for (String p : body.split("\n\n")) if (!p.isBlank()) blocks.add(TextBlock.paragraph(p.strip()));
    OffsetDateTime at = OffsetDateTime.parse(published);
    Article a = new Article(null, url, null, outlet, title, lede, List.of("Test"), at, null, "Tech", lang, blocks, at.toInstant().plusSeconds(60), story, null);
    return new AnnotatedArticle(a, lang, 0.99, entities, stances, actions, topics, relevance,
        new Provenance("vigie-test", Map.of("kb", "test-1"), at.toInstant(), at.toInstant().plusSeconds(120), null));
  }

  static RegulatoryAction fine(String amount, LocalDate date) {
    return new RegulatoryAction(RegulatoryAction.Type.FINE, RegulatoryAction.Status.IMPOSED, "eu/commission", "platform/x", "law/dsa",
        new BigDecimal(amount), "EUR", date, null);
  }

  public static final AnnotatedArticle FR_FINE =
      article("leveilleur", "x-amende-dsa-commission", "fr", "2025-12-05T14:50:00+01:00", "x-dsa-fine-2025-12",
          "Bruxelles inflige une amende de 120 millions d'euros à X",
          "La Commission européenne sanctionne pour la première fois une plateforme au titre du DSA.",
          "La Commission européenne a infligé vendredi une amende de 120 millions d'euros au réseau social X, propriété d'Elon Musk.\n\n"
              + "Il s'agit de la première décision de non-conformité prise en vertu du règlement sur les services numériques.",
          List.of(COMMISSION, X, DSA), List.of(new Stance(null, "platform/x", Stance.Label.CRITICAL, 0.8, null)),
          List.of(fine("120000000", LocalDate.of(2025, 12, 5))), List.of(new Topic(Topic.Label.OTHER, 0.4)), 0.7);

  public static final AnnotatedArticle EN_FINE =
      article("liffey-times", "eu-fines-x-120-million-dsa", "en", "2025-12-05T11:45:00+00:00", "x-dsa-fine-2025-12",
          "EU fines Musk's X €120m in first penalty under Digital Services Act",
          "The European Commission said X breached transparency obligations.",
          "The European Commission on Friday fined Elon Musk's social media platform X 120 million euros for breaching the bloc's online content rules.\n\n"
              + "X has 60 working days to tell the Commission how it will address the checkmark issue.",
          List.of(COMMISSION, X, DSA), List.of(new Stance(null, "platform/x", Stance.Label.NEUTRAL, 0.6, null)),
          List.of(fine("120000000", LocalDate.of(2025, 12, 5))), List.of(new Topic(Topic.Label.OTHER, 0.4)), 0.65);

  public static final AnnotatedArticle FR_GROK =
      article("le-fleuve", "grok-images-denudees-enquete", "fr", "2026-01-12T09:00:00-05:00", "grok-ofcom-2026-01",
          "Images dénudées générées par Grok : Ofcom ouvre une enquête sur X",
          "Le régulateur britannique agit en vertu de la loi sur la sécurité en ligne.",
          "Ofcom a annoncé lundi l'ouverture d'une enquête visant X après la diffusion d'hypertrucages sexualisés créés par Grok.\n\n"
              + "Le réseau social risque une amende pouvant atteindre 10 % de son chiffre d'affaires mondial.",
          List.of(OFCOM, X, GROK, OSA), List.of(new Stance(null, "ai/grok", Stance.Label.CRITICAL, 0.9, null)),
          List.of(new RegulatoryAction(RegulatoryAction.Type.INVESTIGATION, RegulatoryAction.Status.ANNOUNCED, "regulator/ofcom", "platform/x", "law/osa", null, null, LocalDate.of(2026, 1, 12), null)),
          List.of(new Topic(Topic.Label.NCII_DEEPFAKE, 0.9)), 0.95);

  public static final AnnotatedArticle EN_GROK =
      article("albion-courier", "ofcom-opens-investigation-x-grok", "en", "2026-01-12T15:30:00+00:00", "grok-ofcom-2026-01",
          "Ofcom opens investigation into X over Grok deepfake images",
          "The regulator says it has made urgent contact with the platform.",
          "Ofcom has opened a formal investigation into X under the Online Safety Act after Grok produced sexualised deepfakes of real women and children.\n\n"
              + "Ministers said all options, including blocking, remained on the table. <script>alert(1)</script>",
          List.of(OFCOM, X, GROK, OSA), List.of(new Stance(null, "ai/grok", Stance.Label.CRITICAL, 0.85, null)),
          List.of(new RegulatoryAction(RegulatoryAction.Type.INVESTIGATION, RegulatoryAction.Status.ANNOUNCED, "regulator/ofcom", "platform/x", "law/osa", null, null, LocalDate.of(2026, 1, 12), null)),
          List.of(new Topic(Topic.Label.NCII_DEEPFAKE, 0.9)), 0.9);

  public static final AnnotatedArticle EN_SPORT =
      article("albion-courier", "london-marathon-preview", "en", "2025-04-25T08:00:00+01:00", null,
          "London Marathon: the runners to watch on Sunday",
          "Record field expected on a cool morning.",
          "Organisers expect more than 50,000 runners. The fine weather should help.",
          List.of(), List.of(), List.of(), List.of(), 0.02);

  public static final AnnotatedArticle FR_ECONOMY =
      article("tribune-lemanique", "banques-cantonales-resultats", "fr", "2025-08-14T07:30:00+02:00", null,
          "Les banques cantonales publient des résultats solides",
          "Les marges d'intérêt restent élevées.",
          "Les établissements cantonaux ont dégagé des bénéfices en hausse au premier semestre.",
          List.of(), List.of(), List.of(), List.of(), null);

  /** The same article with another title, as a re-extraction would give. */
  public static AnnotatedArticle reannotatedTitle(AnnotatedArticle a, String title) {
    Article o = a.article();
    Article art = new Article(o.id(), o.url(), o.canonicalUrl(), o.sourceId(), title, o.lede(), o.authors(), o.publishedAt(), o.updatedAt(),
        o.section(), o.languageHint(), o.blocks(), o.fetchedAt(), o.storyId(), o.status());
    return new AnnotatedArticle(art, a.language(), a.languageConfidence(), a.entities(), a.stances(), a.actions(), a.topics(), a.relevance(), a.provenance());
  }

  public static List<AnnotatedArticle> all() {
    return List.of(FR_FINE, EN_FINE, FR_GROK, EN_GROK, EN_SPORT, FR_ECONOMY);
  }
}
