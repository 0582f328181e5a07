package dev.drivercheck.rules;

import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A counted reference released twice on some path ({@code arc.close()} then again, or an explicit
 * close inside the try-with-resources that closes it too): the second put drops a reference
 * someone else owns, and the object is freed under them.
 */
public final class RefDoubleRelease implements Rule {
  @Override
  public String name() {
    return "RefDoubleRelease";
  }

  @Override
  public String summary() {
    return "releasing the same counted reference twice on some path";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    LifetimeEvents.forEach(a, LifetimeEvent.Kind.DOUBLE_RELEASE, (u, e) ->
        out.add(Analysis.finding(this, u, e.at(), "the reference in " + e.value() + " is released here by "
            + e.place() + "() but was already released on some path to this point: the extra put frees an"
            + " object another holder still uses", List.of())));
  }
}
