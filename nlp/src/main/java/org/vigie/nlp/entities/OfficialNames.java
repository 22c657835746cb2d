package org.vigie.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Full names of well-known holders of public office ({@code names/officials.txt}, hand-written from
 * general knowledge): news names a party leader, a mayor or a minister without the office ("face à
 * André Chassaigne", "Le Parti conservateur de Pierre Poilievre"), and the guidelines make them
 * OFFICIAL all the same. One folded set look-up per name the given-name rule builds.
 */
final class OfficialNames {
  static final String RESOURCE = "names/officials.txt";
  private static final Set<String> NAMES = load();

  private OfficialNames() {}

  static boolean contains(String fullName) {
    return NAMES.contains(TextFolding.fold(fullName));
  }

  static int size() {
    return NAMES.size();
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = OfficialNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) names.add(TextFolding.fold(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(names);
  }
}
