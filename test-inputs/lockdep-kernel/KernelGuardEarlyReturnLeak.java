// Positive (LockLeak): kernel model: a MutexGuard closed by hand, but the early return for a stale
// generation skips close(): the mutex stays held. Reported at lock().
package inputs.lockdepkernel.kernelguardearlyreturnleak;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Vm {
    @Pin private final Mutex<long[]> pageTable = new Mutex<>(new long[512]);

    boolean map(int index, long pte, long generation) {
        // :: error: [LockLeak]
        MutexGuard<long[]> g = pageTable.lock();
        if (g.get()[0] != generation) {
            return false;
        }
        g.get()[index & 511] = pte;
        g.close();
        return true;
    }
}
