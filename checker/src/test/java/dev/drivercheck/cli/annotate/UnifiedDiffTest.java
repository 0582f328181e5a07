package dev.drivercheck.cli.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.diff("A.java", "a\nb\n", "a\nb\n"));
  }

  @Test
  void changesFarApartAreSeparateHunksWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String after = "1\nnew\n2\n3\n4\n5\n6\n7\n8\n9\n10\n12\n";
    assertEquals(String.join("\n",
        "--- A.java",
        "+++ A.java",
        "@@ -1,4 +1,5 @@",
        " 1",
        "+new",
        " 2",
        " 3",
        " 4",
        "@@ -8,5 +9,4 @@",
        " 8",
        " 9",
        " 10",
        "-11",
        " 12",
        ""), UnifiedDiff.diff("A.java", before, after));
  }

  @Test
  void aChangedLastLineWithoutNewlineIsMarked() {
    assertEquals(String.join("\n",
        "--- A.java",
        "+++ A.java",
        "@@ -1,2 +1,2 @@",
        " a",
        "-b",
        "\\ No newline at end of file",
        "+c",
        "\\ No newline at end of file",
        ""), UnifiedDiff.diff("A.java", "a\nb", "a\nc"));
  }

  @Test
  void crlfLinesCompareByContent() {
    assertEquals(String.join("\n",
        "--- A.java",
        "+++ A.java",
        "@@ -1,2 +1,3 @@",
        " a",
        "+x",
        " b",
        ""), UnifiedDiff.diff("A.java", "a\r\nb\r\n", "a\r\nx\r\nb\r\n"));
  }
}
