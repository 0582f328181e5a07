// Positive (LockNotHeld): kernel model: commit() calls state.assertHeld() (@Holds("this") on the
// Mutex: lockdep_assert_held); the requirement flows to commit()'s callers. update() holds the
// mutex (fine); rollback() does not, and it is a root: reported at its call of commit().
package inputs.lockdepkernel.kernelassertheldthroughhelper;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Config {
    @Pin private final Mutex<int[]> state = new Mutex<>(new int[2]);
    private int generation;

    void commit() {
        state.assertHeld();
        generation++;
    }

    void update(int v) {
        try (MutexGuard<int[]> g = state.lock()) {
            g.get()[0] = v;
            commit();
        }
    }

    void rollback() {
        // :: error: [LockNotHeld]
        commit();
    }
}
