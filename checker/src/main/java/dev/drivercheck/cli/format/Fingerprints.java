package dev.drivercheck.cli.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Line-independent identities of findings, shared by SARIF ({@code partialFingerprints}) and
 * baselines. A fingerprint is the first 32 hex digits of the SHA-256 of
 *
 * <pre>
 * "drivercheck/v1" NUL rule NUL file NUL source line NUL message
 * </pre>
 *
 * <ul>
 *   <li>file: the path as shown (relative to the working folder, {@code /} separators);
 *   <li>source line: the text of the line the finding points at, with runs of blanks collapsed
 *       to one and the ends trimmed (so re-indenting does not change it);
 *   <li>message: the message with line and column numbers dropped ({@code Vm.java:39} becomes
 *       {@code Vm.java}), since the message names the places of its evidence.
 * </ul>
 *
 * No line number goes in, so inserting or deleting lines elsewhere in the file keeps every
 * fingerprint. Editing the flagged line itself, renaming the file or changing what the finding
 * says makes it a new finding. Findings with equal fingerprints (the same line text and message
 * twice in one file) are told apart by their occurrence: 1, 2, ... in report order.
 */
public final class Fingerprints {
  public static final String VERSION = "drivercheck/v1";

  /** {@code File.java:12} or {@code File.java:12:5}: a place in a message. */
  private static final Pattern PLACE = Pattern.compile("(\\.java):\\d+(?::\\d+)?");
  private static final Pattern LINE_WORD = Pattern.compile("\\b(line|lines|column) \\d+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private Fingerprints() {}

  /** The findings (in report order) with fingerprints and occurrences set. */
  public static List<Finding> assign(List<Finding> findings, SourceText sources) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String fp = of(f.rule(), f.location().file(), sources.line(f.location()), f.message());
      int n = seen.merge(fp, 1, Integer::sum);
      out.add(f.withFingerprint(fp, n));
    }
    return out;
  }

  public static String of(String rule, String file, String sourceLine, String message) {
    String key = String.join("\0", VERSION, rule, file, normalizeLine(sourceLine),
        normalizeMessage(message));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  static String normalizeLine(String line) {
    return BLANKS.matcher(line).replaceAll(" ").strip();
  }

  static String normalizeMessage(String message) {
    String m = PLACE.matcher(message).replaceAll("$1");
    return LINE_WORD.matcher(m).replaceAll("$1 #");
  }
}
