// Positive (DrmmEscape): a syncobj timeline (refcounted by userspace handles and exportable as an fd, so
// unscoped) records the drmm rings waiting on it in its own list and map: each store into a collection
// owned by the longer-lived timeline is reported at the call.
package inputs.lifetime.drmmaddedtounscopedcollections;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The firmware ring, allocated with drmm_kzalloc(): freed at the drm_device's final release. */
@DrmmScoped
final class Ring {
    void kick() {}
}

final class SyncobjTimeline {
    private final List<Ring> waiters = new ArrayList<>();
    private final Map<Long, Ring> byPoint = new HashMap<>();

    void waitFor(Ring ring, long point) {
        // :: error: [DrmmEscape]
        waiters.add(ring);
        // :: error: [DrmmEscape]
        byPoint.put(point, ring);
    }

    void signal(long point) {
        Ring r = byPoint.remove(point);
        if (r != null) {
            r.kick();
        }
    }
}
