package dev.drivercheck.graph;

import static dev.drivercheck.graph.Escape.xml;

import dev.drivercheck.graph.LockGraphModel.Cycle;
import dev.drivercheck.graph.LockGraphModel.Edge;
import dev.drivercheck.graph.LockGraphModel.IrqUse;
import dev.drivercheck.graph.LockGraphModel.Node;
import dev.drivercheck.graph.Layout.Link;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page of the lock graph: cycle list, legend, an inline SVG drawing
 * ({@link Layout}) and the evidence table. No network, no external files: the page must open from
 * a CI artifact or a mail attachment. Every arrow links to its evidence rows (click jumps, hover
 * highlights); the script is a nicety, the links work without it.
 */
public final class HtmlRenderer {
  /** How many evidence sites an arrow's tooltip lists before "and N more". */
  private static final int TOOLTIP_SITES = 5;

  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.1em;margin:1.4em 0 .4em}
      .summary{color:#555;margin:0 0 1em}
      code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
      ol.cycles li{margin:.2em 0}ol.cycles a{color:#d62728;font-weight:bold;text-decoration:none;padding:0 .25em}
      ol.cycles a:hover{background:#fde2e2}.where{color:#666}
      .legend{display:flex;flex-wrap:wrap;gap:.4em 1.4em;font-size:12.5px;color:#444;margin:.6em 0}
      .sw{display:inline-block;width:1.1em;height:.9em;border:1px solid #888;vertical-align:middle;margin-right:.35em}
      .sw.ellipse{border-radius:50%}.ln{display:inline-block;width:2em;vertical-align:middle;margin-right:.35em;border-top:2px solid #555}
      .ln.dashed{border-top-style:dashed}.ln.cycle{border-top:3px solid #d62728}
      .graph{overflow:auto;border:1px solid #ddd;border-radius:4px;max-height:80vh;background:#fcfcfc}
      svg .link .line{fill:none;stroke:#555;stroke-width:1.3}
      svg .link .hit{fill:none;stroke:transparent;stroke-width:10}
      svg .link.declared .line{stroke-dasharray:6 4}
      svg .link.cycle .line{stroke:#d62728;stroke-width:2.6}
      svg .link:hover .line,svg .link.hl .line{stroke:#1f77b4;stroke-width:3.2}
      svg .node .shape{stroke:#444;stroke-width:1}svg .node.oncycle .shape{stroke:#d62728;stroke-width:2}
      svg text{font-size:12px;pointer-events:none}
      table{border-collapse:collapse;font-size:12.5px;width:100%}
      th,td{border-bottom:1px solid #e3e3e3;padding:.3em .6em;text-align:left;vertical-align:top}
      th{background:#f3f3f3;position:sticky;top:0}
      tr.cycle td:first-child{border-left:3px solid #d62728}
      tr.hl,tr:target{background:#fff3b0}
      """;

  private static final String SCRIPT = """
      (function () {
        function rows(el) {
          return (el.getAttribute('data-edges') || '').split(' ')
            .map(function (i) { return document.getElementById('e' + i); })
            .filter(Boolean);
        }
        function mark(els, on) {
          els.forEach(function (el) { if (el) { el.classList.toggle('hl', on); } });
        }
        document.querySelectorAll('svg .link').forEach(function (link) {
          link.addEventListener('mouseenter', function () { mark([link].concat(rows(link)), true); });
          link.addEventListener('mouseleave', function () { mark([link].concat(rows(link)), false); });
        });
        document.querySelectorAll('[data-link]').forEach(function (el) {
          var link = document.getElementById(el.getAttribute('data-link'));
          el.addEventListener('mouseenter', function () { mark([link], true); });
          el.addEventListener('mouseleave', function () { mark([link], false); });
        });
      })();
      """;

  private static final String STROKE = "\" stroke=\"#444444\"/>";

  private final Path base;

  /** @param base file paths below it are shown relative to it */
  public HtmlRenderer(Path base) {
    this.base = base;
  }

  public String render(LockGraphModel g) {
    Layout layout = Layout.of(g);
    String[] linkOfEdge = new String[g.edges().size()];
    for (int l = 0; l < layout.links().size(); l++) {
      for (int e : layout.links().get(l).edges()) {
        linkOfEdge[e] = "l" + l;
      }
    }
    StringBuilder b = new StringBuilder(4096 + 600 * g.edges().size());
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>DriverCheck lock graph</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>DriverCheck lock-class graph</h1>\n")
        .append("<p class=\"summary\">").append(xml(summary(g))).append("</p>\n");
    cycles(b, g, linkOfEdge);
    legend(b);
    b.append("<div class=\"graph\">\n");
    svg(b, g, layout);
    b.append("</div>\n");
    table(b, g, linkOfEdge);
    b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String summary(LockGraphModel g) {
    return DotRenderer.count(g.nodes().size(), "lock class", "lock classes") + ", "
        + DotRenderer.count(g.edges().size(), "edge", "edges") + ", "
        + DotRenderer.count(g.cycles().size(), "cycle", "cycles") + ".";
  }

  /** "cycle 1: A -> B -> A", each arrow a link to the evidence row of its edge. */
  private void cycles(StringBuilder b, LockGraphModel g, String[] linkOfEdge) {
    b.append("<h2 id=\"cycles\">Cycles</h2>\n");
    if (g.cycles().isEmpty()) {
      b.append("<p>No cycles: the observed lock order is consistent.</p>\n");
      return;
    }
    b.append("<ol class=\"cycles\">\n");
    for (int c = 0; c < g.cycles().size(); c++) {
      Cycle cycle = g.cycles().get(c);
      List<String> labels = g.cycleLabels(cycle);
      b.append("<li>cycle ").append(c + 1).append(": <code>").append(xml(labels.get(0)))
          .append("</code>");
      for (int k = 0; k < cycle.edges().size(); k++) {
        int e = cycle.edges().get(k);
        Edge edge = g.edges().get(e);
        b.append(" <a href=\"#e").append(e).append("\" data-link=\"").append(linkOfEdge[e])
            .append("\" title=\"").append(xml(edge.site().shown(base) + " in " + edge.method()))
            .append("\">-&gt;</a> <code>").append(xml(labels.get(k + 1))).append("</code>");
      }
      if (cycle.reported() != null) {
        b.append(" <span class=\"where\">(reported at ").append(xml(cycle.reported().shown(base)))
            .append(")</span>");
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n");
  }

  private static void legend(StringBuilder b) {
    b.append("<div class=\"legend\">\n")
        .append("<span><span class=\"sw\"></span>sleeping lock (mutex, rwsem, ww_mutex, srcu)</span>\n")
        .append("<span><span class=\"sw ellipse\"></span>spinning / atomic lock</span>\n");
    for (IrqUse use : IrqUse.values()) {
      b.append("<span><span class=\"sw\" style=\"background:").append(Palette.fill(use))
          .append("\"></span>").append(xml(Palette.describe(use))).append("</span>\n");
    }
    b.append("<span><span class=\"ln\"></span>acquired while held</span>\n")
        .append("<span><span class=\"ln dashed\"></span>declared order</span>\n")
        .append("<span><span class=\"ln cycle\"></span>on a cycle</span>\n")
        .append("</div>\n");
  }

  private void svg(StringBuilder b, LockGraphModel g, Layout layout) {
    String w = num(layout.width());
    String h = num(layout.height());
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"")
        .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\"")
        .append(" aria-label=\"lock-class graph\">\n<defs>\n");
    marker(b, "arrow", Palette.EDGE);
    marker(b, "arrow-cycle", Palette.CYCLE);
    b.append("</defs>\n<g class=\"links\">\n");
    BitSet onCycle = g.cycleEdges();
    BitSet nodeOnCycle = new BitSet(g.nodes().size());
    for (int l = 0; l < layout.links().size(); l++) {
      Link link = layout.links().get(l);
      boolean cycle = link.edges().stream().anyMatch(onCycle::get);
      boolean declared = link.edges().stream().allMatch(e -> g.edges().get(e).declared());
      if (cycle) {
        nodeOnCycle.set(link.from());
        nodeOnCycle.set(link.to());
      }
      String d = path(link.points());
      b.append("<a id=\"l").append(l).append("\" href=\"#e").append(link.edges().get(0))
          .append("\" class=\"link").append(cycle ? " cycle" : "").append(declared ? " declared" : "")
          .append("\" data-edges=\"")
          .append(link.edges().stream().map(String::valueOf).collect(Collectors.joining(" ")))
          .append("\"><title>").append(xml(linkTitle(g, link))).append("</title>")
          // Presentation attributes as well as the CSS: the drawing stays right when the SVG
          // is copied out of the page (CSS, which wins over them, adds hover).
          .append("<path class=\"hit\" d=\"").append(d)
          .append("\" fill=\"none\" stroke=\"transparent\" stroke-width=\"10\"/>")
          .append("<path class=\"line\" d=\"").append(d).append("\" fill=\"none\" stroke=\"")
          .append(cycle ? Palette.CYCLE : Palette.EDGE).append("\" stroke-width=\"")
          .append(cycle ? "2.6" : "1.3").append('"')
          .append(declared ? " stroke-dasharray=\"6 4\"" : "").append(" marker-end=\"url(#")
          .append(cycle ? "arrow-cycle" : "arrow").append(")\"/></a>\n");
    }
    b.append("</g>\n<g class=\"nodes\">\n");
    for (int i : g.nodeOrder()) {
      Node node = g.nodes().get(i);
      double x = layout.x(i);
      double y = layout.y(i);
      double nw = layout.width(i);
      double nh = layout.height(i);
      String fill = Palette.fill(node.irqUse());
      b.append("<g class=\"node").append(nodeOnCycle.get(i) ? " oncycle" : "").append("\" id=\"n")
          .append(i).append("\"><title>").append(xml(nodeTitle(node))).append("</title>");
      if (node.sleeping()) {
        b.append("<rect class=\"shape\" x=\"").append(num(x - nw / 2)).append("\" y=\"")
            .append(num(y - nh / 2)).append("\" width=\"").append(num(nw)).append("\" height=\"")
            .append(num(nh)).append("\" rx=\"3\" fill=\"").append(fill).append(STROKE);
      } else {
        b.append("<ellipse class=\"shape\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
            .append("\" rx=\"").append(num(nw / 2)).append("\" ry=\"").append(num(nh / 2))
            .append("\" fill=\"").append(fill).append(STROKE);
      }
      b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y + 4))
          .append("\" text-anchor=\"middle\">").append(xml(node.label())).append("</text></g>\n");
    }
    b.append("</g>\n</svg>\n");
  }

  private static void marker(StringBuilder b, String id, String color) {
    b.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\"")
        .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color)
        .append("\"/></marker>\n");
  }

  private String linkTitle(LockGraphModel g, Link link) {
    StringBuilder t = new StringBuilder();
    t.append(g.nodes().get(link.from()).label()).append(" -> ").append(g.nodes().get(link.to()).label());
    int shown = Math.min(TOOLTIP_SITES, link.edges().size());
    for (int k = 0; k < shown; k++) {
      Edge e = g.edges().get(link.edges().get(k));
      t.append('\n').append(e.declared() ? "declared at " : "").append(e.site().shown(base))
          .append(" in ").append(e.method());
    }
    if (link.edges().size() > shown) {
      t.append("\nand ").append(link.edges().size() - shown).append(" more");
    }
    return t.toString();
  }

  private String nodeTitle(Node n) {
    String t = n.label() + " (" + n.kind() + ")\n" + Palette.describe(n.irqUse());
    return n.declared() == null ? t : t + "\ndeclared at " + n.declared().shown(base);
  }

  private void table(StringBuilder b, LockGraphModel g, String[] linkOfEdge) {
    b.append("<h2 id=\"edges\">Edges</h2>\n");
    if (g.edges().isEmpty()) {
      b.append("<p>No edges: no lock was acquired while another was held.</p>\n");
      return;
    }
    BitSet onCycle = g.cycleEdges();
    b.append("<table class=\"edges\">\n<thead><tr><th>#</th><th>held</th><th>then acquired</th>")
        .append("<th>acquired at</th><th>held since</th><th>method</th><th>call chain</th></tr>")
        .append("</thead>\n<tbody>\n");
    int row = 1;
    for (int e : g.edgeOrder()) {
      Edge edge = g.edges().get(e);
      b.append("<tr id=\"e").append(e).append("\" data-link=\"").append(linkOfEdge[e]).append('"');
      if (onCycle.get(e)) {
        b.append(" class=\"cycle\"");
      }
      b.append("><td>").append(row++).append("</td><td><code>")
          .append(xml(g.nodes().get(edge.from()).label())).append("</code></td><td><code>")
          .append(xml(g.nodes().get(edge.to()).label())).append("</code></td><td class=\"mono\">")
          .append(edge.declared() ? "declared: " : "").append(xml(edge.site().shown(base)))
          .append("</td><td class=\"mono\">")
          .append(edge.held() == null ? "" : xml(edge.held().shown(base)))
          .append("</td><td><code>").append(xml(edge.method())).append("</code></td><td><code>")
          .append(xml(String.join(" \u2192 ", edge.chain()))).append("</code></td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String path(List<double[]> points) {
    StringBuilder d = new StringBuilder();
    for (int k = 0; k < points.size(); k++) {
      d.append(k == 0 ? "M" : " L").append(num(points.get(k)[0])).append(',')
          .append(num(points.get(k)[1]));
    }
    return d.toString();
  }

  /** One decimal, always a dot: coordinates must not depend on the user's locale. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
