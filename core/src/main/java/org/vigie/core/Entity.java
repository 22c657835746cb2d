package org.vigie.core;

import java.util.List;
import java.util.Objects;

/**
 * One entity found in an article, with all its mentions.
 *
 * @param id knowledge-base id ({@code regulator/ofcom}); entities the knowledge base lacks get an
 *     id of the form {@code new/<type>/<normalised-name>}
 * @param name canonical name in the article's language
 * @param salience how central the entity is to the article, 0..1
 */
public record Entity(String id, EntityType type, String name, double salience, List<EntityMention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
  }
}
