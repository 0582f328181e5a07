package dev.drivercheck.rules;

import dev.drivercheck.flow.PinEvent;
import dev.drivercheck.report.Finding;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code new} of a {@code @Pinned} class outside pin-init: such an object registers its identity
 * (a wait list, a lockdep map, list links) as it is built, so it must be built where it will live,
 * by a {@code @PinInit} body, in the {@code @Pin} field it fills, or in the slot a {@code @PinInit}
 * call provides (an argument or an initializer lambda).
 */
public final class PinnedNotInPlace implements Rule {
  @Override
  public String name() {
    return "PinnedNotInPlace";
  }

  @Override
  public String summary() {
    return "new of a @Pinned class outside a @PinInit context";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    PinEvents.forEach(a, Set.of(PinEvent.Kind.NEW), (u, e) -> {
      ExecutableElement passedTo = a.contexts().passedTo(u);
      if (e.inPlace() || (passedTo != null && a.program().facts().method(passedTo).pinInit())) {
        return;
      }
      out.add(Analysis.finding(this, u, e.at(), e.type() + " is @Pinned but is constructed here, outside pin-init"
          + " (in " + u.display() + "): build it in place, in a @PinInit constructor or factory, in the @Pin field"
          + " of its @Pinned owner, or through a @PinInit call (Pin.box, Arc.pinInit)", List.of()));
    });
  }
}
