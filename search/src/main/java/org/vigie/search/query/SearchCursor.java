package org.vigie.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.vigie.search.InvalidQueryException;
import org.vigie.search.SearchQuery.SortOrder;

/**
 * The position after the last hit of a page ({@code search_after}): the sort value of that hit
 * and its article id, the tie-breaker. Opaque to callers; the same text works on both backends.
 *
 * @param score the last hit's score, for {@link SortOrder#RELEVANCE}
 * @param published the last hit's publication time in epoch ms ({@link Long#MIN_VALUE} when it
 *     had none), for {@link SortOrder#NEWEST}
 */
public record SearchCursor(SortOrder sort, float score, long published, String articleId) {

  public static SearchCursor relevance(float score, String id) {
    return new SearchCursor(SortOrder.RELEVANCE, score, 0, id);
  }

  public static SearchCursor newest(long published, String id) {
    return new SearchCursor(SortOrder.NEWEST, 0, published, id);
  }

  public String encode() {
    String raw =
        switch (sort) {
          case RELEVANCE -> "R|" + Integer.toHexString(Float.floatToIntBits(score)) + "|" + articleId;
          case NEWEST -> "N|" + published + "|" + articleId;
        };
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor and checks that it belongs to a query sorted the same way. */
  public static SearchCursor decode(String cursor, SortOrder expected) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 3);
      if (parts.length != 3) throw new IllegalArgumentException("shape");
      SearchCursor c =
          switch (parts[0]) {
            case "R" -> relevance(Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16)), parts[2]);
            case "N" -> newest(Long.parseLong(parts[1]), parts[2]);
            default -> throw new IllegalArgumentException("sort");
          };
      if (c.sort != expected) throw new InvalidQueryException("the cursor belongs to a query sorted by " + c.sort.name().toLowerCase(java.util.Locale.ROOT));
      return c;
    } catch (InvalidQueryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidQueryException("malformed cursor");
    }
  }
}
