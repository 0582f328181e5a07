package dev.drivercheck.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes into a fingerprint and what does not. */
class FingerprintsTest {

  @Test
  void lineNumbersInTheMessageDoNotCount() {
    assertEquals("held (acquired at Vm.java); via Vm.java and Other.java, line #",
        Fingerprints.normalizeMessage("held (acquired at Vm.java:39); via Vm.java:12:5 and Other.java:7, line 12"));
  }

  @Test
  void indentationDoesNotCountTheLineTextDoes() {
    String a = Fingerprints.of("SleepInAtomic", "src/Vm.java", "        stop();", "m at Vm.java:3");
    assertEquals(a, Fingerprints.of("SleepInAtomic", "src/Vm.java", "\tstop();  ", "m at Vm.java:9"));
    assertNotEquals(a, Fingerprints.of("SleepInAtomic", "src/Vm.java", "stop(1);", "m at Vm.java:3"));
    assertNotEquals(a, Fingerprints.of("SleepInAtomic", "src/Other.java", "stop();", "m at Vm.java:3"));
    assertNotEquals(a, Fingerprints.of("LockLeak", "src/Vm.java", "stop();", "m at Vm.java:3"));
    assertNotEquals(a, Fingerprints.of("SleepInAtomic", "src/Vm.java", "stop();", "n at Vm.java:3"));
  }

  @Test
  void equalFingerprintsAreCountedInOrder() {
    Location l1 = new Location("X.java", null, 1, 1, 1, 1, 1, 2, -1, -1);
    Location l2 = new Location("X.java", null, 5, 1, 5, 1, 5, 2, -1, -1);
    Finding f = new Finding("R", "error", "same", l1, List.of(), null, 0);
    Finding g = new Finding("R", "error", "same", l2, List.of(), null, 0);
    List<Finding> out = Fingerprints.assign(List.of(f, g), new SourceText());
    assertEquals(out.get(0).fingerprint(), out.get(1).fingerprint());
    assertEquals(1, out.get(0).occurrence());
    assertEquals(2, out.get(1).occurrence());
  }

  @Test
  void sourceLinesSplitOnEveryLineEnd() {
    SourceText.Text t = SourceText.Text.of("a\r\nb\rc\nd");
    assertEquals(4, t.lineCount());
    assertEquals("b", t.line(2));
    assertEquals("c", t.line(3));
    assertEquals("d", t.line(4));
    assertEquals("", t.line(5));
  }
}
