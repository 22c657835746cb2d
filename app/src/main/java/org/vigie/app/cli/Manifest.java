package org.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code --manifest LIST.tsv} mode shared by {@code extract} and {@code annotate}: lines
 * {@code path<TAB>url} (url optional; paths relative to the manifest; blank and {@code #} lines
 * skipped), one JSON object per page on stdout with the path as given in a {@code "file"} field,
 * streamed in one JVM. A page that fails is reported on stderr with its line and the others still
 * go out.
 */
final class Manifest {
  /** One page to one JSON-able record. */
  @FunctionalInterface
  interface PageConverter {
    Object convert(Path page, URI url) throws IOException;
  }

  private Manifest() {}

  /** @return 0 when every page went out, 1 when some failed, 2 when the manifest is unreadable */
  static int stream(String command, Path manifest, PageConverter converter, ObjectMapper json, PrintWriter out, PrintWriter err) {
    int failures = 0;
    Path base = manifest.toAbsolutePath().getParent();
    try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        String path = (tab < 0 ? line : line.substring(0, tab)).strip();
        String pageUrl = tab < 0 ? "" : line.substring(tab + 1).strip();
        Path page = base.resolve(path);
        try {
          URI uri = pageUrl.isEmpty() ? page.toUri() : parseUrl(pageUrl);
          ObjectNode node = json.createObjectNode();
          node.put("file", path);
          node.setAll((ObjectNode) json.valueToTree(converter.convert(page, uri)));
          out.println(json.writeValueAsString(node));
          out.flush();
        } catch (IOException | RuntimeException e) {
          failures++;
          err.println(command + ": " + manifest + ":" + number + ": " + path + ": " + reason(e));
        }
      }
    } catch (IOException e) {
      err.println(command + ": cannot read manifest " + manifest + ": " + reason(e));
      return 2;
    }
    return failures == 0 ? 0 : 1;
  }

  /** An absolute URL (or a file: URI), or an IllegalArgumentException saying why not. */
  static URI parseUrl(String s) {
    URI u;
    try {
      u = URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + s);
    }
    if (u.getScheme() == null || u.getHost() == null && !"file".equals(u.getScheme())) {
      throw new IllegalArgumentException("not an absolute URL: " + s);
    }
    return u;
  }

  static String reason(Exception e) {
    return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
  }
}
