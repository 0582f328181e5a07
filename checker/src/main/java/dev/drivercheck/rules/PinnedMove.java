package dev.drivercheck.rules;

import dev.drivercheck.flow.PinEvent;
import dev.drivercheck.report.Finding;
import java.util.List;
import java.util.Set;

/**
 * A {@code @Pinned} object moved or copied: passed to a {@code @Moves} parameter (swap, replace,
 * take), cloned, or copied by a copy constructor. What was registered by its identity keeps
 * pointing at the old one.
 */
public final class PinnedMove implements Rule {
  @Override
  public String name() {
    return "PinnedMove";
  }

  @Override
  public String summary() {
    return "a @Pinned value moved, cloned or copied";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    PinEvents.forEach(a, Set.of(PinEvent.Kind.MOVED, PinEvent.Kind.CLONE, PinEvent.Kind.COPY), (u, e) -> {
      String what = switch (e.kind()) {
        case MOVED -> "is passed to " + e.detail() + ", which moves its argument (@Moves)";
        case CLONE -> "is cloned";
        default -> "is copied by a copy constructor";
      };
      out.add(Analysis.finding(this, u, e.at(), "a @Pinned " + e.type() + " " + what + ": a pinned object must"
          + " keep its identity once initialized (what registered it, a lock map, a wait list, a list link,"
          + " still points at the original)", List.of()));
    });
  }
}
