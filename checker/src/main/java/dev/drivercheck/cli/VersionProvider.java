package dev.drivercheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version Maven recorded for the checker jar (inside the jar, or next to
 * the build output the launcher runs from).
 */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES =
      "META-INF/maven/dev.drivercheck/drivercheck-checker/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
        "DriverCheck " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        p.load(in);
        return p.getProperty("version", "(unknown version)");
      }
    } catch (IOException e) {
      // fall through
    }
    Path home = Home.find();
    if (home != null) {
      Path built = home.resolve("checker/target/maven-archiver/pom.properties");
      try (InputStream in = Files.newInputStream(built)) {
        p.load(in);
        return p.getProperty("version", "(unknown version)");
      } catch (IOException e) {
        // fall through
      }
    }
    String implementation = VersionProvider.class.getPackage().getImplementationVersion();
    return implementation != null ? implementation : "(development build)";
  }
}
