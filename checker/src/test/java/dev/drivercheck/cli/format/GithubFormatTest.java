package dev.drivercheck.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Workflow-command escaping, as the GitHub Actions runner unescapes it. */
class GithubFormatTest {

  @Test
  void messageEscapesPercentAndLineBreaks() {
    assertEquals("100%25 sure%0D%0Anext: a, b", GithubFormat.data("100% sure\r\nnext: a, b"));
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertEquals("C%3A/dir%2C with comma/50%25.java%0A", GithubFormat.property("C:/dir, with comma/50%.java\n"));
  }

  @Test
  void oneCommandPerFindingWithRangeAndTitle() {
    Location at = new Location("src/a,b:c.java", null, 3, 5, 3, 4, 4, 2, 10, 30);
    Finding f = new Finding("LockLeak", "warning", "leaks 100% of\nlocks", at,
        List.of(new Evidence("acquired at a.java:3", null)), "0".repeat(32), 1);
    assertEquals("::warning file=src/a%2Cb%3Ac.java,line=3,col=4,endLine=4,endColumn=2,"
        + "title=[LockLeak]::leaks 100%25 of%0Alocks%0Aacquired at a.java:3\n",
        GithubFormat.render(List.of(f)));
  }
}
