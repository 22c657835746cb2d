package org.vigie.search;

import java.util.Objects;

/** One facet value and how many matching articles carry it. */
public record FacetCount(String value, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) throw new IllegalArgumentException("negative count");
  }
}
