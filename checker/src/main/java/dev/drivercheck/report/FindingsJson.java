package dev.drivercheck.report;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The findings of a compilation as JSON (version 1), with everything a report format needs that
 * javac's one-line diagnostics cannot carry: the range (start and end line and column), and each
 * evidence step with its own place (SARIF related locations, HTML excerpts, baseline
 * fingerprints). Written by hand: the plugin carries no JSON library into user builds.
 *
 * <pre>{@code
 * {"version": 1, "findings": [{"rule": "SleepInAtomic", "severity": "error", "message": "...",
 *   "location": {"file": "/abs/Vm.java", "line": 42, "column": 9, "endLine": 42, "endColumn": 27,
 *                "offset": 1201, "endOffset": 1219},
 *   "evidence": [{"text": "calls Mutex.lock at Vm.java:50", "location": {...} or null}]}]}
 * }</pre>
 */
public final class FindingsJson {
  private FindingsJson() {}

  public static void write(List<Finding> findings, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(findings), StandardCharsets.UTF_8);
  }

  static String render(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"findings\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(LockGraphJson.str(f.rule()))
          .append(", \"severity\": ").append(LockGraphJson.str(f.severity() == Severity.ERROR ? "error" : "warning"))
          .append(", \"message\": ").append(LockGraphJson.str(f.message()))
          .append(", \"location\": ").append(location(f.position()))
          .append(", \"evidence\": [");
      for (int j = 0; j < f.evidence().size(); j++) {
        Finding.Evidence e = f.evidence().get(j);
        sb.append(j == 0 ? "" : ", ").append("{\"text\": ").append(LockGraphJson.str(e.text()))
            .append(", \"location\": ").append(e.position() == null ? "null" : location(e.position())).append("}");
      }
      sb.append("]}");
    }
    return sb.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String location(Position p) {
    return "{\"file\": " + LockGraphJson.str(file(p)) + ", \"line\": " + p.line() + ", \"column\": " + p.column()
        + ", \"startLine\": " + p.startLine() + ", \"startColumn\": " + p.startColumn()
        + ", \"endLine\": " + p.endLine() + ", \"endColumn\": " + p.endColumn()
        + ", \"offset\": " + p.start() + ", \"endOffset\": " + p.end() + "}";
  }

  static String file(Position p) {
    try {
      URI uri = p.file().toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).toAbsolutePath().toString() : p.file().getName();
    } catch (RuntimeException e) {
      return p.file().getName();
    }
  }
}
