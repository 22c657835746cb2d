package org.vigie.search.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.search.SearchQuery;

/**
 * What a researcher needs to cite and re-check an export, written beside the file as {@code
 * <file>.card.json}.
 *
 * @param query the query as run (text, filters, cross-lingual expansion), re-runnable
 * @param matchesAtStart how many articles matched when the export began
 * @param articles how many were written
 * @param sha256 of the exported file's bytes
 * @param resultSetDigest SHA-256 sum, modulo 2^256, of the SHA-256 of each article's JSON: the
 *     same for the same set of articles whatever order a backend streamed them in
 * @param pipelineVersions the pipeline versions that annotated the exported articles
 * @param models every model and resource name → version seen in their provenance
 */
public record DatasetCard(
    int cardVersion,
    SearchQuery query,
    ExportFormat format,
    String file,
    Instant exportedAt,
    String backend,
    String indexLocation,
    long matchesAtStart,
    long articles,
    String sha256,
    String resultSetDigest,
    List<String> pipelineVersions,
    Map<String, List<String>> models,
    String searchVersion) {
  public DatasetCard {
    Objects.requireNonNull(query, "query");
    pipelineVersions = List.copyOf(pipelineVersions);
    models = Map.copyOf(models);
  }
}
