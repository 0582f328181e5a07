package dev.drivercheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small checked project below the working folder (so paths are shown relative, as in a real
 * repository): {@code Vm.java} with one SleepInAtomic finding whose evidence has places.
 */
final class FormatFixture implements AutoCloseable {
  /** Line of the call the finding points at, in {@link #VM}. */
  static final int FINDING_LINE = 7;

  static final String VM = String.join("\n",
      "import dev.drivercheck.annotations.*;",
      "",
      "final class Vm {",
      "    private final SpinLock lock = new SpinLock();",
      "    void unbind() {",
      "        try (SpinGuard g = lock.lock()) {",
      "            dropMappings();",
      "        }",
      "    }",
      "    private void dropMappings() {",
      "        Delay.msleep(1);",
      "    }",
      "    // RESET",
      "}",
      "@LockType(LockKind.SPIN)",
      "final class SpinLock {",
      "    @Acquires SpinGuard lock() { return new SpinGuard(); }",
      "}",
      "@LockGuard",
      "final class SpinGuard implements AutoCloseable {",
      "    @Releases @Override public void close() {}",
      "}",
      "final class Delay {",
      "    private Delay() {}",
      "    @MightSleep static void msleep(int ms) {}",
      "}",
      "");

  /** A second finding, put in place of the {@code // RESET} line. */
  static final String RESET = String.join("\n",
      "    void reset() {",
      "        try (SpinGuard g = lock.lock()) {",
      "            Delay.msleep(2);",
      "        }",
      "    }");

  final Path dir;
  final Path vm;

  FormatFixture() throws IOException {
    Path parent = Files.createDirectories(Path.of("target", "format-tests"));
    dir = Files.createTempDirectory(parent, "case-");
    vm = dir.resolve("Vm.java");
    write(VM);
  }

  void write(String text) throws IOException {
    Files.writeString(vm, text, StandardCharsets.UTF_8);
  }

  /** The path as the reports show it: relative to the working folder. */
  String shown() {
    return vm.toString().replace('\\', '/');
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
