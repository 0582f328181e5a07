package dev.drivercheck.cli.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0, as GitHub code scanning uploads it. One run; the driver
 * lists every rule (help pointing at {@code docs/rules/<Rule>.md}); each result has its rule, level,
 * message (with the evidence lines), the range relative to {@code %SRCROOT%} (the working folder),
 * a related location per evidence step that has a place, and a line-independent partial
 * fingerprint ({@link Fingerprints}). With a baseline only the new findings are results, marked
 * {@code baselineState: new}.
 */
public final class SarifFormat {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  /** The key of our fingerprints in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = Fingerprints.VERSION;

  private SarifFormat() {}

  public static String render(Report r) {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "DriverCheck");
    driver.put("version", r.toolVersion());
    if (r.docsBase() != null) {
      driver.put("informationUri", r.docsBase().resolve("README.md").toString());
    }
    List<RuleCatalog.Info> rules = r.rules().withRulesOf(r.shown());
    Map<String, Integer> index = new HashMap<>();
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleCatalog.Info rule : rules) {
      index.put(rule.name(), index.size());
      ruleNodes.add(rule(rule, r));
    }
    run.putObject("originalUriBaseIds").putObject(SRCROOT)
        .put("uri", directoryUri(r.base().toAbsolutePath().normalize().toUri()));
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", r.notAnalyzed().isEmpty());
    if (!r.notAnalyzed().isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (String file : r.notAnalyzed()) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", "not analyzed: " + file + " does not compile");
        n.putArray("locations").addObject().set("physicalLocation", artifactOnly(file));
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : r.shown()) {
      results.add(result(f, index.get(f.rule()), r.baselineUsed()));
    }
    run.put("columnKind", "utf16CodeUnits");
    return Json.pretty(root);
  }

  private static ObjectNode rule(RuleCatalog.Info rule, Report r) {
    ObjectNode n = Json.object();
    n.put("id", rule.name());
    n.put("name", rule.name());
    String summary = sentence(rule.summary());
    n.putObject("shortDescription").put("text", summary);
    n.putObject("fullDescription").put("text", summary + " Severity: " + rule.severity()
        + ". Suppress with @SuppressWarnings(\"" + rule.name() + "\").");
    URI help = r.helpUri(rule.name());
    String where = help != null ? help.toString() : rule.docsPath();
    ObjectNode h = n.putObject("help");
    h.put("text", summary + " What it catches, why it matters in a driver, a bad and a good"
        + " example and how to fix or suppress it: " + where);
    h.put("markdown", "**" + rule.name() + "**: " + summary + "\n\nWhat it catches, why it"
        + " matters in a driver, a bad and a good example and how to fix or suppress it: ["
        + rule.docsPath() + "](" + where + ")");
    if (help != null) {
      n.put("helpUri", help.toString());
    }
    n.putObject("defaultConfiguration").put("level", rule.severity());
    ObjectNode props = n.putObject("properties");
    props.putArray("tags").add("drivercheck").add("correctness");
    props.put("precision", "high");
    props.put("problem.severity", rule.severity());
    return n;
  }

  private static ObjectNode result(Finding f, int ruleIndex, boolean baselineUsed) {
    ObjectNode n = Json.object();
    n.put("ruleId", f.rule());
    n.put("ruleIndex", ruleIndex);
    n.put("level", f.isError() ? "error" : "warning");
    StringBuilder text = new StringBuilder(f.message().strip());
    for (Evidence e : f.evidence()) {
      text.append('\n').append(e.text().strip());
    }
    n.putObject("message").put("text", text.toString());
    n.putArray("locations").addObject().set("physicalLocation", physical(f.location()));
    ArrayNode related = Json.array();
    int id = 1;
    for (Evidence e : f.evidence()) {
      if (e.location() != null) {
        ObjectNode rl = related.addObject();
        rl.put("id", id++);
        rl.set("physicalLocation", physical(e.location()));
        rl.putObject("message").put("text", e.text().strip());
      }
    }
    if (!related.isEmpty()) {
      n.set("relatedLocations", related);
    }
    n.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint() + ":" + f.occurrence());
    if (baselineUsed) {
      n.put("baselineState", "new");
    }
    return n;
  }

  static ObjectNode physical(Location l) {
    ObjectNode n = artifactOnly(l.file());
    int startLine = l.startLine() > 0 ? l.startLine() : l.line();
    if (startLine > 0) {
      ObjectNode region = n.putObject("region");
      region.put("startLine", startLine);
      int startColumn = l.startLine() > 0 ? l.startColumn() : l.column();
      if (startColumn > 0) {
        region.put("startColumn", startColumn);
      }
      if (l.endLine() >= startLine) {
        region.put("endLine", l.endLine());
        if (l.endColumn() > 0 && (l.endLine() > startLine || l.endColumn() >= startColumn)) {
          region.put("endColumn", l.endColumn());
        }
      }
    }
    return n;
  }

  /** {@code {"artifactLocation": {"uri": "src/Vm.java", "uriBaseId": "%SRCROOT%"}}}. */
  private static ObjectNode artifactOnly(String file) {
    ObjectNode n = Json.object();
    ObjectNode artifact = n.putObject("artifactLocation");
    if (file.startsWith("/")) {
      artifact.put("uri", java.nio.file.Path.of(file).toUri().toString());
    } else {
      artifact.put("uri", relativeUri(file));
      artifact.put("uriBaseId", SRCROOT);
    }
    return n;
  }

  /** A relative path as a URI reference: segments percent-encoded where needed. */
  static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return path.replace(" ", "%20");
    }
  }

  private static String directoryUri(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  private static String sentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return t;
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
