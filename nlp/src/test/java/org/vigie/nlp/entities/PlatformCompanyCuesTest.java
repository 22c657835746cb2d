package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;

/** A platform's brand that speaks or is run by someone is the company behind it (rules/entities/context.yml). */
class PlatformCompanyCuesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<String> idsOf(String lang, String text, String mention) {
    return LinkerFixture.link(linker, lang, null, text).stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .map(Entity::id)
        .toList();
  }

  @Test
  void a_brand_that_speaks_or_has_a_boss_is_the_company() {
    assertThat(idsOf("fr", "Telegram assure respecter les lois de l’Union européenne.", "Telegram")).containsExactly("company/telegram-messenger");
    assertThat(idsOf("fr", "Le fondateur et patron de Telegram est poursuivi à Paris.", "Telegram")).containsExactly("company/telegram-messenger");
    assertThat(idsOf("fr", "Discord n’a pas répondu aux sollicitations du journal.", "Discord")).containsExactly("company/discord-inc");
    assertThat(idsOf("en", "TikTok said it had removed the video.", "TikTok")).containsExactly("company/tiktok-ltd");
  }

  @Test
  void a_brand_one_posts_on_stays_the_platform() {
    assertThat(idsOf("fr", "La vidéo a circulé sur Telegram pendant des semaines, dans des canaux privés.", "Telegram"))
        .doesNotContain("company/telegram-messenger");
    assertThat(idsOf("en", "The clip spread on TikTok within hours.", "TikTok")).containsExactly("platform/tiktok");
  }
}
