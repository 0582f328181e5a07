package dev.drivercheck.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs one javac in a fresh JVM and measures it: wall time around the process, and peak resident
 * memory. Peak memory comes from GNU time's {@code %M} (the kernel's {@code ru_maxrss} of the
 * finished child, exact) when {@code /usr/bin/time} exists; otherwise from polling the child's
 * {@code VmHWM} in {@code /proc/<pid>/status} every 10 ms (a high-water mark, so a late poll
 * still sees earlier peaks; only growth in the last 10 ms can be missed).
 */
final class Javac {
  private Javac() {}

  /** The javac internals a plugin built on the Checker Framework CFG builder (or Error Prone) needs. */
  static final List<String> INTERNALS = List.of(
      "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.resources=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
      "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
      "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");

  static final Path GNU_TIME = Path.of("/usr/bin/time");

  record Result(int exitCode, double seconds, long maxRssKb, String output) {}

  static String javacPath() {
    Path home = Path.of(System.getProperty("java.home"));
    Path j = home.resolve("bin/javac");
    if (!Files.isExecutable(j)) {
      throw new IllegalStateException("no javac next to " + home + ": run the benchmark on a JDK");
    }
    return j.toString();
  }

  static String classPath(List<Path> entries) {
    List<String> s = new ArrayList<>();
    entries.forEach(p -> s.add(p.toString()));
    return String.join(File.pathSeparator, s);
  }

  /**
   * Runs {@code javac jvmFlags... args... -d TMP @sources}. The JVM flags go in as {@code -J}
   * options; the output folder is fresh for each run and deleted afterwards.
   */
  static Result run(List<String> jvmFlags, List<String> args, Path sourcesArgFile, Path scratch)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(scratch, "classes-");
    Path log = Files.createTempFile(scratch, "javac-", ".log");
    Path rss = Files.createTempFile(scratch, "rss-", ".txt");
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    List<String> cmd = new ArrayList<>();
    if (gnuTime) {
      cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
    }
    cmd.add(javacPath());
    jvmFlags.forEach(f -> cmd.add("-J" + f));
    cmd.addAll(args);
    cmd.addAll(List.of("-d", out.toString(), "@" + sourcesArgFile));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process proc = pb.start();
    AtomicLong hwm = new AtomicLong();
    Thread poller = null;
    if (!gnuTime) {
      long pid = proc.pid();
      poller = new Thread(() -> {
        Path status = Path.of("/proc/" + pid + "/status");
        while (proc.isAlive()) {
          try {
            for (String l : Files.readAllLines(status)) {
              if (l.startsWith("VmHWM:")) {
                hwm.accumulateAndGet(Long.parseLong(l.replaceAll("[^0-9]", "")), Math::max);
              }
            }
            Thread.sleep(10);
          } catch (IOException | RuntimeException e) {
            return;
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      poller.setDaemon(true);
      poller.start();
    }
    if (!proc.waitFor(2, TimeUnit.HOURS)) {
      proc.destroyForcibly();
      throw new IllegalStateException("javac ran over 2 hours: " + cmd);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (poller != null) {
      poller.join(1000);
    }
    long kb = hwm.get();
    if (gnuTime) {
      String t = Files.readString(rss).trim();
      String[] lines = t.split("\n");
      kb = Long.parseLong(lines[lines.length - 1].trim());
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    deleteTree(out);
    Files.deleteIfExists(log);
    Files.deleteIfExists(rss);
    return new Result(proc.exitValue(), secs, kb, output);
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
