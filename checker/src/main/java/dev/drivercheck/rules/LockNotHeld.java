package dev.drivercheck.rules;

import dev.drivercheck.report.Finding;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.summary.LockSummaries.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A call without a lock its callee needs held ({@code @Holds}, lockdep_assert_held), or with a
 * lock held that it must not be called with ({@code @Excludes}). A need that arises inside a
 * helper is passed on to the helper's callers and reported at the outermost call that does not
 * meet it.
 */
public final class LockNotHeld implements Rule {
  @Override
  public String name() {
    return "LockNotHeld";
  }

  @Override
  public String summary() {
    return "a @Holds method called without its lock, or an @Excludes method called with it";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Violation v : a.locks().violations()) {
      String needs = v.chain().get(v.chain().size() - 1);
      String via = v.chain().size() > 1 ? "; called via " + v.unit().display() + " -> " + String.join(" -> ", v.chain()) : "";
      List<Evidence> evidence = new ArrayList<>();
      for (int i = 0; i < v.chain().size(); i++) {
        evidence.add(new Evidence("calls " + v.chain().get(i) + " at " + v.sites().get(i).shortText(), v.sites().get(i)));
      }
      String message;
      if (v.excluded()) {
        evidence.add(0, new Evidence("held: " + v.held().describe(), v.held().site()));
        message = needs + " must not be called holding " + v.lock() + " (@Excludes), but it is held here (acquired at "
            + v.held().site().shortText() + ")" + via;
      } else {
        message = needs + " needs " + v.lock() + " held (@Holds), but it is not held on every path here" + via;
      }
      out.add(Analysis.finding(this, v.unit(), v.call().position(), message, evidence));
    }
  }
}
