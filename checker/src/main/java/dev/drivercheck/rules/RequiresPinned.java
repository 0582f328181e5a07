package dev.drivercheck.rules;

import dev.drivercheck.flow.PinEvent;
import dev.drivercheck.report.Finding;
import java.util.List;
import java.util.Set;

/**
 * A movable value passed where the callee records its identity ({@code @RequiresPinned}: an
 * intrusive list insertion, an XArray store of an address-sensitive value): nothing stops it
 * from being moved later, leaving the record dangling. A counted owning handle ({@code @Refcounted}:
 * Arc, KBox, ARef) is accepted: what the callee records is its heap pointee, which never moves
 * (Rust's ForeignOwnable entries of an XArray).
 */
public final class RequiresPinned implements Rule {
  @Override
  public String name() {
    return "RequiresPinned";
  }

  @Override
  public String summary() {
    return "a movable (non-@Pinned) value passed to a @RequiresPinned parameter";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    PinEvents.forEach(a, Set.of(PinEvent.Kind.NOT_PINNED), (u, e) -> out.add(Analysis.finding(this, u, e.at(),
        e.type() + " is not @Pinned, but " + e.detail() + " records the identity of this argument"
            + " (@RequiresPinned): only a pinned, pin-initialized object may be linked in", List.of())));
  }
}
