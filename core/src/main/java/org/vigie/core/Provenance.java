package org.vigie.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where an annotation came from, so a dataset row can be reproduced and verified.
 *
 * @param pipelineVersion Vigie's version and git revision that produced the annotation
 * @param models name → version of every model and resource used (language model, knowledge base,
 *     name finder, rule files)
 * @param warc where the raw response is archived, or {@code null}
 */
public record Provenance(
    String pipelineVersion, Map<String, String> models, Instant fetchedAt, Instant annotatedAt, WarcLocation warc) {
  public Provenance {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    models = Map.copyOf(models == null ? Map.of() : models);
  }
}
