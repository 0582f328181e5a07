package dev.drivercheck.rules;

import dev.drivercheck.facts.LockKind;
import dev.drivercheck.flow.CallSite;
import dev.drivercheck.flow.HeldLock;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.summary.Acquisition;
import dev.drivercheck.summary.LockSummaries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Taking a lock class that is already held (lockdep's AA): directly, in a callee, in a callback
 * run in place, or in the destructor a drop runs (asahi's "the final drop takes the lock the
 * caller holds"). Nesting with different subclasses is fine, try-locks never wait, and read-side
 * kinds (RCU, SRCU) and interrupt/preemption sections nest. Reported at the outermost call, in the
 * body that holds the class.
 */
public final class RecursiveLock implements Rule {
  @Override
  public String name() {
    return "RecursiveLock";
  }

  @Override
  public String summary() {
    return "a lock class taken while it is already held (AA deadlock)";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    Set<String> excluded = new HashSet<>();
    Set<dev.drivercheck.report.Position> missingContext = new HashSet<>(); // a second plain ww lock of a class is WwMissingContext
    WwEvents.forEach(a, dev.drivercheck.flow.WwEvent.Kind.MISSING_CONTEXT, (u, e) -> missingContext.add(e.at()));
    for (LockSummaries.Violation v : a.locks().violations()) {
      if (v.excluded()) {
        excluded.add(v.call().position() + " " + a.locks().node(v.held().cls(), 0));
      }
    }
    // ww: a lock taken with a context while one of its class taken without a context is held
    WwEvents.forEach(a, dev.drivercheck.flow.WwEvent.Kind.RECURSIVE, (u, e) -> {
      String cls = a.locks().canonical(e.mutexClass()).key();
      for (HeldLock h : e.other()) {
        if (a.locks().canonical(h.cls()).key().equals(cls)) {
          out.add(Analysis.finding(this, u, e.at(), String.format(e.message(),
              a.locks().canonical(e.mutexClass()).name(), h.describe()),
              List.of(new Evidence("held: " + h.describe(), h.site()))));
          return;
        }
      }
    });
    for (Unit u : a.program().units()) {
      for (CallSite c : u.calls()) {
        Set<String> reported = new HashSet<>();
        List<HeldLock> held = new ArrayList<>(a.contexts().entryHeld(u)); // a lambda run under its caller's locks
        held.addAll(c.held());
        if (missingContext.contains(c.position())) {
          continue;
        }
        check(a, u, c, a.locks().taken(c), held, excluded, reported, out);
        held.addAll(c.during());
        check(a, u, c, a.locks().takenByCallbacks(c, false), held, excluded, reported, out);
      }
    }
  }

  private void check(Analysis a, Unit u, CallSite c, List<Acquisition> taken, List<HeldLock> held,
      Set<String> excluded, Set<String> reported, List<Finding> out) {
    for (Acquisition t : taken) {
      if (t.trylock() || t.retaken() || !nonReentrant(t.kind()) || t.subclass() < 0 || t.cls().isParam()) {
        continue;
      }
      String node = a.locks().node(t.cls(), t.subclass());
      for (HeldLock h : held) {
        // a ww mutex held under a context is no nest lock for a plain (context-less) re-take of its class
        boolean plainOverWw = t.kind() == LockKind.MUTEX && h.kind() == LockKind.WW_MUTEX;
        if (h.cls().isParam() || h.subclass() != t.subclass() || !(nonReentrant(h.lockdepKind()) || plainOverWw)
            || !a.locks().node(h.cls(), h.subclass()).equals(node)) {
          continue;
        }
        if (excluded.contains(c.position() + " " + a.locks().node(h.cls(), 0)) || !reported.add(node)) {
          break; // one report per class and call; @Excludes violations are LockNotHeld
        }
        String how = t.chain().size() == 1 ? "" : "; called via " + t.path(u.display());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("held: " + h.describe(), h.site()));
        evidence.addAll(t.evidence());
        String canonical = a.locks().canonical(t.cls()).name();
        String name = canonical.equals(t.cls().name()) ? t.lockClass()
            : canonical + (t.subclass() == 0 ? "" : "/" + t.subclass()) + " (as " + t.lockClass() + ")";
        out.add(Analysis.finding(this, u, c.position(), t.typeName() + " " + name
            + " is taken while already held (acquired at " + h.site().shortText() + ")" + how
            + "; re-taking a held lock class deadlocks (lockNested with another subclass if these are"
            + " two locks nested in a fixed order)", evidence));
        break;
      }
    }
  }

  private static boolean nonReentrant(LockKind k) {
    return switch (k) {
      case MUTEX, RW_SEMAPHORE, SPIN, RAW_SPIN, RW_SPIN -> true;
      default -> false; // RCU and SRCU read sections, IRQ_OFF/PREEMPT_OFF nest; ww locks have their own rules
    };
  }
}
