package dev.drivercheck.report;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.tools.javac.tree.JCTree;
import javax.tools.JavaFileObject;

/**
 * A source range captured while the trees are intact (javac lowers them later), so findings can
 * be reported after the whole compilation has been seen.
 */
public record Position(JavaFileObject file, int start, int preferred, int end, long line, long column,
    long startLine, long startColumn, long endLine, long endColumn) implements Comparable<Position> {

  public static Position of(CompilationUnitTree unit, Tree tree, SourcePositions positions) {
    int start = (int) positions.getStartPosition(unit, tree);
    int end = (int) positions.getEndPosition(unit, tree);
    int pref = tree instanceof JCTree jc ? jc.getPreferredPosition() : start;
    if (pref < 0) {
      pref = start;
    }
    long line = pref < 0 ? 0 : unit.getLineMap().getLineNumber(pref);
    long col = pref < 0 ? 0 : unit.getLineMap().getColumnNumber(pref);
    var map = unit.getLineMap();
    long sl = start < 0 ? line : map.getLineNumber(start);
    long sc = start < 0 ? col : map.getColumnNumber(start);
    long el = end < 0 ? sl : map.getLineNumber(end);
    long ec = end < 0 ? sc : map.getColumnNumber(end);
    return new Position(unit.getSourceFile(), start, pref, end, line, col, sl, sc, el, ec);
  }

  /** The file's simple name, as evidence is printed: {@code File.java}. */
  public String fileName() {
    String name = file.getName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  /** {@code File.java:119}. */
  public String shortText() {
    return fileName() + ":" + line;
  }

  @Override
  public int compareTo(Position o) {
    int c = file.getName().compareTo(o.file.getName());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(preferred, o.preferred);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
