package dev.drivercheck.rules;

import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.flow.Unit;
import java.util.function.BiConsumer;

/** The lifetime and refcount rules' shared walk: the events the flow recorded, of one kind. */
final class LifetimeEvents {
  private LifetimeEvents() {}

  static void forEach(Analysis a, LifetimeEvent.Kind kind, BiConsumer<Unit, LifetimeEvent> visit) {
    for (Unit u : a.program().units()) {
      for (LifetimeEvent e : u.lifetimes()) {
        if (e.kind() == kind) {
          visit.accept(u, e);
        }
      }
    }
  }
}
