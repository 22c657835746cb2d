package org.vigie.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.Evidence;
import org.vigie.core.Provenance;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.core.Topic;
import org.vigie.core.WarcLocation;

/** docs/schema.md and the core records must describe the same JSON. */
class SchemaDocumentationTest {
  private static final ObjectMapper JSON = VigieJson.mapper();
  private static String schemaDoc;
  private static JsonNode example;

  @BeforeAll
  static void readTheDocumentation() throws IOException {
    // Surefire runs in the module folder; the docs live at the repository root.
    schemaDoc = Files.readString(Path.of("..", "docs", "schema.md"));
    Matcher m =
        Pattern.compile("<!-- schema-example:start -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(schemaDoc);
    assertThat(m.find()).as("docs/schema.md has a marked JSON example").isTrue();
    example = JSON.readTree(m.group(1));
  }

  @Test
  void the_documented_example_maps_onto_the_records_and_back_unchanged() throws IOException {
    AnnotatedArticle parsed = JSON.treeToValue(example, AnnotatedArticle.class);

    JsonNode written = JSON.readTree(JSON.writeValueAsString(parsed));

    // Equal trees: no documented field is dropped by the records, none is added by them.
    assertThat(written).isEqualTo(example);
  }

  @Test
  void the_example_uses_every_field_so_the_comparison_covers_the_whole_schema() throws IOException {
    AnnotatedArticle parsed = JSON.treeToValue(example, AnnotatedArticle.class);

    assertThat(parsed.relevance()).isNotNull();
    assertThat(parsed.provenance().warc()).isNotNull();
    assertThat(parsed.article().updatedAt()).isNotNull();
    assertThat(parsed.article().storyId()).isNotNull();
    assertThat(parsed.stances()).allSatisfy(s -> assertThat(s.actorId()).isNotNull());
    assertThat(parsed.actions())
        .allSatisfy(a -> assertThat(List.of(a.amount(), a.currency(), a.date(), a.lawId())).doesNotContainNull());
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        AnnotatedArticle.class, Article.class, TextBlock.class, Entity.class, EntityMention.class,
        Stance.class, RegulatoryAction.class, Topic.class, Evidence.class, Provenance.class,
        WarcLocation.class
      })
  void every_record_component_is_described_in_the_documentation(Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      assertThat(schemaDoc)
          .as("%s.%s is documented", type.getSimpleName(), component.getName())
          .contains("`" + component.getName() + "`");
    }
  }

  @Test
  void documented_offsets_point_at_the_documented_text() throws IOException {
    AnnotatedArticle parsed = JSON.treeToValue(example, AnnotatedArticle.class);
    Article article = parsed.article();

    for (Entity entity : parsed.entities()) {
      for (EntityMention mention : entity.mentions()) {
        assertThat(article.text(mention.field()).substring(mention.start(), mention.end()))
            .isEqualTo(mention.text());
      }
    }
    for (RegulatoryAction action : parsed.actions()) {
      Evidence e = action.evidence();
      assertThat(article.text(e.field()).substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }
}
