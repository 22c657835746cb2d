package org.vigie.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks one article file against its outlet; see the corpus README for the format. */
final class ArticleReader {
  private static final Set<String> FIELDS =
      Set.of(
          "outlet", "slug", "lang", "published", "updated", "section", "authors", "onTopic", "story",
          "wire", "title", "lede", "caption", "body");
  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  private ArticleReader() {}

  /**
   * @param resource e.g. {@code demo/articles/leveilleur/2025-12-05-x-amende.yml}; the folder names
   *     the outlet and the file name repeats the local publication date and the slug
   */
  static DemoArticle read(YamlFields a, String resource, Map<String, DemoOutlet> outlets) {
    a.rejectUnknown(FIELDS);
    String[] parts = resource.split("/");
    String folder = parts[parts.length - 2];
    String fileName = parts[parts.length - 1];
    String outletId = a.text("outlet");
    DemoOutlet outlet = outlets.get(outletId);
    if (outlet == null) throw a.error("outlet", "names no outlet of outlets.yml: '" + outletId + "'");
    if (!outletId.equals(folder)) {
      throw a.error("outlet", "is '" + outletId + "' but the file sits in folder '" + folder + "'");
    }
    String slug = a.matching("slug", SLUG, "lowercase ascii words joined by hyphens");
    String lang = a.matching("lang", "fr|en", "fr or en");
    if (!lang.equals(outlet.language())) {
      throw a.error("lang", "is '" + lang + "' but " + outletId + " publishes in " + outlet.language());
    }
    var published = a.dateTime("published");
    var updated = a.optionalDateTime("updated").orElse(published);
    if (updated.isBefore(published)) throw a.error("updated", "is before published");
    String localDate = published.atZoneSameInstant(outlet.zone()).toLocalDate().toString();
    String expectedName = published.toLocalDate() + "-" + slug + ".yml";
    String expectedLocalName = localDate + "-" + slug + ".yml";
    if (!fileName.equals(expectedName) && !fileName.equals(expectedLocalName)) {
      throw a.error("slug", "and published date imply file name " + expectedName + ", not " + fileName);
    }
    String section = a.text("section");
    if (OutletsReader.slug(section).isEmpty()) {
      throw a.error("section", "'" + section + "' has no letter or digit to make a URL of");
    }
    return new DemoArticle(
        outletId,
        slug,
        lang,
        published,
        updated,
        section,
        a.textList("authors", true),
        a.bool("onTopic"),
        a.matching("story", SLUG, "lowercase ascii words joined by hyphens"),
        a.optionalText("wire"),
        a.text("title"),
        a.text("lede"),
        a.optionalText("caption"),
        body(a),
        resource);
  }

  /** Paragraphs are separated by blank lines; a line starting with "## " is a subheading. */
  private static List<DemoArticle.BodyBlock> body(YamlFields a) {
    String text = a.text("body");
    List<DemoArticle.BodyBlock> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.startsWith("## ")) {
        flush(paragraph, blocks);
        blocks.add(new DemoArticle.Subheading(l.substring(3).strip()));
      } else if (l.isEmpty()) {
        flush(paragraph, blocks);
      } else {
        if (!paragraph.isEmpty()) paragraph.append(' ');
        paragraph.append(l);
      }
    }
    flush(paragraph, blocks);
    if (blocks.stream().noneMatch(b -> b instanceof DemoArticle.Paragraph)) {
      throw a.error("body", "has no paragraph");
    }
    return blocks;
  }

  private static void flush(StringBuilder paragraph, List<DemoArticle.BodyBlock> blocks) {
    if (!paragraph.isEmpty()) blocks.add(new DemoArticle.Paragraph(paragraph.toString()));
    paragraph.setLength(0);
  }
}
