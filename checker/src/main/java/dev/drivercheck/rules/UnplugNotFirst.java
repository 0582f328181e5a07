package dev.drivercheck.rules;

import dev.drivercheck.flow.LifetimeEvent;
import dev.drivercheck.flow.Unit;
import dev.drivercheck.report.Finding;
import java.util.List;

/**
 * A remove() ({@code @RemoveCallback}) whose first effect is not unplugging the DRM device: until
 * drm_dev_unplug, user space can still enter the driver and reach hardware that remove() is
 * tearing down. Reported at the first effect before the unplug, or at the method if it never
 * unplugs on some path.
 */
public final class UnplugNotFirst implements Rule {
  @Override
  public String name() {
    return "UnplugNotFirst";
  }

  @Override
  public String summary() {
    return "a remove() whose first effect is not the @Unplug call";
  }

  @Override
  public void check(Analysis a, List<Finding> out) {
    for (Unit u : a.program().units()) {
      for (LifetimeEvent e : u.lifetimes()) {
        if (e.kind() == LifetimeEvent.Kind.BEFORE_UNPLUG) {
          out.add(Analysis.finding(this, u, e.at(), u.display() + " " + e.value() + " before it unplugs the DRM"
              + " device: unplug first (drm_dev_unplug), so that no ioctl can reach what remove() tears down",
              List.of()));
        } else if (e.kind() == LifetimeEvent.Kind.NEVER_UNPLUGS) {
          out.add(Analysis.finding(this, u, e.at(), u.display() + " is a remove() callback that does not unplug the"
              + " DRM device on some path out of it: drm_dev_unplug must be the first thing it does", List.of()));
        }
      }
    }
  }
}
