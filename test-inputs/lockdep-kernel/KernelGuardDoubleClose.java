// Positive (UnlockNotHeld): kernel model: the SpinLockGuard is closed inside the if and again after
// it: on the taken branch the second close() unlocks a lock that is no longer held.
package inputs.lockdepkernel.kernelguarddoubleclose;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Doorbell {
    @Pin private final SpinLock<int[]> lock = new SpinLock<>(new int[1]);

    void ring(boolean urgent) {
        SpinLockGuard<int[]> g = lock.lock();
        g.get()[0]++;
        if (urgent) {
            g.close();
        }
        // :: error: [UnlockNotHeld]
        g.close();
    }
}
