package dev.drivercheck.summary;

import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Per-body summaries, computed bottom-up over the call graph of the whole compilation: strongly
 * connected components callees first, iterated to a fixpoint inside each (recursion). A body may
 * sleep if it calls something that may: a {@code @MightSleep} method, a sleeping lock, an
 * analyzed body that may (through every override a virtual call can reach), a callback it runs in
 * place, or a {@code @DecRef} whose pointee's {@code @Destructor} may sleep.
 */
public final class Summaries {
  private final Program program;
  private final Facts facts;
  private final Map<Object, Witness> sleeps = new HashMap<>();
  private List<List<Unit>> sccs = List.of();

  private Summaries(Program program) {
    this.program = program;
    this.facts = program.facts();
  }

  public static Summaries compute(Program program) {
    Summaries s = new Summaries(program);
    List<Unit> units = new ArrayList<>();
    program.units().forEach(units::add);
    s.sccs = Graph.sccs(units, s::callees);
    for (List<Unit> scc : s.sccs) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Unit u : scc) {
          if (!s.sleeps.containsKey(u.key())) {
            Witness w = s.bodySleeps(u);
            if (w != null) {
              s.sleeps.put(u.key(), w);
              changed = true;
            }
          }
        }
      }
    }
    return s;
  }

  /** The call graph's strongly connected components, callees first: the order of every summary. */
  List<List<Unit>> sccs() {
    return sccs;
  }

  /** Why the body of {@code u} may sleep, or null. */
  public Witness sleeps(Unit u) {
    return sleeps.get(u.key());
  }

  /**
   * Why a call may sleep, or null.
   *
   * @param withLambdas count lambdas the callee runs in place (a summary does; a rule does not,
   *     because their bodies are judged where they are written)
   */
  public Witness callSleeps(CallSite c, boolean withLambdas) {
    Witness w = calleeSleeps(c);
    if (w != null && w.kind() == Witness.Kind.SLEEP) {
      return w;
    }
    for (CallSite.Callback cb : c.callbacks()) {
      if (!runsInPlace(c, cb.param())) {
        continue;
      }
      Witness cw = null;
      if (cb.lambda() != null && withLambdas) {
        Unit lambda = program.unit(cb.lambda());
        Witness lw = lambda == null ? null : sleeps(lambda);
        cw = lw == null ? null : lw.via(lambda.display(), cb.position());
      } else if (cb.target() != null) {
        cw = methodSleeps(cb.target(), null, false, cb.position());
      }
      if (cw != null && (w == null || cw.kind() == Witness.Kind.SLEEP)) {
        w = cw;
      }
    }
    return w;
  }

  private Witness calleeSleeps(CallSite c) {
    MethodFacts f = facts.method(c.callee());
    if (f.decRef()) {
      return dropSleeps(c);
    }
    return methodSleeps(c.callee(), c.receiverType(), c.virtual(), c.position());
  }

  /** The final drop of the reference: the pointee's destructor runs here. */
  private Witness dropSleeps(CallSite c) {
    TypeMirror pointee = c.receiverType() == null ? null : facts.pointee(c.receiverType());
    ExecutableElement dtor = pointee == null ? null : facts.destructor(pointee);
    if (dtor == null) {
      return null;
    }
    Witness d = methodSleeps(dtor, pointee, true, c.position());
    return d == null ? null
        : Witness.drop(Facts.display(c.callee()), c.position(), Facts.simpleName(pointee), d);
  }

  /** Whether calling {@code m} may sleep, from its annotations or its analyzed bodies. */
  private Witness methodSleeps(ExecutableElement m, TypeMirror receiver, boolean virtual,
      dev.drivercheck.report.Position site) {
    MethodFacts f = facts.method(m);
    if (f.noSleep()) {
      return null; // a promise: checked where it is implemented, trusted where it is called
    }
    if (f.mightSleep() || f.sleepingAcquire() != null) {
      return Witness.sleep(Facts.display(m), site);
    }
    Witness best = null;
    for (Unit t : program.targets(m, receiver, virtual)) {
      if (t.method() != null && facts.method(t.method()).noSleep()) {
        continue; // an override promised @NoSleep: its own violations are reported in it
      }
      Witness w = sleeps(t);
      if (w != null && (best == null || (best.kind() == Witness.Kind.DROP && w.kind() == Witness.Kind.SLEEP))) {
        best = w.via(t.display(), site);
      }
    }
    return best;
  }

  /** Whether a method referenced as a callback ({@code this::work}) may sleep when run. */
  public Witness referenceSleeps(ExecutableElement m, dev.drivercheck.report.Position site) {
    return methodSleeps(m, null, false, site);
  }

  /** Does the callee run its parameter {@code param} during the call? */
  public boolean runsInPlace(CallSite c, int param) {
    MethodFacts f = facts.method(c.callee());
    if (f.runsIn().containsKey(param)) {
      return false;
    }
    if (f.calledInPlace().contains(param)) {
      return true;
    }
    for (Unit t : program.targets(c.callee(), c.receiverType(), c.virtual())) {
      if (t.paramCalls().stream().anyMatch(pc -> pc.param() == param)) {
        return true;
      }
    }
    return false;
  }

  private Witness bodySleeps(Unit u) {
    Witness drop = null;
    for (CallSite c : u.calls()) {
      Witness w = callSleeps(c, true);
      if (w != null) {
        Witness here = w;
        if (w.kind() == Witness.Kind.SLEEP) {
          return here;
        }
        if (drop == null) {
          drop = here;
        }
      }
    }
    for (Object k : u.implicitCalls()) {
      Unit init = program.unit(k);
      Witness w = init == null ? null : sleeps(init);
      if (w != null) {
        return w.via(init.display(), u.position());
      }
    }
    return drop;
  }

  /** The bodies {@code u} depends on, for the SCC order. */
  private List<Unit> callees(Unit u) {
    List<Unit> out = new ArrayList<>();
    for (CallSite c : u.calls()) {
      out.addAll(program.targets(c.callee(), c.receiverType(), c.virtual()));
      if (facts.method(c.callee()).decRef() && c.receiverType() != null) {
        TypeMirror p = facts.pointee(c.receiverType());
        ExecutableElement d = p == null ? null : facts.destructor(p);
        if (d != null) {
          out.addAll(program.targets(d, p, true));
        }
      }
      for (CallSite.Callback cb : c.callbacks()) {
        if (cb.lambda() != null && program.unit(cb.lambda()) != null) {
          out.add(program.unit(cb.lambda()));
        } else if (cb.target() != null) {
          out.addAll(program.targets(cb.target(), null, false));
        }
      }
    }
    for (Object k : u.implicitCalls()) {
      if (program.unit(k) != null) {
        out.add(program.unit(k));
      }
    }
    return out;
  }
}
