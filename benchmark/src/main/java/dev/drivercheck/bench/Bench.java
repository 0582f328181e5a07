package dev.drivercheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark: generates the projects, checks that DriverCheck finds exactly the planted bugs
 * (and nothing in the clean variants), then times plain javac, javac with DriverCheck, with the
 * Checker Framework Lock Checker and with Error Prone, in alternation, each in a fresh JVM.
 * Started by {@code benchmark/run}; see README's Benchmark section.
 */
public final class Bench {
  private Bench() {}

  static final List<String> ALL_TOOLS = List.of("plain", "drivercheck", "lockchecker", "errorprone");
  static final String PLUGIN = "-Xplugin:DriverCheck failOnInternalError=true";

  // Options.
  private final List<Integer> sizes = new ArrayList<>(List.of(10_000, 50_000, 200_000));
  private int runs = 5;
  private List<String> tools = new ArrayList<>(ALL_TOOLS);
  private boolean sample = true;
  private final List<Integer> graphLocks = new ArrayList<>(List.of(2_500, 10_000));
  private int graphEdgesPerLock = 5;
  private int graphCycles = 10;
  private String xmx = "3g";
  private long seed = 42;
  private int bugs = 2;
  private boolean profile;
  private Path work = Path.of("benchmark/target/bench");
  private Path repo = Path.of(".");
  private Path lib = Path.of("benchmark/target/lib");
  private Path epCp;
  private Path cfCp;
  private Path out;

  /** A project to compile: sources, class path, and how its DriverCheck reports are judged. */
  record Subject(String name, Path root, List<Path> sourceRoots, List<Path> classPath, int lines,
      int files, Expect expect) {}

  /** How DriverCheck's reports on a subject are judged. */
  record Expect(boolean markers, String onlyRule, int count) {
    static final Expect CLEAN = new Expect(false, null, 0);
    static final Expect MARKERS = new Expect(true, null, 0);
  }

  record Sample(String tool, double seconds, long rssKb, int findings) {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("generate")) {
      generate(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length == 2 && args[0].equals("summarize-jfr")) {
      System.out.println(Profile.summarize(Path.of(args[1]), 25));
      return;
    }
    Bench b = new Bench();
    try {
      b.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    int rc = b.run();
    System.exit(rc);
  }

  static final String USAGE = """
      usage: benchmark/run [--sizes 10k,50k,200k] [--runs 5] [--tools plain,drivercheck,lockchecker,errorprone]
                           [--graph 2500,10000] [--graph-edges 5] [--graph-cycles 10] [--no-sample]
                           [--bugs 2] [--seed 42] [--xmx 3g] [--profile] [--out FILE]
             benchmark/run generate [--lines 10k] [--bugs 0] [--seed 42] [--graph LOCKS [--cycles N]] DIR""";

  private static int size(String s) {
    s = s.trim().toLowerCase(Locale.ROOT);
    int mul = 1;
    if (s.endsWith("k")) {
      mul = 1000;
      s = s.substring(0, s.length() - 1);
    }
    return Integer.parseInt(s) * mul;
  }

  private void parse(String[] a) {
    for (int i = 0; i < a.length; i++) {
      String o = a[i];
      String v = i + 1 < a.length ? a[i + 1] : null;
      switch (o) {
        case "--sizes" -> {
          sizes.clear();
          if (!need(o, v).isBlank() && !v.equals("none")) {
            for (String s : v.split(",")) {
              sizes.add(size(s));
            }
          }
          i++;
        }
        case "--runs" -> { runs = Integer.parseInt(need(o, v)); i++; }
        case "--tools" -> {
          tools = new ArrayList<>(List.of(need(o, v).split(",")));
          for (String t : tools) {
            if (!ALL_TOOLS.contains(t)) {
              throw new IllegalArgumentException("unknown tool " + t + "; known: " + ALL_TOOLS);
            }
          }
          if (!tools.contains("plain")) {
            tools.add(0, "plain");
          }
          i++;
        }
        case "--graph" -> {
          graphLocks.clear();
          if (!need(o, v).equals("none")) {
            for (String s : v.split(",")) {
              graphLocks.add(size(s));
            }
          }
          i++;
        }
        case "--graph-edges" -> { graphEdgesPerLock = Integer.parseInt(need(o, v)); i++; }
        case "--graph-cycles" -> { graphCycles = Integer.parseInt(need(o, v)); i++; }
        case "--no-sample" -> sample = false;
        case "--bugs" -> { bugs = Integer.parseInt(need(o, v)); i++; }
        case "--seed" -> { seed = Long.parseLong(need(o, v)); i++; }
        case "--xmx" -> { xmx = need(o, v); i++; }
        case "--profile" -> profile = true;
        case "--out" -> { out = Path.of(need(o, v)); i++; }
        case "--work" -> { work = Path.of(need(o, v)); i++; }
        case "--repo" -> { repo = Path.of(need(o, v)); i++; }
        case "--lib" -> { lib = Path.of(need(o, v)); i++; }
        case "--ep-classpath" -> { epCp = Path.of(need(o, v)); i++; }
        case "--cf-classpath" -> { cfCp = Path.of(need(o, v)); i++; }
        case "-h", "--help" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + o);
      }
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    if (bugs < 1) {
      throw new IllegalArgumentException("--bugs must be at least 1");
    }
  }

  private static String need(String o, String v) {
    if (v == null) {
      throw new IllegalArgumentException(o + " needs a value");
    }
    return v;
  }

  private static void generate(String[] a) throws IOException {
    int lines = 10_000;
    int bugs = 0;
    long seed = 42;
    int graph = 0;
    int cycles = 0;
    Path dir = null;
    for (int i = 0; i < a.length; i++) {
      switch (a[i]) {
        case "--lines" -> lines = size(a[++i]);
        case "--bugs" -> bugs = Integer.parseInt(a[++i]);
        case "--seed" -> seed = Long.parseLong(a[++i]);
        case "--graph" -> graph = size(a[++i]);
        case "--cycles" -> cycles = Integer.parseInt(a[++i]);
        default -> dir = Path.of(a[i]);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("generate: no output folder\n" + USAGE);
    }
    Project p = graph > 0
        ? LockGraphGenerator.generate("graph", seed, graph, 5, cycles)
        : DriverGenerator.generate("gen", GenConfig.defaults(lines).withSeed(seed).withBugs(bugs));
    Javac.deleteTree(dir);
    p.writeTo(dir);
    System.out.println("wrote " + p.files().size() + " files, " + p.lineCount() + " lines to " + dir);
  }

  // ------------------------------------------------------------------------------------------

  private List<Path> libJars() throws IOException {
    try (Stream<Path> s = Files.list(lib)) {
      return s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
  }

  private Path libJar(String prefix) throws IOException {
    for (Path p : libJars()) {
      if (p.getFileName().toString().startsWith(prefix)) {
        return p;
      }
    }
    throw new IllegalStateException("no " + prefix + "*.jar in " + lib + ": run benchmark/run");
  }

  private static List<Path> readClassPath(Path file) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String s : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
      if (!s.isBlank()) {
        out.add(Path.of(s.trim()));
      }
    }
    return out;
  }

  private Subject subject(String name, Project p, List<Path> cp, Expect e) throws IOException {
    Path root = work.resolve(name);
    Javac.deleteTree(root);
    Path src = root.resolve("src");
    p.writeTo(src);
    return finish(name, root, List.of(src), cp, e);
  }

  private Subject finish(String name, Path root, List<Path> srcRoots, List<Path> cp, Expect e)
      throws IOException {
    Files.createDirectories(root);
    List<Path> files = new ArrayList<>();
    for (Path s : srcRoots) {
      try (Stream<Path> w = Files.walk(s)) {
        w.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    int lines = 0;
    StringBuilder arg = new StringBuilder();
    for (Path f : files) {
      lines += Files.readAllLines(f, StandardCharsets.UTF_8).size();
      arg.append('"').append(f.toAbsolutePath().toString().replace("\\", "\\\\")).append("\"\n");
    }
    Files.writeString(root.resolve("sources.txt"), arg);
    return new Subject(name, root, srcRoots, cp, lines, files.size(), e);
  }

  private List<String> argsFor(String tool, Subject s) throws IOException {
    List<Path> cp = new ArrayList<>(s.classPath());
    if (tool.equals("lockchecker")) {
      // The Lock Checker needs its qualifiers (checker-qual) on the class path of the code.
      cp.addAll(readClassPath(cfCp));
    }
    List<String> a = new ArrayList<>(List.of("-cp", Javac.classPath(cp),
        "-encoding", "UTF-8", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    switch (tool) {
      case "plain" -> a.add("-proc:none");
      case "drivercheck" -> {
        a.add("-proc:none");
        a.addAll(List.of("-processorpath", Javac.classPath(libJars()), PLUGIN));
      }
      case "lockchecker" -> a.addAll(List.of("-processorpath",
          Javac.classPath(readClassPath(cfCp)), "-processor",
          "org.checkerframework.checker.lock.LockChecker", "-Awarns"));
      case "errorprone" -> {
        a.add("-proc:none");
        a.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
            "-processorpath", Javac.classPath(readClassPath(epCp)), "-Xplugin:ErrorProne"));
      }
      default -> throw new IllegalArgumentException(tool);
    }
    return a;
  }

  private List<String> jvmFlags() {
    List<String> f = new ArrayList<>();
    f.add("-Xmx" + xmx);
    f.addAll(Javac.INTERNALS);
    return f;
  }

  private Javac.Result javac(String tool, Subject s, List<String> extraJvm) throws Exception {
    List<String> jvm = jvmFlags();
    jvm.addAll(extraJvm);
    Path scratch = work.resolve("scratch");
    Files.createDirectories(scratch);
    return Javac.run(jvm, argsFor(tool, s), s.root().resolve("sources.txt"), scratch);
  }

  /** Runs DriverCheck once over {@code s} and fails loudly unless the reports are as expected. */
  private List<Findings.Finding> verify(Subject s) throws Exception {
    Javac.Result r = javac("drivercheck", s, List.of());
    List<String> errors = Findings.javacErrors(r.output());
    if (!errors.isEmpty()) {
      throw new IllegalStateException(s.name() + ": does not compile or DriverCheck failed:\n"
          + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
    }
    List<Findings.Finding> actual = Findings.parse(r.output(), s.sourceRoots().get(0));
    List<String> problems = new ArrayList<>();
    if (s.expect().markers()) {
      List<Findings.Finding> expected = Findings.markers(s.sourceRoots().get(0));
      if (expected.isEmpty()) {
        problems.add("no planted bug marker found");
      }
      problems.addAll(Findings.diff(expected, actual));
      if (problems.isEmpty()) {
        System.out.println("  " + s.name() + ": every planted bug found, nothing else: "
            + Findings.perRule(actual));
      }
    } else if (s.expect().onlyRule() != null) {
      Map<String, Integer> per = Findings.perRule(actual);
      int n = per.getOrDefault(s.expect().onlyRule(), 0);
      if (n != s.expect().count() || per.size() != 1) {
        problems.add("expected " + s.expect().count() + " [" + s.expect().onlyRule()
            + "] and nothing else, got " + per);
      } else {
        System.out.println("  " + s.name() + ": " + per);
      }
    } else {
      for (Findings.Finding f : actual) {
        problems.add("unexpected in clean code: " + f);
      }
      if (problems.isEmpty()) {
        System.out.println("  " + s.name() + ": clean, 0 findings");
      }
    }
    if (!problems.isEmpty()) {
      System.err.println(r.output());
      throw new IllegalStateException(s.name() + ": DriverCheck's reports are not as planted:\n  "
          + String.join("\n  ", problems.subList(0, Math.min(50, problems.size()))));
    }
    return actual;
  }

  private int run() throws Exception {
    if (tools.contains("errorprone") && (epCp == null || !Files.exists(epCp))) {
      throw new IllegalStateException("--ep-classpath FILE is needed for errorprone");
    }
    if (tools.contains("lockchecker") && (cfCp == null || !Files.exists(cfCp))) {
      throw new IllegalStateException("--cf-classpath FILE is needed for lockchecker");
    }
    Files.createDirectories(work);
    Path annotations = libJar("drivercheck-annotations");
    Path kernel = libJar("kernel");
    List<Path> genCp = List.of(annotations, kernel);

    System.out.println("benchmark: generating and verifying (DriverCheck once per project)");
    List<Subject> timed = new ArrayList<>();
    List<Subject> checkOnly = new ArrayList<>();
    if (sample) {
      Path sd = repo.resolve("sample-driver");
      timed.add(finish("sample-driver", work.resolve("sample-driver"),
          List.of(sd.resolve("kernel/src/main/java"), sd.resolve("asahi/src/main/java")),
          List.of(annotations), Expect.CLEAN));
    }
    for (int size : sizes) {
      GenConfig cfg = GenConfig.defaults(size).withSeed(seed);
      String n = label(size);
      timed.add(subject("gen-" + n, DriverGenerator.generate("gen-" + n, cfg), genCp,
          Expect.CLEAN));
      checkOnly.add(subject("gen-" + n + "-bugs",
          DriverGenerator.generate("gen-" + n + "-bugs", cfg.withBugs(bugs)), genCp,
          Expect.MARKERS));
    }
    for (int locks : graphLocks) {
      String n = "graph-" + label(locks) + "locks";
      timed.add(subject(n, LockGraphGenerator.generate(n, seed, locks, graphEdgesPerLock, 0),
          genCp, Expect.CLEAN));
      if (graphCycles > 0) {
        checkOnly.add(subject(n + "-cycles", LockGraphGenerator.generate(n, seed, locks,
            graphEdgesPerLock, graphCycles), genCp,
            new Expect(false, "LockOrderInversion", graphCycles)));
      }
    }
    for (Subject s : timed) {
      verify(s);
    }
    for (Subject s : checkOnly) {
      verify(s);
    }

    System.out.println("benchmark: timing " + tools + ", " + runs + " run(s) each, alternating");
    Map<String, List<Sample>> results = new LinkedHashMap<>();
    StringBuilder raw = new StringBuilder("project\trun\ttool\tseconds\tmax_rss_kb\tfindings\texit\n");
    for (Subject s : timed) {
      javac("plain", s, List.of()); // warm the file cache; not recorded
      List<Sample> list = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        for (int k = 0; k < tools.size(); k++) {
          String tool = tools.get((k + r) % tools.size());
          Javac.Result res = javac(tool, s, List.of());
          int findings = findingsOf(tool, res, s);
          if (res.exitCode() != 0) {
            throw new IllegalStateException(s.name() + ": " + tool + " exited " + res.exitCode()
                + ":\n" + res.output());
          }
          if (tool.equals("drivercheck") && findings != 0) {
            throw new IllegalStateException(s.name() + ": DriverCheck reported " + findings
                + " findings in clean code:\n" + res.output());
          }
          list.add(new Sample(tool, res.seconds(), res.maxRssKb(), findings));
          raw.append(String.join("\t", s.name(), String.valueOf(r), tool,
              String.format(Locale.ROOT, "%.3f", res.seconds()), String.valueOf(res.maxRssKb()),
              String.valueOf(findings), String.valueOf(res.exitCode()))).append('\n');
          System.out.printf(Locale.ROOT, "  %-22s run %d %-12s %7.2f s %7.0f MB%n", s.name(), r + 1,
              tool, res.seconds(), res.maxRssKb() / 1024.0);
        }
      }
      results.put(s.name(), list);
    }
    Files.writeString(work.resolve("raw.tsv"), raw);

    String table = table(timed, results);
    String verdict = verdict(timed, results);
    System.out.println();
    System.out.println(machine());
    System.out.println();
    System.out.println(table);
    System.out.println(verdict);
    if (out != null) {
      Files.writeString(out, machine() + "\n\n" + table + "\n" + verdict + "\n");
    }
    if (profile && !sizes.isEmpty()) {
      Subject big = timed.stream().filter(s -> s.name().equals("gen-" + label(
          sizes.get(sizes.size() - 1)))).findFirst().orElseThrow();
      profile(big);
    }
    return 0;
  }

  private int findingsOf(String tool, Javac.Result r, Subject s) {
    if (tool.equals("drivercheck")) {
      return Findings.parse(r.output(), s.sourceRoots().get(0)).size();
    }
    if (tool.equals("plain")) {
      return 0;
    }
    // Lock Checker (-Awarns) and Error Prone: count their diagnostics, for the record only.
    int n = 0;
    for (String l : r.output().split("\n")) {
      if (l.matches("^.+\\.java:\\d+: (error|warning): \\[.*")) {
        n++;
      }
    }
    return n;
  }

  static String label(int n) {
    return n % 1000 == 0 ? (n / 1000) + "k" : String.valueOf(n);
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static double med(List<Sample> l, String tool, boolean rss) {
    return median(l.stream().filter(x -> x.tool().equals(tool))
        .map(x -> rss ? x.rssKb() / 1024.0 : x.seconds()).collect(Collectors.toList()));
  }

  private String table(List<Subject> subjects, Map<String, List<Sample>> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("| project | lines | files | tool | median wall s | × plain | median peak RSS MB | × plain | reports |\n");
    sb.append("|---|---:|---:|---|---:|---:|---:|---:|---:|\n");
    for (Subject s : subjects) {
      List<Sample> l = results.get(s.name());
      double pt = med(l, "plain", false);
      double pm = med(l, "plain", true);
      for (String tool : tools) {
        double t = med(l, tool, false);
        double m = med(l, tool, true);
        int f = l.stream().filter(x -> x.tool().equals(tool)).mapToInt(Sample::findings).max()
            .orElse(0);
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.2f | %.2f | %.0f | %.2f | %s |%n",
            s.name(), s.lines(), s.files(), toolName(tool), t, t / pt, m, m / pm,
            tool.equals("plain") ? "" : String.valueOf(f)));
      }
    }
    return sb.toString();
  }

  static String toolName(String tool) {
    return switch (tool) {
      case "plain" -> "javac";
      case "drivercheck" -> "javac -Xplugin:DriverCheck";
      case "lockchecker" -> "javac + CF Lock Checker";
      case "errorprone" -> "javac + Error Prone";
      default -> tool;
    };
  }

  private String verdict(List<Subject> subjects, Map<String, List<Sample>> results) {
    StringBuilder sb = new StringBuilder();
    List<Subject> gens = subjects.stream().filter(s -> s.name().startsWith("gen-"))
        .collect(Collectors.toList());
    List<Subject> graphs = subjects.stream().filter(s -> s.name().startsWith("graph-"))
        .collect(Collectors.toList());
    if (!tools.contains("drivercheck") || gens.isEmpty()) {
      return "";
    }
    sb.append("DriverCheck cost per 10k lines (extra seconds over plain javac): ");
    List<String> parts = new ArrayList<>();
    for (Subject s : gens) {
      List<Sample> l = results.get(s.name());
      double extra = med(l, "drivercheck", false) - med(l, "plain", false);
      parts.add(String.format(Locale.ROOT, "%s %.2f s", s.name(), extra * 10_000 / s.lines()));
    }
    for (Subject s : graphs) {
      List<Sample> l = results.get(s.name());
      double extra = med(l, "drivercheck", false) - med(l, "plain", false);
      parts.add(String.format(Locale.ROOT, "%s %.2f s", s.name(), extra * 10_000 / s.lines()));
    }
    sb.append(String.join(", ", parts)).append('\n');
    Subject big = gens.get(gens.size() - 1);
    List<Sample> l = results.get(big.name());
    double tr = med(l, "drivercheck", false) / med(l, "plain", false);
    double mr = med(l, "drivercheck", true) / med(l, "plain", true);
    boolean ok = tr <= 1.25 && mr <= 1.3;
    sb.append(String.format(Locale.ROOT,
        "Budget at %s (DriverCheck <= 1.25x plain time, <= 1.3x peak memory): time %.2fx, memory %.2fx: %s%n",
        big.name(), tr, mr, ok ? "HOLDS" : "OVER BUDGET"));
    return sb.toString();
  }

  static String machine() {
    String cpu = "?";
    long memKb = 0;
    try {
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          cpu = l.substring(l.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          memKb = Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave the question marks
    }
    String load = "?";
    try {
      load = Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      // not Linux
    }
    return String.format(Locale.ROOT,
        "Machine: %d CPUs (%s), %.0f GiB RAM, JDK %s (%s), %s; load average at the end: %s",
        Runtime.getRuntime().availableProcessors(), cpu, memKb / 1024.0 / 1024.0,
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        LocalDate.now(), load);
  }

  /**
   * One DriverCheck run and one plain run with JFR (profile settings), summarized: DriverCheck's
   * top frames and allocation, and both runs' largest live heap (after GC).
   */
  private void profile(Subject s) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String tool : List.of("drivercheck", "plain")) {
      Path jfr = work.resolve(tool + "-" + s.name() + ".jfr").toAbsolutePath();
      Files.deleteIfExists(jfr);
      System.out.println("benchmark: profiling one " + tool + " run over " + s.name() + " -> " + jfr);
      Javac.Result r = javac(tool, s, List.of("-XX:+FlightRecorder",
          "-XX:StartFlightRecording=settings=profile,filename=" + jfr));
      if (r.exitCode() != 0) {
        throw new IllegalStateException("profiled run failed:\n" + r.output());
      }
      all.append("== ").append(toolName(tool)).append(", ").append(s.name())
          .append(String.format(Locale.ROOT, " (%.1f s, %.0f MB peak RSS under JFR)%n",
              r.seconds(), r.maxRssKb() / 1024.0))
          .append(Profile.summarize(jfr, tool.equals("plain") ? 5 : 25)).append('\n');
    }
    Files.writeString(work.resolve("profile.txt"), all);
    System.out.println(all);
  }
}
