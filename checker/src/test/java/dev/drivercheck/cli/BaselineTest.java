package dev.drivercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drivercheck.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code check --baseline FILE [--update-baseline]}: the round trip a project goes through. */
class BaselineTest {
  private FormatFixture fx;
  private Path baseline;

  @BeforeEach
  void setUp() throws IOException {
    fx = new FormatFixture();
    baseline = fx.dir.resolve("drivercheck-baseline.json");
  }

  @AfterEach
  void tearDown() throws IOException {
    fx.close();
  }

  private Run check(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "check";
    args[1] = "--baseline";
    args[2] = baseline.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = fx.vm.toString();
    return CheckCommandTest.run(args);
  }

  @Test
  void roundTrip() throws IOException {
    fx.write(FormatFixture.VM.replace("    // RESET", FormatFixture.RESET));

    // 1. accept today's two findings
    Run write = check("--update-baseline");
    assertEquals(0, write.exit(), write.toString());
    assertTrue(write.err().contains("drivercheck: wrote baseline " + baseline
        + " (2 findings; 2 added, 0 fixed ones dropped)"), write.err());
    assertTrue(write.out().contains("DriverCheck: no new findings in 1 file; 2 baselined"), write.out());
    JsonNode file = new ObjectMapper().readTree(Files.readString(baseline));
    assertEquals(1, file.path("version").asInt());
    assertEquals(2, file.path("findings").size());
    assertEquals(7, file.path("findings").get(0).path("line").asInt());
    assertEquals(fx.shown(), file.path("findings").get(0).path("file").asText());
    assertEquals("SleepInAtomic", file.path("findings").get(1).path("rule").asText());

    // 2. recheck: nothing new, exit 0, nothing printed but the summary
    Run same = check();
    assertEquals(0, same.exit(), same.toString());
    assertEquals("DriverCheck: no new findings in 1 file; 2 baselined", same.out().strip());

    // 3. lines shift above both findings: still matched
    fx.write("\n\n\n" + FormatFixture.VM.replace("    // RESET", "\n\n" + FormatFixture.RESET));
    Run shifted = check();
    assertEquals(0, shifted.exit(), shifted.toString());
    assertTrue(shifted.out().contains("no new findings in 1 file; 2 baselined"), shifted.out());

    // 4. a new finding: exit 1, only it is listed
    fx.write(FormatFixture.VM.replace("    // RESET", FormatFixture.RESET + "\n"
        + "    void flush() {\n        try (SpinGuard g = lock.lock()) {\n            Delay.msleep(3);\n"
        + "        }\n    }"));
    Run added = check();
    assertEquals(1, added.exit(), added.toString());
    List<String> reported = Arrays.stream(added.out().split("\\R"))
        .filter(l -> l.contains(": error: [")).toList();
    assertEquals(1, reported.size(), added.out());
    assertTrue(reported.get(0).startsWith(fx.shown() + ":20: error: [SleepInAtomic]"), added.out());
    assertTrue(added.out().contains("DriverCheck: 1 new finding (1 error, 0 warnings) in 1 file; 2 baselined"),
        added.out());

    // the same gate in SARIF: only the new finding, marked new
    Run sarif = check("--format", "sarif");
    assertEquals(1, sarif.exit(), sarif.toString());
    JsonNode results = new ObjectMapper().readTree(sarif.out()).path("runs").get(0).path("results");
    assertEquals(1, results.size());
    assertEquals("new", results.get(0).path("baselineState").asText());
    assertEquals(20, results.get(0).path("locations").get(0).path("physicalLocation")
        .path("region").path("startLine").asInt());

    // 5. a baselined finding is fixed: reported so the baseline can be refreshed
    fx.write(FormatFixture.VM);
    Run fixed = check();
    assertEquals(0, fixed.exit(), fixed.toString());
    assertTrue(fixed.out().contains("DriverCheck: no new findings in 1 file; 1 baselined"), fixed.out());
    assertTrue(fixed.out().contains("DriverCheck: 1 baselined finding fixed (refresh the baseline"
        + " with --update-baseline):"), fixed.out());
    assertTrue(fixed.out().contains("    " + fx.shown() + ":15: [SleepInAtomic] Delay.msleep()"),
        fixed.out());

    // JSON lists current findings with their baseline state, and the fixed ones
    Run json = check("--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(1, root.path("findings").size());
    assertTrue(root.path("findings").get(0).path("baselined").asBoolean());
    assertEquals(1, root.path("fixed").size());
    assertEquals(15, root.path("fixed").get(0).path("line").asInt());
    assertTrue(json.err().contains("1 baselined finding fixed"), json.err());

    // 6. refreshing drops it
    Run refresh = check("--update-baseline");
    assertEquals(0, refresh.exit(), refresh.toString());
    assertTrue(refresh.err().contains("(1 finding; 0 added, 1 fixed ones dropped)"), refresh.err());
    assertEquals(1, new ObjectMapper().readTree(Files.readString(baseline)).path("findings").size());
  }

  @Test
  void baselineFileIsStable() throws IOException {
    fx.write(FormatFixture.VM.replace("    // RESET", FormatFixture.RESET));
    assertEquals(0, check("--update-baseline").exit());
    String first = Files.readString(baseline);
    assertEquals(0, check("--update-baseline").exit());
    assertEquals(first, Files.readString(baseline));
    assertTrue(first.startsWith("{\n  \"version\": 1,\n  \"tool\": \"DriverCheck\",\n"
        + "  \"fingerprint\": \"drivercheck/v1\",\n  \"findings\": ["), first);
    assertTrue(first.endsWith("}\n"));
  }

  @Test
  void badUsage() throws IOException {
    Run noFile = check();
    assertEquals(2, noFile.exit(), noFile.toString());
    assertTrue(noFile.err().contains("drivercheck: no such baseline file: " + baseline
        + " (write one with --baseline " + baseline + " --update-baseline)"), noFile.err());

    Run noBaseline = CheckCommandTest.run("check", "--update-baseline", fx.vm.toString());
    assertEquals(2, noBaseline.exit(), noBaseline.toString());
    assertTrue(noBaseline.err().contains("--update-baseline needs --baseline FILE"), noBaseline.err());

    Files.writeString(baseline, "{\"version\": 7, \"findings\": []}");
    Run version = check();
    assertEquals(2, version.exit(), version.toString());
    assertTrue(version.err().contains("baseline version 7 is not supported"), version.err());
  }

  @Test
  void notWrittenWhenSomeFilesDoNotCompile() throws IOException {
    Path broken = fx.dir.resolve("Broken.java");
    Files.writeString(broken, "class Broken { int x = }\n");
    Run r = CheckCommandTest.run("check", "--baseline", baseline.toString(), "--update-baseline",
        fx.dir.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("the baseline is not written"), r.err());
    assertFalse(Files.exists(baseline));
  }
}
