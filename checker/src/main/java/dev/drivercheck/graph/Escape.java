package dev.drivercheck.graph;

/** Escaping of arbitrary text (lock names, paths, method names) for the output formats. */
public final class Escape {
  private Escape() {}

  /** Text or attribute value in XML, SVG and HTML; drops characters XML 1.0 cannot hold. */
  public static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            b.append('?');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A DOT double-quoted string, quotes included. Newlines become DOT's centered line break. */
  public static String dot(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        // A lone backslash would start a DOT escape (\n, \l, \N ...): keep it literal.
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> { }
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.append('"').toString();
  }
}
