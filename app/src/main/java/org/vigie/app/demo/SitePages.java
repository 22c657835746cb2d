package org.vigie.app.demo;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTML pages of one outlet: articles, section indexes, the home page and the 404 page, each
 * through the outlet's own {@link Template}. Links between pages are root-relative so they work on
 * whatever port serves the site; only canonical links are absolute, on the outlet's
 * {@code .example} domain.
 */
final class SitePages {
  private static final Pattern CREDIT =
      Pattern.compile("^(.*?)[\\s.]*((?:Photo|Crédit|Credit|Image|Illustration)\\s*:.*)$");

  private static final java.time.format.DateTimeFormatter COMMENT_TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final DemoOutlet outlet;
  private final List<DemoArticle> articles;
  private final Template template;
  private final boolean fr;

  SitePages(DemoOutlet outlet, List<DemoArticle> articlesNewestFirst) {
    this.outlet = outlet;
    this.articles = List.copyOf(articlesNewestFirst);
    this.template = Template.forOutlet(outlet.id());
    this.fr = outlet.language().equals("fr");
  }

  String article(DemoArticle a) {
    String path = ArticleUrls.path(outlet, a);
    String canonical = outlet.canonicalBase() + path;
    Map<String, String> v = common();
    v.put("title", a.title());
    v.put("lede", a.lede());
    v.put("canonical", canonical);
    v.put("head", HeadMetadata.render(outlet, a, canonical));
    v.put("sectionName", a.section());
    v.put("sectionUrl", outlet.section(a.section()).orElseThrow().indexPath());
    v.put("authors", joinNames(a.authors()));
    v.put("authorsHtml", authorsHtml(a.authors()));
    v.put("datePhrase", outlet.dateStyle().published(a.published(), outlet.zone()));
    v.put("dateIso", HeadMetadata.iso(a.published(), outlet));
    v.put("modifiedIso", HeadMetadata.iso(a.updated(), outlet));
    v.put("updatedLine", updatedLine(a));
    v.put("figure", a.caption().map(c -> figure(a, c)).orElse(""));
    v.put("body", body(a));
    v.put("comments", comments(a));
    v.put("mostRead", mostRead(a));
    v.put("articleId", ArticleUrls.numericId(a.slug()));
    return template.render("article", v);
  }

  String section(DemoOutlet.Section section) {
    List<DemoArticle> in = articles.stream().filter(a -> a.section().equals(section.name())).toList();
    return listing(section.name(), section.indexPath(), in);
  }

  String home() {
    return listing(fr ? "À la une" : "Latest news", "/", articles);
  }

  String notFound(String path) {
    Map<String, String> v = common();
    v.put("path", path);
    return template.render("not-found", v);
  }

  private String listing(String name, String path, List<DemoArticle> list) {
    Map<String, String> v = common();
    v.put("sectionName", name);
    v.put("canonical", outlet.canonicalBase() + path);
    v.put(
        "items",
        list.stream()
            .map(
                a -> {
                  Map<String, String> item = new HashMap<>();
                  item.put("url", ArticleUrls.path(outlet, a));
                  item.put("title", a.title());
                  item.put("lede", a.lede());
                  item.put("authors", joinNames(a.authors()));
                  item.put("datePhrase", outlet.dateStyle().published(a.published(), outlet.zone()));
                  item.put("dateIso", HeadMetadata.iso(a.published(), outlet));
                  return template.render("section-item", item);
                })
            .collect(Collectors.joining()));
    return template.render("section", v);
  }

  private Map<String, String> common() {
    Map<String, String> v = new HashMap<>();
    v.put("lang", outlet.language());
    v.put("siteName", outlet.name());
    v.put("year", Integer.toString(Year.now(outlet.zone()).getValue()));
    v.put(
        "nav",
        outlet.sections().stream()
            .filter(DemoOutlet.Section::inMenu)
            .map(s -> template.render("nav-item", Map.of("url", s.indexPath(), "name", s.name())))
            .collect(Collectors.joining()));
    return v;
  }

  private String authorsHtml(List<String> names) {
    List<String> rendered =
        names.stream()
            .map(
                n ->
                    HeadMetadata.AGENCIES.contains(n)
                        ? template.render("agency", Map.of("name", n))
                        : template.render(
                            "author", Map.of("name", n, "authorSlug", OutletsReader.slug(n))))
            .map(String::strip)
            .toList();
    return join(rendered);
  }

  private String joinNames(List<String> names) {
    return join(names);
  }

  /** "A", "A et B", "A, B et C" (or "and"). */
  private String join(List<String> items) {
    if (items.size() == 1) return items.getFirst();
    String and = fr ? " et " : " and ";
    return String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
  }

  private String updatedLine(DemoArticle a) {
    if (!a.wasUpdated()) return "";
    return template.render(
        "updated",
        Map.of(
            "updatedPhrase", outlet.dateStyle().updated(a.updated(), outlet.zone()),
            "modifiedIso", HeadMetadata.iso(a.updated(), outlet)));
  }

  private String figure(DemoArticle a, String caption) {
    Matcher m = CREDIT.matcher(caption);
    String text = m.matches() && !m.group(1).isBlank() ? m.group(1) : caption;
    String credit = m.matches() && !m.group(1).isBlank() ? m.group(2) : "";
    // a local path the server answers with 404: pages never make a crawler fetch a real image
    return template.render(
        "figure",
        Map.of("src", "/images/" + ArticleUrls.numericId(a.slug()) + ".jpg", "caption", text,
            "credit", credit));
  }

  private String body(DemoArticle a) {
    List<DemoArticle.BodyBlock> blocks = a.body();
    long paragraphs = blocks.stream().filter(b -> b instanceof DemoArticle.Paragraph).count();
    long insertAfter = Math.max(1, paragraphs / 2);
    String related = related(a);
    StringBuilder out = new StringBuilder();
    int seen = 0;
    for (DemoArticle.BodyBlock block : blocks) {
      switch (block) {
        case DemoArticle.Paragraph p -> {
          out.append(template.render("paragraph", Map.of("text", p.text())));
          if (++seen == insertAfter) out.append(related);
        }
        case DemoArticle.Subheading s ->
            out.append(template.render("subheading", Map.of("text", s.text())));
      }
    }
    return out.toString();
  }

  /** Two or three other articles of the outlet: same story first, then same section, newest. */
  private String related(DemoArticle a) {
    List<DemoArticle> others = articles.stream().filter(o -> o != a).toList();
    if (others.isEmpty()) return "";
    Comparator<DemoArticle> order =
        Comparator.comparing((DemoArticle o) -> !o.story().equals(a.story()))
            .thenComparing(o -> !o.section().equals(a.section()))
            .thenComparing(DemoCorpus.NEWEST_FIRST);
    int count = 2 + Integer.parseInt(ArticleUrls.numericId(a.slug())) % 2;
    String items =
        others.stream()
            .sorted(order)
            .limit(count)
            .map(o -> template.render("related-item", link(o)))
            .collect(Collectors.joining());
    return template.render("related", Map.of("items", items));
  }

  private String mostRead(DemoArticle a) {
    List<DemoArticle> others =
        articles.stream()
            .filter(o -> o != a)
            .sorted(Comparator.comparing((DemoArticle o) -> ArticleUrls.numericId(o.slug())))
            .limit(5)
            .toList();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      Map<String, String> v = new LinkedHashMap<>(link(others.get(i)));
      v.put("rank", Integer.toString(i + 1));
      items.add(template.render("most-read-item", v));
    }
    return String.join("", items);
  }

  private Map<String, String> link(DemoArticle o) {
    return Map.of("url", ArticleUrls.path(outlet, o), "title", o.title());
  }

  private String comments(DemoArticle a) {
    return ReaderComments.forArticle(a, outlet).stream()
        .map(
            c ->
                template.render(
                    "comment",
                    Map.of(
                        "author", c.author(),
                        "text", c.text(),
                        // not the outlet's publication phrase: a comment must not look like a dateline
                        "datePhrase", c.postedAt().format(COMMENT_TIME),
                        "dateIso", c.postedAt().format(HeadMetadata.ISO))))
        .collect(Collectors.joining());
  }
}
