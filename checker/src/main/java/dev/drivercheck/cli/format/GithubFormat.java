package dev.drivercheck.cli.format;

import java.util.List;

/**
 * {@code --format github}: one GitHub Actions workflow command per finding, which the runner
 * turns into an annotation on the pull request's diff:
 * {@code ::error file=src/Vm.java,line=42,col=9,endLine=42,endColumn=27,title=[SleepInAtomic]::message}.
 * Evidence lines follow the message as further lines (escaped {@code %0A}).
 */
public final class GithubFormat {
  private GithubFormat() {}

  public static String render(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      Location l = f.location();
      b.append("::").append(f.isError() ? "error" : "warning").append(" file=")
          .append(property(l.file()));
      int line = l.startLine() > 0 ? l.startLine() : l.line();
      if (line > 0) {
        b.append(",line=").append(line);
        int col = l.startLine() > 0 ? l.startColumn() : l.column();
        if (col > 0) {
          b.append(",col=").append(col);
        }
        if (l.endLine() >= line) {
          b.append(",endLine=").append(l.endLine());
          if (l.endColumn() > 0) {
            b.append(",endColumn=").append(l.endColumn());
          }
        }
      }
      b.append(",title=").append(property("[" + f.rule() + "]"));
      StringBuilder message = new StringBuilder(f.message().strip());
      for (Evidence e : f.evidence()) {
        message.append('\n').append(e.text().strip());
      }
      b.append("::").append(data(message.toString())).append('\n');
    }
    return b.toString();
  }

  /** A command's message: {@code %}, CR and LF escaped, as the Actions runner unescapes them. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, plus {@code :} and {@code ,}, which delimit properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
