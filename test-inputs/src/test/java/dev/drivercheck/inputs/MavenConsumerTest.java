package dev.drivercheck.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.plugin.DriverCheckPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Maven consumer: {@code test-inputs/maven-consumer/} is a small driver project whose pom
 * holds the README's "Maven setup" block, built with the repository's own {@code ./mvnw}, offline.
 *
 * <ul>
 *   <li>The README's setup block is the project's pom block, verbatim, and the README's
 *       {@code .mvn/jvm.config} block is the project's {@code .mvn/jvm.config}; the versions in it
 *       are the reactor's.
 *   <li>As committed, the project sleeps under a spinlock: {@code mvn compile} fails with
 *       {@code [SleepInAtomic]} at {@code Device.java}, on the line of the sleeping call.
 *   <li>With the sleep moved after the unlock, the build passes.
 *   <li>With {@code @SuppressWarnings("SleepInAtomic")} on the method, the build passes.
 * </ul>
 *
 * <p>No network: each build gets a fresh local repository ({@code -Dmaven.repo.local}) that holds
 * only the annotations and checker jars this build made (with their poms and the parent pom), laid
 * out by hand; everything else (maven-compiler-plugin, the checker's own dependencies) comes from
 * the outer build's local repository, chained read-only behind it with Maven's
 * {@code -Dmaven.repo.local.tail}, and the nested build runs with {@code -o}. Nothing is installed
 * into the outer repository.
 */
class MavenConsumerTest {

  /** Per nested Maven run. */
  private static final long TIMEOUT_MINUTES = 4;

  private static final String BEGIN = "<!-- BEGIN README \"Maven setup\" -->";
  private static final String END = "<!-- END README \"Maven setup\" -->";
  private static final String DEVICE = "src/main/java/com/example/driver/Device.java";

  /** The sleeping call in the committed Device.java, and where the fix moves it. */
  private static final String BROKEN_BODY = ""
      + "            pending++;\n"
      + "            firmware.waitForAck();\n"
      + "        } finally {\n"
      + "            lock.unlock();\n"
      + "        }\n";
  private static final String FIXED_BODY = ""
      + "            pending++;\n"
      + "        } finally {\n"
      + "            lock.unlock();\n"
      + "        }\n"
      + "        firmware.waitForAck();\n";
  private static final String METHOD = "    public void submit() {\n";

  private static final Path INPUTS = InputCase.inputsDir();
  private static final Path ROOT = INPUTS.getParent();
  private static final Path PROJECT = INPUTS.resolve("maven-consumer");

  @TempDir
  static Path tmp;

  private static Path repo;

  /** {@code ./mvnw}, once it has been seen to run ({@code --version}). */
  private static Path mvnw;

  /** The output and exit code of one nested Maven build. */
  private record Build(int exit, String output, Path project) {
    String describe() {
      return "nested Maven run in " + project + " exited " + exit + "; its output:\n" + output;
    }
  }

  @BeforeAll
  static void localRepository() throws IOException {
    String version = reactorVersion();
    repo = tmp.resolve("repo");
    Path group = repo.resolve("dev/drivercheck");
    put(group, "drivercheck-parent", version, ROOT.resolve("pom.xml"), null);
    put(group, "drivercheck-annotations", version, ROOT.resolve("annotations/pom.xml"),
        asJar(codeSource(MightSleep.class), tmp.resolve("annotations.jar")));
    put(group, "drivercheck-checker", version, ROOT.resolve("checker/pom.xml"),
        asJar(codeSource(DriverCheckPlugin.class), tmp.resolve("checker.jar")));
  }

  @Test
  void readmeSetupBlockIsTheProjectsPom() throws IOException {
    List<String> blocks = fencedBlocks(mavenSetupSection());
    assertTrue(blocks.size() >= 2, "README \"Maven setup\": expected an xml block and a "
        + ".mvn/jvm.config block, found " + blocks.size() + " fenced blocks");
    String pomBlock = pomSetupBlock();
    assertEquals("xml\n" + pomBlock, blocks.get(0),
        "README \"Maven setup\" must show test-inputs/maven-consumer/pom.xml's block between "
            + BEGIN + " and " + END + " verbatim (less its two-space indent); copy it:\n"
            + pomBlock);
    String jvmConfig = read(PROJECT.resolve(".mvn/jvm.config"));
    assertEquals("\n" + jvmConfig, blocks.get(1),
        "README \"Maven setup\" must show test-inputs/maven-consumer/.mvn/jvm.config verbatim;"
            + " copy it:\n" + jvmConfig);
  }

  @Test
  void setupBlockNamesTheReactorsVersions() throws IOException {
    String block = pomSetupBlock();
    String version = reactorVersion();
    for (String artifact : List.of("drivercheck-annotations", "drivercheck-checker")) {
      Matcher m = Pattern.compile("<artifactId>" + artifact + "</artifactId>\\s*<version>([^<]*)<")
          .matcher(block);
      assertTrue(m.find(), "the setup block names no version of " + artifact + ":\n" + block);
      assertEquals(version, m.group(1), artifact + " version in the setup block");
    }
    Matcher compiler = Pattern.compile(
        "<artifactId>maven-compiler-plugin</artifactId>\\s*<version>([^<]*)<").matcher(block);
    assertTrue(compiler.find(), "the setup block pins no maven-compiler-plugin version:\n" + block);
    assertEquals(property(read(ROOT.resolve("pom.xml")), "compiler.plugin.version"),
        compiler.group(1), "maven-compiler-plugin version in the setup block (the reactor's own"
            + " compiler.plugin.version, so that the offline nested build finds it)");
  }

  @Test
  void sleepUnderSpinlockFailsTheBuild() throws IOException {
    Build b = mavenCompile("broken", null);
    assertNotEquals(0, b.exit(), b.describe());
    assertTrue(b.output().contains("BUILD FAILURE"), b.describe());

    int line = lineOf(b.project().resolve(DEVICE), "firmware.waitForAck();");
    String at = DEVICE + ":[" + line + ",";
    List<String> diagnostics = b.output().lines()
        .filter(l -> l.startsWith("[ERROR] ") && l.contains("[SleepInAtomic]"))
        .map(l -> l.substring("[ERROR] ".length()).replace('\\', '/'))
        .distinct()
        .collect(Collectors.toList());
    assertEquals(1, diagnostics.size(), "expected exactly one [SleepInAtomic] diagnostic; "
        + b.describe());
    String d = diagnostics.get(0);
    assertTrue(d.contains(at) && d.indexOf(at) < d.indexOf("[SleepInAtomic]"),
        "expected the diagnostic at " + at + "...]: " + d + "\n" + b.describe());
    assertTrue(d.contains("Firmware.waitForAck() may sleep while SpinLock Device.lock"),
        "unexpected message: " + d);
    assertFalse(b.output().contains("[InternalError]"), b.describe());
  }

  @Test
  void sleepAfterUnlockPasses() throws IOException {
    Build b = mavenCompile("fixed", device -> replaceOnce(device, BROKEN_BODY, FIXED_BODY));
    assertPasses(b);
  }

  @Test
  void suppressedSleepPasses() throws IOException {
    Build b = mavenCompile("suppressed", device -> replaceOnce(device, METHOD,
        "    @SuppressWarnings(\"SleepInAtomic\")\n" + METHOD));
    assertPasses(b);
  }

  private static void assertPasses(Build b) {
    assertEquals(0, b.exit(), b.describe());
    assertTrue(b.output().contains("BUILD SUCCESS"), b.describe());
    assertFalse(b.output().contains("[SleepInAtomic]"), b.describe());
    assertFalse(b.output().contains("[InternalError]"), b.describe());
  }

  // ---------------------------------------------------------------- the nested build

  private interface Edit {
    String apply(String device);
  }

  /** Copies the project to a fresh folder, edits Device.java, runs {@code ./mvnw -o compile}. */
  private static Build mavenCompile(String variant, Edit edit) throws IOException {
    Path wrapper = wrapper();
    Path project = tmp.resolve(variant);
    copyProject(PROJECT, project);
    if (edit != null) {
      Path device = project.resolve(DEVICE);
      Files.writeString(device, edit.apply(read(device)), StandardCharsets.UTF_8);
    }
    return run(project, tmp.resolve(variant + ".log"), wrapper.toString(), "-B", "-o",
        "-f", project.resolve("pom.xml").toString(),
        "-Dmaven.repo.local=" + repo,
        "-Dmaven.repo.local.tail=" + outerRepository(),
        "compile");
  }

  /**
   * The repository's Maven wrapper, after checking that it runs at all: the only reason to skip
   * (an assumption, reported as skipped with the reason) is a JDK without javac or a wrapper that
   * cannot start.
   */
  private static synchronized Path wrapper() throws IOException {
    if (mvnw != null) {
      return mvnw;
    }
    Path javac = Path.of(System.getProperty("java.home"), "bin", windows() ? "javac.exe" : "javac");
    assumeTrue(Files.isExecutable(javac), "no JDK javac next to the running JVM (" + javac
        + "): cannot run a nested Maven build");
    Path w = ROOT.resolve(windows() ? "mvnw.cmd" : "mvnw");
    assumeTrue(Files.isRegularFile(w) && (windows() || Files.isExecutable(w)),
        "no executable Maven wrapper at " + w + ": cannot run a nested Maven build");
    Build version;
    try {
      version = run(tmp, tmp.resolve("mvnw-version.log"), w.toString(), "-B", "--version");
    } catch (IOException e) {
      assumeTrue(false, "cannot start " + w + ": " + e);
      throw e;
    }
    assumeTrue(version.exit() == 0 && version.output().contains("Apache Maven"),
        "the Maven wrapper does not run here (offline without its distribution?): "
            + version.describe());
    mvnw = w;
    return w;
  }

  /** Runs a command in {@code dir} with this JVM's JDK, its output (both streams) into a log. */
  private static Build run(Path dir, Path log, String... cmd) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("MAVEN_SKIP_RC", "true");      // no ~/.mavenrc or /etc/mavenrc
    env.remove("MAVEN_ARGS");              // no outer arguments
    env.remove("MAVEN_OPTS");              // the project's .mvn/jvm.config alone must do
    Process p = pb.start();
    boolean done;
    try {
      done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("'" + String.join(" ", cmd) + "' timed out after " + TIMEOUT_MINUTES
          + " minutes; its output:\n" + read(log));
    }
    return new Build(p.exitValue(), read(log), dir);
  }

  /** The outer build's local repository (surefire passes it), else ~/.m2/repository. */
  private static Path outerRepository() {
    String prop = System.getProperty("drivercheck.localRepository");
    if (prop != null && !prop.isBlank() && !prop.contains("${")) {
      return Path.of(prop);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.collect(Collectors.toList())) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() > 0 && rel.getName(0).toString().equals("target")) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the local repository

  /** Lays out {@code groupDir/artifact/version/artifact-version.{pom,jar}} as Maven installs it. */
  private static void put(Path groupDir, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path dir = Files.createDirectories(groupDir.resolve(artifact).resolve(version));
    Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
    }
  }

  private static Path codeSource(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("cannot locate the jar or folder of " + c.getName(), e);
    }
  }

  /**
   * The jar itself, or a jar made from a class folder (the reactor hands out
   * {@code target/classes} when it has not packaged yet).
   */
  private static Path asJar(Path location, Path jar) throws IOException {
    if (Files.isRegularFile(location)) {
      return location;
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os, manifest);
        Stream<Path> walk = Files.walk(location)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        String name = location.relativize(p).toString().replace('\\', '/');
        if (name.equals("META-INF/MANIFEST.MF")) {
          continue;
        }
        out.putNextEntry(new ZipEntry(name));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  // ---------------------------------------------------------------- README and pom text

  /** The README's "## Maven setup" section, up to the next level-2 heading. */
  private static String mavenSetupSection() {
    String readme = read(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Maven setup\n");
    assertTrue(start >= 0, "README.md has no \"## Maven setup\" section");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** Each fenced block: its info string, a newline, then its lines (each ending in a newline). */
  private static List<String> fencedBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder cur = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("```")) {
        if (cur == null) {
          cur = new StringBuilder(line.substring(3).trim()).append('\n');
        } else {
          blocks.add(cur.toString());
          cur = null;
        }
      } else if (cur != null) {
        cur.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** The consumer pom's lines between the BEGIN and END markers, less a two-space indent. */
  private static String pomSetupBlock() {
    List<String> lines = read(PROJECT.resolve("pom.xml")).lines().collect(Collectors.toList());
    int begin = lines.indexOf("  " + BEGIN);
    int end = lines.indexOf("  " + END);
    assertTrue(begin >= 0 && end > begin, "test-inputs/maven-consumer/pom.xml must hold the lines "
        + "'  " + BEGIN + "' and '  " + END + "'");
    StringBuilder sb = new StringBuilder();
    for (String l : lines.subList(begin + 1, end)) {
      assertTrue(l.isEmpty() || l.startsWith("  "), "setup block line not indented: " + l);
      sb.append(l.isEmpty() ? "" : l.substring(2)).append('\n');
    }
    return sb.toString();
  }

  private static String reactorVersion() {
    String pom = read(ROOT.resolve("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>drivercheck-parent</artifactId>\\s*<version>([^<]+)<")
        .matcher(pom);
    assertTrue(m.find(), "no drivercheck-parent version in " + ROOT.resolve("pom.xml"));
    return m.group(1);
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(pom);
    assertTrue(m.find(), "no property " + name + " in the root pom");
    return m.group(1);
  }

  private static int lineOf(Path file, String text) {
    List<String> lines = InputCase.lines(file);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        assertEquals(-1, found, "more than one line of " + file + " holds " + text);
        found = i + 1;
      }
    }
    assertTrue(found > 0, "no line of " + file + " holds " + text);
    return found;
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "test-inputs/maven-consumer/" + DEVICE
        + " no longer holds exactly one\n" + from + "(update MavenConsumerTest's edits)");
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase().contains("win");
  }
}
