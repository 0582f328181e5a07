package dev.drivercheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlRendererTest {

  private final HtmlRenderer html = new HtmlRenderer(Fixtures.BASE);

  @Test
  void svgIsWellFormedWithOneLinkPerLockPairAndOneShapePerNode() throws Exception {
    String page = html.render(Fixtures.model("abba.json"));
    Document svg = parse(svgPart(page));
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("http://www.w3.org/2000/svg", root.getAttribute("xmlns"));
    List<Element> links = elements(svg, "a");
    assertEquals(4, links.size()); // Vm.lock->Vm.xa twice: one arrow
    assertEquals(4, elements(svg, "rect").size() + elements(svg, "ellipse").size());
    assertEquals(1, elements(svg, "rect").size()); // only Vm.lock sleeps
  }

  @Test
  void cycleArrowsAreMarkedAndLinkToTheirEvidence() throws Exception {
    LockGraphModel g = Fixtures.model("abba.json");
    String page = html.render(g);
    Document svg = parse(svgPart(page));
    List<String> cycleLinks = new ArrayList<>();
    for (Element a : elements(svg, "a")) {
      String[] edges = a.getAttribute("data-edges").split(" ");
      assertEquals("#e" + edges[0], a.getAttribute("href"));
      for (String e : edges) {
        assertTrue(page.contains("<tr id=\"e" + e + "\" data-link=\"" + a.getAttribute("id") + "\""),
            "evidence row of edge " + e);
      }
      if (a.getAttribute("class").contains("cycle")) {
        cycleLinks.add(a.getAttribute("data-edges"));
        Element line = (Element) a.getElementsByTagName("path").item(1);
        assertEquals("url(#arrow-cycle)", line.getAttribute("marker-end"));
      }
    }
    cycleLinks.sort(null);
    assertEquals(List.of("0 3", "1"), cycleLinks);
    assertTrue(page.contains("<tr id=\"e0\" data-link=\"l1\" class=\"cycle\">"), page);
    assertTrue(page.contains("<li>cycle 1: <code>Vm.lock</code> <a href=\"#e0\""), page);
    assertTrue(page.contains("-&gt;</a> <code>Vm.xa</code> <a href=\"#e1\""), page);
    assertTrue(page.contains("(reported at src/Helper.java:20)"), page);
    assertTrue(page.contains("class=\"node oncycle\""), page);
  }

  @Test
  void declaredEdgeIsDashedAndOddTextIsEscaped() throws Exception {
    String page = html.render(Fixtures.model("abba.json"));
    Document svg = parse(svgPart(page));
    long declared = elements(svg, "a").stream()
        .filter(a -> a.getAttribute("class").contains("declared")).count();
    assertEquals(1, declared);
    boolean odd = elements(svg, "text").stream()
        .anyMatch(t -> t.getTextContent().equals("Odd<\"&'\\name>"));
    assertTrue(odd, "odd label survives escaping");
    assertTrue(page.contains("<code>Odd.&lt;init&gt; \u2192 a&amp;b \u2192 SpinLock.lock</code>"),
        page);
    assertFalse(page.contains("Odd<\""), "raw odd name in the page");
  }

  @Test
  void wholePageIsWellFormedAndSelfContained() throws Exception {
    String page = html.render(Fixtures.model("abba.json"));
    assertNotNull(parse(page)); // XHTML-compatible: any XML parser reads it
    assertFalse(page.contains("<link") || page.contains(" src=") || page.contains("@import"), page);
    assertEquals(1, page.split("http", -1).length - 1, "only the SVG namespace mentions http");
  }

  @Test
  void emptyGraphRenders() throws Exception {
    String page = html.render(Fixtures.model("empty.json"));
    Document svg = parse(svgPart(page));
    assertTrue(elements(svg, "a").isEmpty());
    assertTrue(page.contains("No cycles"), page);
    assertTrue(page.contains("No edges"), page);
    assertTrue(page.contains("0 lock classes, 0 edges, 0 cycles."), page);
  }

  static String svgPart(String page) {
    int start = page.indexOf("<svg");
    int end = page.indexOf("</svg>");
    assertTrue(start >= 0 && end > start, "one inline svg");
    return page.substring(start, end + "</svg>".length());
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static List<Element> elements(Document d, String tag) {
    NodeList list = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
