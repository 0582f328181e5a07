// Positive (RecursiveLock): kernel model: setMode() holds Gpu.state and calls applyClocks(), which
// locks Gpu.state again: mutex_lock() on a mutex this thread holds hangs. Reported at the call in
// setMode(); the same helper called unlocked from boot() is fine.
package inputs.lockdepkernel.kernelmutexrecursivethroughhelper;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

final class State {
    int mode;
    int clock;
}

@Pinned
final class Gpu {
    @Pin private final Mutex<State> state = new Mutex<>(new State());

    void applyClocks() {
        try (MutexGuard<State> g = state.lock()) {
            g.get().clock = g.get().mode * 100;
        }
    }

    void setMode(int mode) {
        try (MutexGuard<State> g = state.lock()) {
            g.get().mode = mode;
            // :: error: [RecursiveLock]
            applyClocks();
        }
    }

    void boot() {
        applyClocks();
    }
}
