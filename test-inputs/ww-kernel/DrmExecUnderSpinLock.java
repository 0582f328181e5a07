// Positive (SleepInAtomic): kernel model: the submit path locks its reservations with DrmExec while
// still holding the queue's spinlock; lockAll() sleeps (ww mutexes). Reported at the lockAll call.
package inputs.wwkernel.drmexecunderspinlock;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.List;
import kernel.dma.DmaResv;
import kernel.drm.exec.DrmExec;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Queue {
    @Pin final SpinLock<int[]> pending = new SpinLock<>(new int[1]);

    int push(DmaResv vm, DmaResv bo) {
        try (SpinLockGuard<int[]> g = pending.lock()) {
            try (DrmExec exec = new DrmExec()) {
                // :: error: [SleepInAtomic]
                int ret = exec.lockAll(List.of(vm, bo));
                if (ret == 0) {
                    g.get()[0]++;
                }
                return ret;
            }
        }
    }
}
