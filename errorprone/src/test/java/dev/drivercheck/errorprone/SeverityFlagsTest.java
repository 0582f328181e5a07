package dev.drivercheck.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error Prone's severity flags and {@code @SuppressWarnings} apply to the DriverCheck checks. */
class SeverityFlagsTest {
  /** A mutex taken under a spinlock: one SleepInAtomic error at line 16 (the mutex lock). */
  private static final String SOURCE = """
      package flags;

      import dev.drivercheck.annotations.Acquires;
      import dev.drivercheck.annotations.LockGuard;
      import dev.drivercheck.annotations.LockKind;
      import dev.drivercheck.annotations.LockType;
      import dev.drivercheck.annotations.Releases;

      final class Device {
          private final SpinLock lock = new SpinLock();
          private final Mutex config = new Mutex();
          private int count;

          ANNOTATION void resize() {
              try (SpinGuard s = lock.lock()) {
                  try (MutexGuard m = config.lock()) {
                      count++;
                  }
              }
          }
      }

      @LockType(LockKind.SPIN)
      final class SpinLock {
          @Acquires
          SpinGuard lock() {
              return new SpinGuard();
          }
      }

      @LockGuard
      final class SpinGuard implements AutoCloseable {
          @Releases
          @Override
          public void close() {}
      }

      @LockType(LockKind.MUTEX)
      final class Mutex {
          @Acquires
          MutexGuard lock() {
              return new MutexGuard();
          }
      }

      @LockGuard
      final class MutexGuard implements AutoCloseable {
          @Releases
          @Override
          public void close() {}
      }
      """;

  @TempDir Path dir;

  private Compiles.Result compile(String annotation, String... flags) throws IOException {
    Path file = dir.resolve("flags/Device.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, SOURCE.replace("ANNOTATION ", annotation), StandardCharsets.UTF_8);
    Compiles.Result r = Compiles.compile(dir, List.of(file), Compiles.errorProneOptions(flags));
    Compiles.assertCompiles("Error Prone", r);
    return r;
  }

  private static String shape(Compiles.Result r) {
    StringBuilder sb = new StringBuilder();
    for (Compiles.Report rep : r.reports()) {
      sb.append(rep.kind()).append(' ').append(rep.rule()).append(" @").append(rep.file()).append(':')
          .append(rep.line()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void errorByDefault() throws IOException {
    Compiles.Result r = compile("");
    assertEquals("error SleepInAtomic @flags/Device.java:16\n", shape(r), r.all());
  }

  @Test
  void warnFlagMakesItAWarning() throws IOException {
    Compiles.Result r = compile("", "-Xep:SleepInAtomic:WARN");
    assertEquals("warning SleepInAtomic @flags/Device.java:16\n", shape(r), r.all());
  }

  @Test
  void offFlagSilencesIt() throws IOException {
    Compiles.Result r = compile("", "-Xep:SleepInAtomic:OFF");
    assertEquals("", shape(r), r.all());
  }

  @Test
  void suppressWarningsSilencesIt() throws IOException {
    Compiles.Result r = compile("@SuppressWarnings(\"SleepInAtomic\") ");
    assertEquals("", shape(r), r.all());
  }

  @Test
  void suppressWarningsDrivercheckSilencesIt() throws IOException {
    Compiles.Result r = compile("@SuppressWarnings(\"drivercheck\") ");
    assertEquals("", shape(r), r.all());
  }

  @Test
  void docsBaseUriFlagMakesTheLinkAbsolute() throws IOException {
    Compiles.Result r = compile("", "-XepOpt:DriverCheck:DocsBaseUri=https://example.org/docs/rules/");
    assertEquals(1, r.reports().size(), r.all());
    org.junit.jupiter.api.Assertions.assertTrue(
        r.all().contains("(see https://example.org/docs/rules/SleepInAtomic.md)"), r.all());
  }
}
