package org.vigie.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the resources under a classpath folder, from a directory (tests, {@code mvn exec}) or from
 * a jar ({@code target/vigie-app.jar}). The class loader API cannot list a folder, so the folder is
 * found through a file known to sit next to it ({@code anchor}) and read with the file system or
 * the jar's entry table. Article files are then added by simply dropping them in the folder: no
 * index to keep in step.
 */
final class ClasspathListing {
  private ClasspathListing() {}

  /**
   * @param anchor a resource that exists, e.g. {@code demo/outlets.yml}; its class path entry is the
   *     one listed
   * @param folder the folder to list, e.g. {@code demo/articles}
   * @return resource names (e.g. {@code demo/articles/x/y.yml}) ending with {@code suffix}, sorted
   */
  static List<String> list(ClassLoader loader, String anchor, String folder, String suffix) {
    URL url = loader.getResource(anchor);
    if (url == null) throw new DemoCorpusException("resource not found on the class path: " + anchor);
    try {
      List<String> names =
          switch (url.getProtocol()) {
            case "file" -> fromDirectory(url, anchor, folder, suffix);
            case "jar" -> fromJar(url, folder, suffix);
            default ->
                throw new DemoCorpusException(
                    "cannot list " + folder + " inside a " + url.getProtocol() + ": class path entry");
          };
      Collections.sort(names);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + " next to " + url, e);
    }
  }

  private static List<String> fromDirectory(URL url, String anchor, String folder, String suffix)
      throws IOException {
    Path root;
    try {
      root = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    // walk back up from the anchor to the class path root
    for (int i = 0; i < anchor.split("/").length; i++) root = root.getParent();
    Path dir = root.resolve(folder);
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) return names;
    try (Stream<Path> files = Files.walk(dir)) {
      Path base = root;
      files
          .filter(Files::isRegularFile)
          .map(p -> base.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(suffix))
          .forEach(names::add);
    }
    return names;
  }

  private static List<String> fromJar(URL url, String folder, String suffix) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    List<String> names = new ArrayList<>();
    try (JarFile jar = connection.getJarFile()) {
      String prefix = folder.endsWith("/") ? folder : folder + "/";
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(suffix)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
