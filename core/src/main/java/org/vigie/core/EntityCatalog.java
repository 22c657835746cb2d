package org.vigie.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of the knowledge base for modules that must not depend on {@code nlp}: search
 * uses it to expand a query naming an entity in one language to its ids and its names in the
 * other.
 */
public interface EntityCatalog {

  /** Entities one of whose labels, aliases or abbreviations is {@code phrase}, ignoring case and accents. */
  List<EntityRef> find(String phrase);

  Optional<EntityRef> byId(String id);

  /** An entity as the catalog describes it: labels by language and every alias. */
  record EntityRef(String id, EntityType type, Map<String, String> labels, List<String> aliases) {
    public EntityRef {
      labels = Map.copyOf(labels == null ? Map.of() : labels);
      aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }
  }

  EntityCatalog EMPTY =
      new EntityCatalog() {
        @Override
        public List<EntityRef> find(String phrase) {
          return List.of();
        }

        @Override
        public Optional<EntityRef> byId(String id) {
          return Optional.empty();
        }
      };
}
