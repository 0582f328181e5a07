package dev.drivercheck.report;

import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.rules.Analysis;
import dev.drivercheck.summary.Witness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What the analysis inferred about each analyzed method, as JSON (version 1), for tools that write
 * it back into the sources ({@code drivercheck annotate}): whether it may sleep (and why), and
 * whether it is already annotated.
 *
 * <pre>{@code
 * {"version": 1, "methods": [{"class": "pkg.Outer.Inner", "method": "map", "params": ["int", "pkg.Vm"],
 *   "constructor": false, "file": "/abs/Vm.java", "line": 40, "mightSleep": true,
 *   "declaredMightSleep": false, "declaredNoSleep": false, "why": "Vm.map -> Mutex.lock"}]}
 * }</pre>
 */
public final class InferredJson {
  private InferredJson() {}

  public static void write(Analysis a, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<String> rows = new ArrayList<>();
    for (Unit u : a.program().units()) {
      ExecutableElement m = u.method();
      if (u.kind() != Unit.Kind.METHOD || m == null) {
        continue;
      }
      MethodFacts f = a.program().facts().method(m);
      Witness w = a.summaries().sleeps(u);
      boolean sleeps = w != null && w.kind() == Witness.Kind.SLEEP;
      List<String> params = new ArrayList<>();
      for (VariableElement p : m.getParameters()) {
        params.add(LockGraphJson.str(a.program().facts().types().erasure(p.asType()).toString()));
      }
      Position at = u.position();
      rows.add("    {\"class\": " + LockGraphJson.str(((TypeElement) m.getEnclosingElement()).getQualifiedName().toString())
          + ", \"method\": " + LockGraphJson.str(m.getSimpleName().toString())
          + ", \"params\": [" + String.join(", ", params) + "]"
          + ", \"constructor\": " + (m.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR)
          + ", \"file\": " + LockGraphJson.str(FindingsJson.file(at)) + ", \"line\": " + at.line()
          + ", \"mightSleep\": " + sleeps
          + ", \"declaredMightSleep\": " + Facts.has(m, dev.drivercheck.facts.Vocabulary.MIGHT_SLEEP)
          + ", \"declaredNoSleep\": " + f.noSleep()
          + ", \"why\": " + (sleeps ? LockGraphJson.str(w.path(u.display())) : "null") + "}");
    }
    rows.sort(null);
    Files.writeString(file, "{\n  \"version\": 1,\n  \"methods\": [" + (rows.isEmpty() ? "" : "\n" + String.join(",\n", rows)
        + "\n  ") + "]\n}\n", StandardCharsets.UTF_8);
  }
}
