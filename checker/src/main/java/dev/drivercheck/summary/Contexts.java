package dev.drivercheck.summary;

import dev.drivercheck.engine.Program;
import dev.drivercheck.facts.ExecContext;
import dev.drivercheck.facts.Facts;
import dev.drivercheck.facts.MethodFacts;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The context each body starts in. A method is judged at its call sites, so it starts clean
 * unless it is an {@code @AtomicContext} entry point or promised {@code @NoSleep}. A lambda starts
 * where it runs: in the caller's context and under the caller's locks when the callee runs it in
 * place, in the declared context when it is passed to a {@code @RunsIn} parameter.
 */
public final class Contexts {

  /** Why a point is atomic: a held lock, or the entry context of the body. */
  public record Cause(String text, Position position) {}

  /**
   * @param causes atomic causes in force on entry
   * @param noSleep the body is held to a {@code @NoSleep} promise (the name of who promised)
   * @param runsIn the atomic context of a callback passed to a {@code @RunsIn} parameter, whose
   *     sleeping is reported once at the argument
   */
  public record Entry(List<Cause> causes, String noSleep, ExecContext runsIn) {
    static final Entry NONE = new Entry(List.of(), null, null);
  }

  private record Site(Unit unit, CallSite call, CallSite.Callback callback) {}

  private final Program program;
  private final Summaries summaries;
  private final Map<Object, Site> lambdaSites = new HashMap<>();
  private final Map<Object, Entry> entries = new HashMap<>();

  public Contexts(Program program, Summaries summaries) {
    this.program = program;
    this.summaries = summaries;
    for (Unit u : program.units()) {
      for (CallSite c : u.calls()) {
        for (CallSite.Callback cb : c.callbacks()) {
          if (cb.lambda() != null) {
            lambdaSites.putIfAbsent(cb.lambda(), new Site(u, c, cb));
          }
        }
      }
    }
  }

  public Entry entry(Unit u) {
    Entry e = entries.get(u.key());
    if (e == null) {
      e = compute(u);
      entries.put(u.key(), e);
    }
    return e;
  }

  /**
   * The context a body is known to start in: an {@code @AtomicContext} entry point (inherited by
   * overrides and by lambdas implementing one), the declared context of a lambda passed to a
   * {@code @RunsIn} parameter, the context of the body an in-place lambda runs in; else null (a
   * method is judged at its call sites).
   */
  public ExecContext context(Unit u) {
    Facts facts = program.facts();
    if (u.kind() == Unit.Kind.METHOD) {
      return facts.method(u.method()).atomicContext();
    }
    if (u.kind() != Unit.Kind.LAMBDA) {
      return null;
    }
    Site site = lambdaSites.get(u.key());
    if (site != null) {
      ExecContext runsIn = facts.method(site.call().callee()).runsIn().get(site.callback().param());
      if (runsIn != null) {
        return runsIn;
      }
      if (summaries.runsInPlace(site.call(), site.callback().param())) {
        return context(site.unit());
      }
    }
    return u.implemented() == null ? null : facts.method(u.implemented()).atomicContext();
  }

  /**
   * The locks held when a body starts, as far as the body itself cannot see them: for a lambda run
   * in place, those of the call it is passed to (the caller's, and those the callee holds while it
   * runs), and so on outwards. Empty for everything else.
   */
  public List<HeldLock> entryHeld(Unit u) {
    if (u.kind() != Unit.Kind.LAMBDA) {
      return List.of();
    }
    Site site = lambdaSites.get(u.key());
    if (site == null || !summaries.runsInPlace(site.call(), site.callback().param())) {
      return List.of();
    }
    List<HeldLock> out = new ArrayList<>(entryHeld(site.unit()));
    out.addAll(site.call().held());
    out.addAll(site.call().during());
    for (Unit t : program.targets(site.call().callee(), site.call().receiverType(), site.call().virtual())) {
      for (Unit.ParamCall pc : t.paramCalls()) {
        if (pc.param() == site.callback().param()) {
          for (HeldLock h : pc.held()) {
            if (!h.cls().isParam() && !out.contains(h)) {
              out.add(h); // the callee runs the lambda under its own lock
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** A body whose context is that of the body it is written in (a lambda run in place): that body. */
  public Unit runsWithin(Unit u) {
    if (u.kind() != Unit.Kind.LAMBDA) {
      return null;
    }
    Site site = lambdaSites.get(u.key());
    return site != null && summaries.runsInPlace(site.call(), site.callback().param()) ? site.unit() : null;
  }

  /** The method a lambda is passed to, or null (not passed, or not a lambda). */
  public javax.lang.model.element.ExecutableElement passedTo(Unit u) {
    Site site = u.kind() == Unit.Kind.LAMBDA ? lambdaSites.get(u.key()) : null;
    return site == null ? null : site.call().callee();
  }

  /** A lambda that does not run during the call it is written in (deferred work, a stored callback). */
  public boolean deferred(Unit u) {
    if (u.kind() != Unit.Kind.LAMBDA) {
      return false;
    }
    Site site = lambdaSites.get(u.key());
    return site == null || !summaries.runsInPlace(site.call(), site.callback().param());
  }

  /** Every atomic cause in force at call {@code c} of body {@code u}: entry causes, then held locks. */
  public List<Cause> atomicAt(Unit u, CallSite c) {
    List<Cause> out = new ArrayList<>(entry(u).causes());
    out.addAll(lockCauses(c.held()));
    return out;
  }

  private static List<Cause> lockCauses(List<HeldLock> held) {
    List<Cause> out = new ArrayList<>();
    for (HeldLock h : held) {
      if (h.atomic()) {
        out.add(new Cause(h.typeName() + " " + h.lockClass() + " (atomic) is held (acquired at "
            + h.site().shortText() + ")", h.site()));
      }
    }
    return out;
  }

  private Entry compute(Unit u) {
    Facts facts = program.facts();
    if (u.kind() == Unit.Kind.METHOD) {
      MethodFacts f = facts.method(u.method());
      return declared(f, u.display(), u.position());
    }
    if (u.kind() != Unit.Kind.LAMBDA) {
      return Entry.NONE;
    }
    Site site = lambdaSites.get(u.key());
    if (site != null) {
      MethodFacts callee = facts.method(site.call().callee());
      ExecContext runsIn = callee.runsIn().get(site.callback().param());
      if (runsIn != null) {
        List<Cause> causes = runsIn.atomic()
            ? List.of(new Cause("it runs in " + runsIn + " context (passed to "
                + Facts.display(site.call().callee()) + ")", site.callback().position()))
            : List.of();
        return new Entry(causes, null, runsIn.atomic() ? runsIn : null);
      }
      if (summaries.runsInPlace(site.call(), site.callback().param())) {
        Entry outer = entry(site.unit());
        List<Cause> causes = new ArrayList<>(atomicAt(site.unit(), site.call()));
        for (Cause c : lockCauses(site.call().during())) {
          causes.add(new Cause(c.text() + " by " + Facts.display(site.call().callee()), c.position()));
        }
        for (Unit t : program.targets(site.call().callee(), site.call().receiverType(), site.call().virtual())) {
          for (Unit.ParamCall pc : t.paramCalls()) {
            if (pc.param() == site.callback().param()) {
              for (Cause c : lockCauses(pc.held())) {
                if (!causes.contains(c)) {
                  causes.add(new Cause(c.text() + " in " + t.display(), c.position()));
                }
              }
            }
          }
        }
        return new Entry(List.copyOf(causes), outer.noSleep(), outer.runsIn());
      }
    }
    return u.implemented() == null ? Entry.NONE
        : declared(facts.method(u.implemented()), u.display(), u.position());
  }

  private static Entry declared(MethodFacts f, String display, Position pos) {
    List<Cause> causes = f.atomicContext() != null && f.atomicContext().atomic()
        ? List.of(new Cause(display + " runs in " + f.atomicContext() + " context (@AtomicContext)", pos))
        : List.of();
    return new Entry(causes, f.noSleep() ? display : null, null);
  }
}
