package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.TextBlock;

class BlockFilterTest {
  private static final String PARAGRAPH =
      "La Commission européenne a ouvert une enquête formelle sur le réseau social, a-t-elle annoncé lundi.";

  private static BlockCollector.RawBlock p(String text) {
    return new BlockCollector.RawBlock(TextBlock.Kind.PARAGRAPH, text, 0, "p");
  }

  /** The block between two real paragraphs and three more after, so it is not at an edge. */
  private static List<TextBlock> inMiddle(String text) {
    List<BlockCollector.RawBlock> raw = new ArrayList<>();
    for (int i = 0; i < 4; i++) raw.add(p(PARAGRAPH + " " + i));
    raw.add(p(text));
    for (int i = 4; i < 8; i++) raw.add(p(PARAGRAPH + " " + i));
    return BlockFilter.filter(raw, "Un titre");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lire aussi : Grok, l'IA de X, sous le feu des critiques",
        "À lire aussi Ce que change le DSA pour les plateformes",
        "Read more: Could Ofcom block X?",
        "Related: What the Online Safety Act requires",
        "Publicité",
        "Advertisement",
        "Partager cet article",
        "Photo : Jean Martin / Le Veilleur",
        "Getty Images",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Sign up for our morning newsletter",
        "Tags: Ofcom, X, Grok, Online Safety Act",
        "Mots-clés : Arcom, DSA",
        "© Le Veilleur 2025, tous droits réservés",
        "Don't miss"
      })
  void drops_teasers_labels_credits_and_calls_to_action_anywhere(String text) {
    assertThat(inMiddle(text)).extracting(TextBlock::text).doesNotContain(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "« Lire aussi les conditions d'utilisation » n'est pas une protection suffisante, estime l'Arcom dans son avis.",
        "Related research from Stanford suggests that the models were trained on scraped images of minors.",
        "Photo editing apps were used to create the images, police said on Tuesday."
      })
  void keeps_sentences_that_merely_start_like_boilerplate(String text) {
    assertThat(inMiddle(text)).extracting(TextBlock::text).contains(text);
  }

  @Test
  void matches_credits_and_trailers_whatever_their_case_and_an_address_alone_at_the_end() {
    // Regression guard for the speed change that matches these patterns on lower-cased text and
    // tries the e-mail pattern only when an '@' is present: case and the bare address still count.
    assertThat(inMiddle("CRÉDIT : AFP")).extracting(TextBlock::text).doesNotContain("CRÉDIT : AFP");
    assertThat(inMiddle("The hearing resumes on Monday (Photo Credit: Reuters)"))
        .extracting(TextBlock::text).doesNotContain("The hearing resumes on Monday (Photo Credit: Reuters)");
    List<BlockCollector.RawBlock> raw = new ArrayList<>();
    for (int i = 0; i < 5; i++) raw.add(p(PARAGRAPH + " " + i));
    raw.add(p("AVEC L'AFP"));
    raw.add(p("Écrire à la rédaction : redaction@journal.example"));
    assertThat(BlockFilter.filter(raw, "t")).hasSize(5);
  }

  @Test
  void drops_closing_credits_and_contact_lines_only_at_the_end() {
    List<BlockCollector.RawBlock> raw = new ArrayList<>();
    for (int i = 0; i < 5; i++) raw.add(p(PARAGRAPH + " " + i));
    raw.add(p("(Reporting by Jane Doe; Editing by John Smith)"));
    raw.add(p("Amy Roe may be reached at aroe@example.com."));
    assertThat(BlockFilter.filter(raw, "t")).hasSize(5);
  }

  @Test
  void drops_mostly_link_blocks_and_a_trailing_heading() {
    List<BlockCollector.RawBlock> raw = new ArrayList<>();
    raw.add(p(PARAGRAPH));
    raw.add(new BlockCollector.RawBlock(TextBlock.Kind.PARAGRAPH, "Ofcom opens inquiry into X over Grok", 30, "li"));
    raw.add(new BlockCollector.RawBlock(TextBlock.Kind.HEADING, "More on this story", 0, "h3"));
    assertThat(BlockFilter.filter(raw, "t")).containsExactly(TextBlock.paragraph(PARAGRAPH));
  }

  @Test
  void drops_the_title_repeated_in_the_body() {
    List<BlockCollector.RawBlock> raw = List.of(p("Un titre"), p(PARAGRAPH));
    assertThat(BlockFilter.filter(raw, "Un titre")).containsExactly(TextBlock.paragraph(PARAGRAPH));
  }
}
