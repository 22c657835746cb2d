package org.vigie.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written name lists shipped as tab-separated resources: '#' comments, blank lines skipped. */
final class TsvRows {
  private TsvRows() {}

  /** One data line; {@code number} is its line in the file, for errors that name it. */
  record Row(int number, String[] columns) {}

  /** Every data line of {@code resource}; fails naming the line when one has fewer than {@code minColumns}. */
  static List<Row> read(String resource, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] columns = line.split("\t", -1);
        if (columns.length < minColumns) {
          throw new IllegalStateException(resource + ":" + number + ": expected at least " + minColumns + " columns");
        }
        rows.add(new Row(number, columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
