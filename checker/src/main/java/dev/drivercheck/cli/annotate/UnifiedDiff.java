package dev.drivercheck.cli.annotate;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) printed in unified format, 3 lines of context. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Beyond this many cells of the LCS table the changed middle is shown as replaced whole. */
  private static final long MAX_CELLS = 16_000_000L;

  private UnifiedDiff() {}

  private enum Kind { SAME, DEL, ADD }

  private record Op(Kind kind, int oldLine, int newLine) {}

  /** The diff of two texts, with {@code --- label} / {@code +++ label} headers; "" when equal. */
  public static String diff(String label, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    Lines a = Lines.of(before);
    Lines b = Lines.of(after);
    List<Op> ops = ops(a.lines, b.lines);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(label).append('\n');
    out.append("+++ ").append(label).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == Kind.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i; // exclusive end of the hunk, extended over changes close to each other
      int lastChange = i;
      for (int j = i; j < ops.size(); j++) {
        if (ops.get(j).kind != Kind.SAME) {
          lastChange = j;
        } else if (j - lastChange > 2 * CONTEXT) {
          break;
        }
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      hunk(out, ops.subList(start, end), a, b);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Op> ops, Lines a, Lines b) {
    int oldCount = 0;
    int newCount = 0;
    for (Op op : ops) {
      oldCount += op.kind != Kind.ADD ? 1 : 0;
      newCount += op.kind != Kind.DEL ? 1 : 0;
    }
    Op first = ops.get(0);
    int oldStart = oldCount == 0 ? first.oldLine : first.oldLine + 1;
    int newStart = newCount == 0 ? first.newLine : first.newLine + 1;
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +")
        .append(range(newStart, newCount)).append(" @@\n");
    for (Op op : ops) {
      switch (op.kind) {
        case SAME -> line(out, ' ', a, op.oldLine);
        case DEL -> line(out, '-', a, op.oldLine);
        case ADD -> line(out, '+', b, op.newLine);
      }
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static void line(StringBuilder out, char mark, Lines text, int index) {
    out.append(mark).append(text.lines.get(index)).append('\n');
    if (index == text.lines.size() - 1 && !text.finalNewline) {
      out.append("\\ No newline at end of file\n");
    }
  }

  /** The edit script: common prefix and suffix kept, LCS over the middle. */
  private static List<Op> ops(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new Op(Kind.SAME, k, k));
    }
    int n = a.size() - prefix - suffix;
    int m = b.size() - prefix - suffix;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int k = 0; k < n; k++) {
        ops.add(new Op(Kind.DEL, prefix + k, prefix));
      }
      for (int k = 0; k < m; k++) {
        ops.add(new Op(Kind.ADD, prefix + n, prefix + k));
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int x = n - 1; x >= 0; x--) {
        for (int y = m - 1; y >= 0; y--) {
          lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y)) ? lcs[x + 1][y + 1] + 1
              : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        }
      }
      int x = 0;
      int y = 0;
      while (x < n || y < m) {
        if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
          ops.add(new Op(Kind.SAME, prefix + x++, prefix + y++));
        } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
          ops.add(new Op(Kind.DEL, prefix + x++, prefix + y)); // deletions first, as diff -u
        } else {
          ops.add(new Op(Kind.ADD, prefix + x, prefix + y++));
        }
      }
    }
    for (int k = suffix; k > 0; k--) {
      ops.add(new Op(Kind.SAME, a.size() - k, b.size() - k));
    }
    return ops;
  }

  /** A text's lines without their terminators ({@code \n}, {@code \r\n} or {@code \r}). */
  private record Lines(List<String> lines, boolean finalNewline) {
    static Lines of(String text) {
      List<String> lines = new ArrayList<>();
      int start = 0;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          lines.add(text.substring(start, i));
          i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
          start = i;
        } else {
          i++;
        }
      }
      boolean finalNewline = start == text.length();
      if (!finalNewline) {
        lines.add(text.substring(start));
      }
      return new Lines(lines, finalNewline || text.isEmpty());
    }
  }
}
