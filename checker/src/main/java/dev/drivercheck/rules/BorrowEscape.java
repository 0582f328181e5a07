package dev.drivercheck.rules;

import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A borrowed counted reference (a parameter that is not {@code @Owned}, a {@code @Borrowed}
 * result) kept where it can outlive the loan: a field, an owned collection, deferred work, an
 * {@code @Owned} parameter. The owner puts its reference later and the keeper is left with a freed
 * object; take a new reference ({@code @IncRef}: clone(), ARef.from()) and keep that instead.
 */
public final class BorrowEscape implements Rule {
  @Override
  public String name() {
    return "BorrowEscape";
  }

  @Override
  public String summary() {
    return "a borrowed counted reference stored into a field, collection or capture without @IncRef";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    LifetimeEvents.forEach(a, LifetimeEvent.Kind.BORROW_ESCAPE, (u, e) ->
        out.add(Analysis.finding(this, u, e.at(), "the " + e.value() + " is kept in " + e.place()
            + ", which can outlive the loan: take a new reference first (clone(), ARef.from()) or make the"
            + " parameter @Owned", List.of())));
  }
}
