package dev.drivercheck.cli.format;

import java.nio.file.Path;

/**
 * A source range of a finding or of an evidence step, as the analyzer recorded it. Lines and
 * columns are 1-based; columns count characters (UTF-16 code units, tabs count one), as javac's
 * tree line map does. The end is exclusive: {@code endColumn} is the column just after the range.
 *
 * @param file the path as shown: relative to the working folder when below it ({@code /}
 *     separators), else absolute
 * @param path the absolute path, or null when the analyzer named no file on disk
 * @param line the line of the preferred position (where javac's diagnostic points)
 * @param column the column of the preferred position
 * @param offset the character offset of the start in the file, or -1
 * @param endOffset the character offset just after the end, or -1
 */
public record Location(String file, Path path, int line, int column, int startLine,
    int startColumn, int endLine, int endColumn, int offset, int endOffset) {

  /** {@code src/Vm.java:42}. */
  public String shortText() {
    return line > 0 ? file + ":" + line : file;
  }

  /** The file's simple name. */
  public String fileName() {
    int slash = file.lastIndexOf('/');
    return file.substring(slash + 1);
  }
}
