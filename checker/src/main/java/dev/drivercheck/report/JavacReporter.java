package dev.drivercheck.report;

import com.sun.tools.javac.resources.CompilerProperties.Errors;
import com.sun.tools.javac.resources.CompilerProperties.Warnings;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticFlag;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import com.sun.tools.javac.util.Log;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Hands findings to javac's log as ordinary diagnostics: javac's format on the command line, real
 * {@link javax.tools.Diagnostic}s with start and end positions for Maven, IDEs and our tests.
 */
public final class JavacReporter {
  private final Log log;

  public JavacReporter(Context context) {
    this.log = Log.instance(context);
  }

  public void report(List<Finding> findings) {
    for (Finding f : findings) {
      Position p = f.position();
      JavaFileObject previous = log.useSource(p.file());
      try {
        DiagnosticPosition pos = new Range(p);
        if (f.severity() == Severity.ERROR) {
          // API: two rules may report at one position; javac would otherwise drop the second.
          log.error(DiagnosticFlag.API, pos, Errors.ProcMessager(f.text()));
        } else {
          log.mandatoryWarning(pos, Warnings.ProcMessager(f.text())); // shown even under -Xlint:none
        }
      } finally {
        log.useSource(previous);
      }
    }
  }

  /** A plain error with no position (bad options, internal trouble before any file). */
  public void error(String message) {
    log.error(DiagnosticFlag.API, null, Errors.ProcMessager(message));
  }

  /** A plain warning with no position (a class the analyzer had to skip). */
  public void warning(String message) {
    log.mandatoryWarning(null, Warnings.ProcMessager(message));
  }

  /** A stored range as javac's diagnostic position, so no tree is needed when reporting. */
  public record Range(Position p) implements DiagnosticPosition {
    @Override
    public JCTree getTree() {
      return null;
    }

    @Override
    public int getStartPosition() {
      return p.start();
    }

    @Override
    public int getPreferredPosition() {
      return p.preferred();
    }

    @Override
    public int getEndPosition(EndPosTable endPosTable) {
      return p.end();
    }
  }
}
