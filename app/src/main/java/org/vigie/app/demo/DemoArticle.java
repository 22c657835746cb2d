package org.vigie.app.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the demo corpus, read from {@code demo/articles/<outlet>/<date>-<slug>.yml}.
 *
 * @param updated the last modification; equals {@code published} when the file gives none, so
 *     that {@code Last-Modified} and {@code dateModified} always have a value
 * @param story the event key shared by wire copies and follow-ups (see the corpus README)
 * @param wire the agency dispatch this text copies, when it is a near-identical republication
 * @param resource the classpath resource the article came from, named in every error
 */
public record DemoArticle(
    String outlet,
    String slug,
    String lang,
    OffsetDateTime published,
    OffsetDateTime updated,
    String section,
    List<String> authors,
    boolean onTopic,
    String story,
    Optional<String> wire,
    String title,
    String lede,
    Optional<String> caption,
    List<BodyBlock> body,
    String resource) {

  public DemoArticle {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(published, "published");
    updated = updated == null ? published : updated;
    if (updated.isBefore(published)) {
      throw new IllegalArgumentException("updated is before published in " + resource);
    }
    Objects.requireNonNull(section, "section");
    authors = List.copyOf(authors);
    Objects.requireNonNull(story, "story");
    wire = wire == null ? Optional.empty() : wire;
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lede, "lede");
    caption = caption == null ? Optional.empty() : caption;
    body = List.copyOf(body);
    Objects.requireNonNull(resource, "resource");
  }

  public boolean wasUpdated() {
    return !updated.isEqual(published);
  }

  /** A body paragraph or a {@code ## } subheading. */
  public sealed interface BodyBlock {
    String text();
  }

  public record Paragraph(String text) implements BodyBlock {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  public record Subheading(String text) implements BodyBlock {
    public Subheading {
      Objects.requireNonNull(text, "text");
    }
  }
}
