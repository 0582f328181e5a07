package dev.drivercheck.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: system property {@code drivercheck.home} (set by the launcher). */
final class Home {
  static final String PROPERTY = "drivercheck.home";

  private Home() {}

  /**
   * The root, or null. Without the property: the folder three levels above
   * {@code checker/target/classes} when the CLI runs from there.
   */
  static Path find() {
    String set = System.getProperty(PROPERTY);
    if (set != null && !set.isBlank()) {
      return Path.of(set).toAbsolutePath().normalize();
    }
    try {
      Path classes = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (classes.endsWith(Path.of("checker", "target", "classes"))) {
        Path root = classes.getParent().getParent().getParent();
        return Files.isDirectory(root.resolve("test-inputs")) ? root : null;
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code source: no home
    }
    return null;
  }
}
