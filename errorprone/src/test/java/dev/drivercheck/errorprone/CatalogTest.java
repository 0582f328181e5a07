package dev.drivercheck.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.drivercheck.report.Severity;
import dev.drivercheck.rules.Rule;
import dev.drivercheck.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks mirror the rules: one check per rule (plus InternalError), named as the rule, with its
 * severity and summary (annotation values must be constants, so they are written out in each check
 * and held equal here), linking to the rule's page, and all listed for Error Prone's ServiceLoader.
 */
class CatalogTest {

  private static List<String> services() throws IOException {
    try (InputStream in = CatalogTest.class.getResourceAsStream(
        "/META-INF/services/com.google.errorprone.bugpatterns.BugChecker")) {
      assertNotNull(in, "no service file for the checks");
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.trim());
        }
      }
      return out;
    }
  }

  @Test
  void oneCheckPerRuleWithTheRulesMetadata() throws Exception {
    List<String> expected = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      String cls = "dev.drivercheck.errorprone." + rule.name() + "Check";
      expected.add(cls);
      Class<?> c = Class.forName(cls);
      assertTrue(DriverCheckBugChecker.class.isAssignableFrom(c), cls);
      BugPattern p = c.getAnnotation(BugPattern.class);
      assertNotNull(p, cls + " has no @BugPattern");
      assertEquals(rule.name(), p.name(), cls);
      assertEquals(rule.summary(), p.summary(), cls);
      assertEquals(rule.severity() == Severity.WARNING ? SeverityLevel.WARNING : SeverityLevel.ERROR, p.severity(), cls);
      assertEquals(BugPattern.LinkType.CUSTOM, p.linkType(), cls);
      assertEquals("docs/rules/" + rule.name() + ".md", p.link(), cls);
      assertTrue(Files.isRegularFile(ParityTest.inputsDir().resolveSibling("docs/rules/" + rule.name() + ".md")),
          "no page for " + rule.name());
      // Error Prone instantiates checks through a public no-argument constructor.
      assertNotNull((BugChecker) c.getConstructor().newInstance());
    }
    expected.add(InternalErrorCheck.class.getName());
    assertEquals(expected, services());
    assertEquals(Path.of("docs/rules/README.md").toString(),
        InternalErrorCheck.class.getAnnotation(BugPattern.class).link());
  }
}
