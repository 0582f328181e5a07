// Negative (PinnedNotInPlace, PinnedStructural): kernel model: Arc.pinInit builds a shared state
// struct (its Mutex a final @Pin field) in the Arc's allocation; the Arc is cloned and closed as
// usual, since cloning the handle does not move the pinned state.
package inputs.pinningkernel.arcpininitmutexstructsilent;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Arc;

@Pinned
final class Shared {
    @Pin final Mutex<long[]> counters;

    Shared(int n) {
        counters = new Mutex<>(new long[n], "counters");
    }
}

final class Owner {
    @MightSleep
    long create() {
        Arc<Shared> shared = Arc.pinInit(slot -> new Shared(4));
        long total;
        try (MutexGuard<long[]> g = shared.get().counters.lock()) {
            g.get()[0]++;
            total = g.get()[0];
        }
        Arc<Shared> other = shared.clone();
        shared.close();
        other.close();
        return total;
    }
}
