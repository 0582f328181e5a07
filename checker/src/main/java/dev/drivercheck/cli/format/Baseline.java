package dev.drivercheck.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline: the findings a project has accepted for now, so that a gate fails only on new ones.
 * Findings are matched by fingerprint ({@link Fingerprints}), not by line, so edits elsewhere that
 * shift lines keep them matched. The file (version 1) is JSON, sorted by file, line, rule and
 * fingerprint, one entry per finding; {@code line} and {@code message} are there for people and
 * are not used for matching:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "tool": "DriverCheck",
 *   "fingerprint": "drivercheck/v1",
 *   "findings": [
 *     {"fingerprint": "3f1c...", "rule": "SleepInAtomic", "file": "src/Vm.java", "line": 42,
 *      "message": "Mutex.lock() may sleep while ..."}
 *   ]
 * }
 * }</pre>
 */
public final class Baseline {
  public static final int VERSION = 1;

  /** One accepted finding. */
  public record Entry(String fingerprint, String rule, String file, int line, String message) {
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
        .thenComparingInt(Entry::line).thenComparing(Entry::rule).thenComparing(Entry::fingerprint)
        .thenComparing(Entry::message);

    static Entry of(Finding f) {
      return new Entry(f.fingerprint(), f.rule(), f.location().file(), f.location().line(),
          f.message());
    }
  }

  /**
   * Current findings sorted against a baseline.
   *
   * @param fresh the findings not in the baseline (these fail the gate)
   * @param baselined the findings the baseline accepts
   * @param fixed the baseline's entries that no current finding matches
   */
  public record Match(List<Finding> fresh, List<Finding> baselined, List<Entry> fixed) {
    /** No baseline: every finding is new. */
    public static Match none(List<Finding> findings) {
      return new Match(findings, List.of(), List.of());
    }
  }

  private Baseline() {}

  /** A baseline file that cannot be understood. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  /**
   * Each fingerprint matches as many findings as the baseline has entries with it; findings are
   * taken in report order, leftover entries are the fixed ones.
   */
  public static Match match(List<Finding> findings, List<Entry> baseline) {
    Map<String, List<Entry>> open = new HashMap<>();
    for (Entry e : baseline) {
      open.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e);
    }
    List<Finding> fresh = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    for (Finding f : findings) {
      List<Entry> entries = open.get(f.fingerprint());
      if (entries != null && !entries.isEmpty()) {
        entries.remove(0);
        accepted.add(f);
      } else {
        fresh.add(f);
      }
    }
    List<Entry> fixed = new ArrayList<>();
    open.values().forEach(fixed::addAll);
    fixed.sort(Entry.ORDER);
    return new Match(List.copyOf(fresh), List.copyOf(accepted), List.copyOf(fixed));
  }

  public static List<Entry> entries(List<Finding> findings) {
    return findings.stream().map(Entry::of).sorted(Entry.ORDER).toList();
  }

  public static String render(List<Entry> entries) {
    ObjectNode root = Json.object();
    root.put("version", VERSION);
    root.put("tool", "DriverCheck");
    root.put("fingerprint", Fingerprints.VERSION);
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries.stream().sorted(Entry.ORDER).toList()) {
      ObjectNode n = list.addObject();
      n.put("fingerprint", e.fingerprint());
      n.put("rule", e.rule());
      n.put("file", e.file());
      n.put("line", e.line());
      n.put("message", e.message());
    }
    return Json.pretty(root);
  }

  public static void write(Path file, List<Entry> entries) throws IOException {
    Files.writeString(file, render(entries), StandardCharsets.UTF_8);
  }

  public static List<Entry> read(Path file) throws IOException, FormatException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<Entry> parse(String text) throws FormatException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("not a DriverCheck baseline (a JSON object)");
    }
    if (root.path("version").asInt(-1) != VERSION) {
      throw new FormatException("baseline version " + root.path("version")
          + " is not supported (this DriverCheck reads version " + VERSION + ")");
    }
    String scheme = root.path("fingerprint").asText(Fingerprints.VERSION);
    if (!scheme.equals(Fingerprints.VERSION)) {
      throw new FormatException("fingerprints of kind " + scheme + " are not supported (this"
          + " DriverCheck makes " + Fingerprints.VERSION + "); rewrite it with --update-baseline");
    }
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new FormatException("no findings array");
    }
    List<Entry> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      String fp = n.path("fingerprint").asText("");
      if (fp.isEmpty()) {
        throw new FormatException("findings[" + i + "]: missing fingerprint");
      }
      out.add(new Entry(fp, n.path("rule").asText(""), n.path("file").asText(""),
          n.path("line").asInt(0), n.path("message").asText("")));
      i++;
    }
    return List.copyOf(out);
  }
}
