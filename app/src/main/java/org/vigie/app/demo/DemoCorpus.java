package org.vigie.app.demo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo corpus: the outlets of {@code <root>/outlets.yml} and every article file under
 * {@code <root>/articles/}, loaded from the class path and checked.
 *
 * <p>The root is a parameter so tests can load a small fixture corpus ({@code demo-fixture}) with
 * the same code that loads the shipped one ({@code demo}).
 */
public final class DemoCorpus {
  /** The shipped corpus root on the class path. */
  public static final String DEFAULT_ROOT = "demo";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** Newest first, then by slug so that equal times still order the same on every run. */
  static final Comparator<DemoArticle> NEWEST_FIRST =
      Comparator.comparing((DemoArticle a) -> a.published().toInstant())
          .reversed()
          .thenComparing(DemoArticle::slug);

  private final Map<String, DemoOutlet> outlets;
  private final Map<String, List<DemoArticle>> articlesByOutlet;

  private DemoCorpus(Map<String, DemoOutlet> outlets, Map<String, List<DemoArticle>> byOutlet) {
    this.outlets = outlets;
    this.articlesByOutlet = byOutlet;
  }

  /** Loads the shipped corpus. */
  public static DemoCorpus load() {
    return load(DemoCorpus.class.getClassLoader(), DEFAULT_ROOT);
  }

  /**
   * @throws DemoCorpusException naming the file and field when anything is malformed
   */
  public static DemoCorpus load(ClassLoader loader, String root) {
    String outletsResource = root + "/outlets.yml";
    List<DemoOutlet> outletList =
        OutletsReader.read(new YamlFields(readYaml(loader, outletsResource), outletsResource));
    Map<String, DemoOutlet> outlets = new LinkedHashMap<>();
    outletList.forEach(o -> outlets.put(o.id(), o));

    Map<String, List<DemoArticle>> byOutlet = new LinkedHashMap<>();
    outlets.keySet().forEach(id -> byOutlet.put(id, new ArrayList<>()));
    Set<String> seen = new HashSet<>();
    for (String resource : ClasspathListing.list(loader, outletsResource, root + "/articles", ".yml")) {
      DemoArticle article =
          ArticleReader.read(new YamlFields(readYaml(loader, resource), resource), resource, outlets);
      if (!seen.add(article.outlet() + "/" + article.slug())) {
        throw new DemoCorpusException(
            resource + ": field 'slug' repeats '" + article.slug() + "' within " + article.outlet());
      }
      byOutlet.get(article.outlet()).add(article);
    }
    byOutlet.replaceAll((id, list) -> list.stream().sorted(NEWEST_FIRST).toList());
    outlets.replaceAll(
        (id, o) -> o.withSections(byOutlet.get(id).stream().map(DemoArticle::section).toList()));
    return new DemoCorpus(Map.copyOf(outlets), byOutlet);
  }

  private static com.fasterxml.jackson.databind.JsonNode readYaml(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) throw new DemoCorpusException(resource + ": not found on the class path");
      return YAML.readTree(in);
    } catch (JacksonException e) {
      throw new DemoCorpusException(resource + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot be read", e);
    }
  }

  /** The outlets in the order of {@code outlets.yml}. */
  public List<DemoOutlet> outlets() {
    return articlesByOutlet.keySet().stream().map(outlets::get).toList();
  }

  public DemoOutlet outlet(String id) {
    DemoOutlet outlet = outlets.get(id);
    if (outlet == null) throw new IllegalArgumentException("no demo outlet " + id);
    return outlet;
  }

  /** The outlet's articles, newest first. */
  public List<DemoArticle> articles(String outletId) {
    outlet(outletId);
    return articlesByOutlet.get(outletId);
  }

  /** Every article, outlet by outlet, newest first within an outlet. */
  public List<DemoArticle> articles() {
    return articlesByOutlet.values().stream().flatMap(List::stream).toList();
  }
}
