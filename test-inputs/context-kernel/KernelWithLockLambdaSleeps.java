// Positive (SleepInAtomic): SpinLock.withLock from the kernel jar (a class file, not analyzed) runs
// its callback under the lock: @Acquires and @Releases together say the lock is held during the call.
package inputs.contextkernel.withlocklambdasleeps;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.delay.Delay;
import kernel.sync.SpinLock;

@Pinned
final class Stats {
    @Pin private final SpinLock<Integer> count = new SpinLock<>(0);

    int bump() {
        return count.withLock(g -> {
            // :: error: [SleepInAtomic]
            Delay.msleep(1);
            return 1;
        });
    }
}
