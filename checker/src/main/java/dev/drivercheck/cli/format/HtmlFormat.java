package dev.drivercheck.cli.format;

import static dev.drivercheck.graph.Escape.xml;

import dev.drivercheck.graph.HtmlRenderer;
import dev.drivercheck.graph.LockGraphModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format html}: one self-contained page (no network, no script needed). Findings grouped
 * by rule with counts; each with its message, a code excerpt read from the source file (the range
 * highlighted), its evidence; the baseline's fixed findings; the lock-class graph drawn as by
 * {@code drivercheck graph --format html} when it has an edge. The page is well-formed
 * XML as well as HTML.
 */
public final class HtmlFormat {
  /** Lines shown around a finding's range. */
  static final int CONTEXT = 2;
  /** Longest range shown whole; longer ones show their first lines. */
  static final int MAX_RANGE = 8;

  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:1.5em;color:#222;max-width:80em}
      h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .3em;border-bottom:1px solid #ddd}
      .summary{color:#444;margin:.2em 0 1em}.muted{color:#666}
      code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
      ul.toc{columns:2;padding-left:1.2em}
      .count{display:inline-block;min-width:1.6em;padding:0 .4em;border-radius:1em;background:#eee;text-align:center;font-size:12px;margin-left:.4em}
      .finding{border:1px solid #e3e3e3;border-left:4px solid #d62728;border-radius:4px;margin:.8em 0;padding:.5em .8em}
      .finding.warning{border-left-color:#e6a100}
      .where{font-weight:600}.sev{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:#d62728;border-radius:3px;padding:0 .35em;margin-right:.5em}
      .warning .sev{background:#e6a100}
      .message{margin:.3em 0}
      pre.excerpt{background:#f7f7f7;border:1px solid #eee;padding:.4em 0;overflow:auto;margin:.4em 0}
      pre.excerpt .l{display:block;padding:0 .6em}pre.excerpt .l.hit{background:#fff6d6}
      pre.excerpt .n{display:inline-block;width:3.5em;color:#999;text-align:right;margin-right:1em;user-select:none}
      pre.excerpt mark{background:#ffd34d;border-bottom:2px solid #d62728;color:inherit}
      ol.evidence{margin:.3em 0 .2em;padding-left:1.6em}ol.evidence li{margin:.1em 0}
      .graph{overflow:auto;border:1px solid #ddd;border-radius:4px;max-height:80vh;background:#fcfcfc}
      """;

  private HtmlFormat() {}

  public static String render(Report r) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>DriverCheck report</title>\n<style>\n").append(STYLE)
        .append(graphStyle(r)).append("</style>\n</head>\n<body>\n")
        .append("<h1>DriverCheck report</h1>\n<p class=\"summary\">").append(xml(summary(r)))
        .append("</p>\n");
    if (!r.notAnalyzed().isEmpty()) {
      b.append("<p class=\"summary\">Not analyzed (they do not compile): ");
      appendCodes(b, r.notAnalyzed());
      b.append("</p>\n");
    }
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    r.shown().stream().sorted((a, c) -> a.rule().compareTo(c.rule()))
        .forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f));
    if (!byRule.isEmpty()) {
      b.append("<ul class=\"toc\">\n");
      byRule.forEach((rule, list) -> b.append("<li><a href=\"#rule-").append(xml(rule))
          .append("\">").append(xml(rule)).append("</a><span class=\"count\">").append(list.size())
          .append("</span></li>\n"));
      b.append("</ul>\n");
    }
    int n = 0;
    for (Map.Entry<String, List<Finding>> group : byRule.entrySet()) {
      RuleCatalog.Info info = r.rules().get(group.getKey());
      b.append("<section class=\"rule\" id=\"rule-").append(xml(info.name())).append("\">\n<h2>")
          .append(xml(info.name())).append("<span class=\"count\">").append(group.getValue().size())
          .append("</span></h2>\n<p class=\"muted\">").append(xml(info.summary())).append(" (");
      URI help = r.helpUri(info.name());
      if (help != null) {
        b.append("<a href=\"").append(xml(help.toString())).append("\">")
            .append(xml(info.docsPath())).append("</a>");
      } else {
        b.append("<code>").append(xml(info.docsPath())).append("</code>");
      }
      b.append(")</p>\n");
      for (Finding f : group.getValue()) {
        finding(b, f, ++n, r.sources());
      }
      b.append("</section>\n");
    }
    if (!r.match().fixed().isEmpty()) {
      b.append("<h2 id=\"fixed\">Fixed since the baseline<span class=\"count\">")
          .append(r.match().fixed().size()).append("</span></h2>\n<p class=\"muted\">These")
          .append(" baselined findings are gone: refresh the baseline with --update-baseline.</p>\n<ul>\n");
      for (Baseline.Entry e : r.match().fixed()) {
        b.append("<li><code>").append(xml(e.file() + ":" + e.line())).append("</code> [")
            .append(xml(e.rule())).append("] ").append(xml(e.message())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    graphs(b, r);
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  static String summary(Report r) {
    long errors = r.errorCount();
    long warnings = r.warningCount();
    String s = count(r.shown().size(), r.baselineUsed() ? "new finding" : "finding",
        r.baselineUsed() ? "new findings" : "findings")
        + " (" + count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings")
        + ") in " + count(r.analyzedFiles(), "file", "files") + ".";
    if (r.baselineUsed()) {
      s += " " + count(r.match().baselined().size(), "finding", "findings") + " accepted by the"
          + " baseline (not shown), " + r.match().fixed().size() + " fixed.";
    }
    return s + " DriverCheck " + r.toolVersion() + ".";
  }

  private static void finding(StringBuilder b, Finding f, int n, SourceText sources) {
    Location l = f.location();
    b.append("<div class=\"finding ").append(f.isError() ? "error" : "warning")
        .append("\" id=\"f").append(n).append("\">\n<div><span class=\"sev\">")
        .append(f.severity()).append("</span><span class=\"where mono\">")
        .append(xml(l.file() + ":" + l.line() + (l.column() > 0 ? ":" + l.column() : "")))
        .append("</span></div>\n<div class=\"message\">[").append(xml(f.rule())).append("] ")
        .append(xml(f.message())).append("</div>\n");
    excerpt(b, l, sources);
    if (!f.evidence().isEmpty()) {
      b.append("<ol class=\"evidence\">\n");
      for (Evidence e : f.evidence()) {
        b.append("<li>").append(xml(e.text().strip()));
        if (e.location() != null) {
          b.append(" <span class=\"muted mono\">(").append(xml(e.location().shortText()))
              .append(")</span>");
        }
        b.append("</li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</div>\n");
  }

  /** A few lines around the range, numbered; the range itself marked. */
  static void excerpt(StringBuilder b, Location l, SourceText sources) {
    Optional<SourceText.Text> text = sources.of(l);
    int startLine = l.startLine() > 0 ? l.startLine() : l.line();
    if (text.isEmpty() || startLine < 1 || startLine > text.get().lineCount()) {
      return;
    }
    SourceText.Text t = text.get();
    int endLine = Math.max(startLine, Math.min(l.endLine(), t.lineCount()));
    int shownEnd = Math.min(endLine, startLine + MAX_RANGE - 1);
    int from = Math.max(1, startLine - CONTEXT);
    int to = Math.min(t.lineCount(), shownEnd + CONTEXT);
    b.append("<pre class=\"excerpt\">");
    for (int i = from; i <= to; i++) {
      String line = t.line(i);
      boolean hit = i >= startLine && i <= endLine;
      b.append("<span class=\"l").append(hit ? " hit" : "").append("\"><span class=\"n\">")
          .append(i).append("</span>");
      if (hit) {
        int a = i == startLine ? clamp(l.startColumn() - 1, line) : 0;
        int z = i == endLine ? clamp(l.endColumn() - 1, line) : line.length();
        if (z <= a) {
          z = i == endLine && i == startLine ? line.length() : z;
        }
        b.append(xml(line.substring(0, a))).append("<mark>").append(xml(line.substring(a, Math.max(a, z))))
            .append("</mark>").append(xml(line.substring(Math.max(a, z))));
      } else {
        b.append(xml(line));
      }
      b.append("</span>");
      if (i == shownEnd && shownEnd < endLine) {
        b.append("<span class=\"l muted\"><span class=\"n\">…</span>(")
            .append(endLine - shownEnd).append(" more lines)</span>");
      }
    }
    b.append("</pre>\n");
  }

  private static int clamp(int column, String line) {
    return Math.max(0, Math.min(column, line.length()));
  }

  /** The lock-class graph(s), drawn by the graph command's renderer. */
  private static void graphs(StringBuilder b, Report r) {
    List<LockGraphModel> graphs = r.graphs().stream().filter(g -> !g.edges().isEmpty()).toList();
    if (graphs.isEmpty()) {
      return;
    }
    b.append("<h2 id=\"lock-graph\">Lock-class graph</h2>\n<p class=\"muted\">An edge A → B for every")
        .append(" place where B is taken while A is held; cycles (possible deadlocks) in red,")
        .append(" declared orders dashed. The evidence of every edge:")
        .append(" <code>drivercheck graph --format html</code>.</p>\n");
    for (LockGraphModel g : graphs) {
      String page = new HtmlRenderer(r.base()).render(g);
      String svg = between(page, "<svg", "</svg>");
      if (svg == null) {
        continue;
      }
      b.append("<p class=\"muted\">").append(count(g.nodes().size(), "lock class", "lock classes"))
          .append(", ").append(count(g.edges().size(), "edge", "edges")).append(", ")
          .append(count(g.cycles().size(), "cycle", "cycles")).append(".</p>\n")
          .append("<div class=\"graph\">\n").append(svg).append("\n</div>\n");
    }
  }

  /** The drawing's own style rules (those for {@code svg ...}) from the graph page. */
  private static String graphStyle(Report r) {
    if (r.graphs().stream().allMatch(g -> g.edges().isEmpty())) {
      return "";
    }
    String page = new HtmlRenderer(r.base()).render(r.graphs().get(0));
    String style = between(page, "<style>", "</style>");
    if (style == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String line : style.split("\n")) {
      if (line.strip().startsWith("svg")) {
        b.append(line.strip()).append('\n');
      }
    }
    return b.toString();
  }

  /** From the start of {@code open} to the end of {@code close}, or null. */
  private static String between(String s, String open, String close) {
    int a = s.indexOf(open);
    int z = a < 0 ? -1 : s.indexOf(close, a);
    if (z < 0) {
      return null;
    }
    String found = s.substring(a, z + close.length());
    return open.equals("<style>") ? found.substring(open.length(), found.length() - close.length())
        : found;
  }

  private static void appendCodes(StringBuilder b, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ", ").append("<code>").append(xml(items.get(i))).append("</code>");
    }
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
