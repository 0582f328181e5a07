package dev.drivercheck.cli.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format json}: every current finding (new and baselined), the baseline's fixed entries
 * and a summary. Documented in the README ("JSON report"); version 1. Paths are relative to the
 * working folder; fields always appear in this order.
 */
public final class JsonFormat {
  public static final int VERSION = 1;

  private JsonFormat() {}

  public static String render(Report r) {
    ObjectNode root = Json.object();
    root.put("version", VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "DriverCheck");
    tool.put("version", r.toolVersion());
    List<Finding> all = new ArrayList<>(r.match().fresh());
    all.addAll(r.match().baselined());
    all.sort(Finding.ORDER);
    long errors = r.errorCount();
    ObjectNode summary = root.putObject("summary");
    summary.put("analyzedFiles", r.analyzedFiles());
    ArrayNode failed = summary.putArray("notAnalyzed");
    r.notAnalyzed().forEach(failed::add);
    summary.put("findings", all.size());
    summary.put("new", r.match().fresh().size());
    summary.put("newErrors", errors);
    summary.put("newWarnings", r.match().fresh().size() - errors);
    summary.put("baselined", r.match().baselined().size());
    summary.put("fixed", r.match().fixed().size());
    summary.put("baselineUsed", r.baselineUsed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : all) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule());
      n.put("severity", f.severity());
      n.put("message", f.message());
      n.put("fingerprint", f.fingerprint());
      n.put("occurrence", f.occurrence());
      n.put("baselined", r.match().baselined().contains(f));
      n.set("location", location(f.location()));
      ArrayNode evidence = n.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode en = evidence.addObject();
        en.put("text", e.text());
        if (e.location() == null) {
          en.putNull("location");
        } else {
          en.set("location", location(e.location()));
        }
      }
    }
    ArrayNode fixed = root.putArray("fixed");
    for (Baseline.Entry e : r.match().fixed()) {
      ObjectNode n = fixed.addObject();
      n.put("fingerprint", e.fingerprint());
      n.put("rule", e.rule());
      n.put("file", e.file());
      n.put("line", e.line());
      n.put("message", e.message());
    }
    return Json.pretty(root);
  }

  static ObjectNode location(Location l) {
    ObjectNode n = Json.object();
    n.put("file", l.file());
    n.put("line", l.line());
    n.put("column", l.column());
    n.put("startLine", l.startLine());
    n.put("startColumn", l.startColumn());
    n.put("endLine", l.endLine());
    n.put("endColumn", l.endColumn());
    n.put("offset", l.offset());
    n.put("endOffset", l.endOffset());
    return n;
  }
}
