package dev.drivercheck.inputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One test case: either a single {@code .java} file directly in a family folder
 * ({@code test-inputs/<family>/X.java}, compiled alone), or a subfolder of a family folder
 * ({@code test-inputs/<family>/<case>/}, all {@code .java} files under it compiled together).
 *
 * @param family the family folder's name ({@code context}, {@code locks} ...)
 * @param name the file name without {@code .java}, or the case folder's name
 * @param root the directory report paths are relative to: the family folder for a single file,
 *     the case folder otherwise
 * @param files the sources, sorted
 * @param singleFile a single file directly in the family folder
 */
record InputCase(String family, String name, Path root, List<Path> files, boolean singleFile) {

  /**
   * Top-level folders of test-inputs/ that are not families: the suite's own sources and output,
   * and the Maven project that {@code MavenConsumerTest} builds.
   */
  private static final List<String> NOT_FAMILIES = List.of("src", "target", "maven-consumer");

  String displayName() {
    return family + "/" + name;
  }

  /** The file or folder the case is (for IDE navigation). */
  Path location() {
    return singleFile ? files.get(0) : root;
  }

  String relName(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected reports of every file of the case (throws on a malformed marker). */
  List<Expected> expected() {
    List<Expected> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(Markers.parse(relName(f), lines(f)));
    }
    return all;
  }

  /**
   * Family folders: every directory directly under test-inputs/ but src/, target/,
   * maven-consumer/ and hidden ones.
   */
  static List<Path> families(Path inputsDir) {
    try (Stream<Path> s = Files.list(inputsDir)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !NOT_FAMILIES.contains(p.getFileName().toString()))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of one family folder, sorted by name. */
  static List<InputCase> casesOf(Path familyDir) {
    String family = familyDir.getFileName().toString();
    List<InputCase> cases = new ArrayList<>();
    try (Stream<Path> s = Files.list(familyDir)) {
      for (Path p : s.sorted().collect(Collectors.toList())) {
        String fn = p.getFileName().toString();
        if (fn.startsWith(".")) {
          continue;
        }
        if (Files.isRegularFile(p) && fn.endsWith(".java")) {
          cases.add(new InputCase(family, fn.substring(0, fn.length() - ".java".length()),
              familyDir, List.of(p), true));
        } else if (Files.isDirectory(p)) {
          try (Stream<Path> w = Files.walk(p)) {
            List<Path> sources = w.filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().endsWith(".java"))
                .sorted()
                .collect(Collectors.toList());
            cases.add(new InputCase(family, fn, p, sources, false));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Every case of every family, in a deterministic order. */
  static List<InputCase> discover(Path inputsDir) {
    List<InputCase> all = new ArrayList<>();
    for (Path family : families(inputsDir)) {
      all.addAll(casesOf(family));
    }
    return all;
  }

  /**
   * The test-inputs module directory: the system property {@code drivercheck.testInputs} if set,
   * else the working directory (Maven runs tests there) or its {@code test-inputs} child, else
   * two levels above the compiled test classes ({@code target/test-classes}).
   */
  static Path inputsDir() {
    List<Path> candidates = new ArrayList<>();
    String prop = System.getProperty("drivercheck.testInputs");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    candidates.add(cwd);
    candidates.add(cwd.resolve("test-inputs"));
    try {
      Path classes = Path.of(InputCase.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (classes.getParent() != null && classes.getParent().getParent() != null) {
        candidates.add(classes.getParent().getParent());
      }
    } catch (Exception ignored) {
      // no code source: rely on the working directory
    }
    for (Path c : candidates) {
      if (Files.isRegularFile(c.resolve("pom.xml"))
          && Files.isDirectory(c.resolve("src/test/java/dev/drivercheck/inputs"))) {
        return c.normalize();
      }
    }
    throw new IllegalStateException("cannot find the test-inputs module directory from " + cwd
        + "; set -Ddrivercheck.testInputs=/path/to/test-inputs");
  }
}
