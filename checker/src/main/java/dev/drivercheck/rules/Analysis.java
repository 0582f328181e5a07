package dev.drivercheck.rules;

import dev.drivercheck.engine.Program;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.report.Position;
import dev.drivercheck.report.Severity;
import dev.drivercheck.summary.BoundSummaries;
import dev.drivercheck.summary.Contexts;
import dev.drivercheck.summary.LockGraph;
import dev.drivercheck.summary.LockSummaries;
import dev.drivercheck.summary.Summaries;
import java.util.List;

/**
 * What the rules read: the collected program, the sleep, lock and binding summaries, the entry
 * contexts and the lock-class graph, all computed once before any rule runs.
 */
public record Analysis(Program program, Summaries summaries, Contexts contexts, LockSummaries locks,
    LockGraph graph, BoundSummaries bound) {

  public static Analysis of(Program program) {
    Summaries summaries = Summaries.compute(program);
    Contexts contexts = new Contexts(program, summaries);
    LockSummaries locks = LockSummaries.compute(program, summaries);
    return new Analysis(program, summaries, contexts, locks, LockGraph.build(program, contexts, locks),
        BoundSummaries.compute(program, summaries));
  }

  /** A finding of {@code rule} in body {@code u}, which carries the suppressions in force. */
  static Finding finding(Rule rule, Unit u, Position at, String message, List<Evidence> evidence) {
    return new Finding(rule.name(), rule.severity(), at, message, List.copyOf(evidence), u.suppressions());
  }

  static Finding finding(Rule rule, Severity severity, Position at, String message,
      java.util.Set<String> suppressions) {
    return new Finding(rule.name(), severity, at, message, List.of(), suppressions);
  }
}
