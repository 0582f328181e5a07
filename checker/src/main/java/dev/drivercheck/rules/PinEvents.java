package dev.drivercheck.rules;

import dev.drivercheck.flow.PinEvent;
import dev.drivercheck.flow.Unit;
import java.util.Set;
import java.util.function.BiConsumer;

/** The pinning rules' shared walk: what bodies do to pinned objects, of some kinds. */
final class PinEvents {
  private PinEvents() {}

  static void forEach(Analysis a, Set<PinEvent.Kind> kinds, BiConsumer<Unit, PinEvent> visit) {
    for (Unit u : a.program().units()) {
      for (PinEvent e : u.pins()) {
        if (kinds.contains(e.kind())) {
          visit.accept(u, e);
        }
      }
    }
  }
}
