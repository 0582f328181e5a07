package dev.drivercheck.inputs;

/**
 * One expected or actual DriverCheck report, as compared by the suite: which file of the case
 * (path relative to the case root), which line, {@code error} or {@code warning}, which rule.
 */
record Expected(String file, long line, String kind, String rule) implements Comparable<Expected> {

  @Override
  public int compareTo(Expected o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Long.compare(line, o.line);
    }
    if (c == 0) {
      c = kind.compareTo(o.kind);
    }
    if (c == 0) {
      c = rule.compareTo(o.rule);
    }
    return c;
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + kind + ": [" + rule + "]";
  }
}
