package dev.drivercheck.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The JSON fixtures under src/test/resources/graph; their files live below /base. */
final class Fixtures {
  static final Path BASE = Path.of("/base");

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/graph/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LockGraphModel model(String name) {
    return LockGraphModel.parse(text(name));
  }
}
