package dev.drivercheck.rules;

import dev.drivercheck.flow.Unit;
import dev.drivercheck.flow.WwEvent;
import java.util.function.BiConsumer;

/** The ww rules' shared walk: the protocol events the flow analysis recorded, of one kind. */
final class WwEvents {
  private WwEvents() {}

  static void forEach(Analysis a, WwEvent.Kind kind, BiConsumer<Unit, WwEvent> visit) {
    for (Unit u : a.program().units()) {
      for (WwEvent e : u.locks().ww()) {
        if (e.kind() == kind) {
          visit.accept(u, e);
        }
      }
    }
  }
}
