// Positive (DropInAtomic): kernel model: Arc<Ctx>.close() under a kernel SpinLock, and Ctx's Drop.drop()
// takes a kernel Mutex; the final put would sleep in atomic context. DropInAtomic only.
package inputs.contextkernel.arcdropunderkernelspinlock;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.Arc;
import kernel.types.Drop;

@Pinned
final class Ctx implements Drop {
    @Pin private final Mutex<int[]> teardown = new Mutex<>(new int[1]);

    @Override
    public void drop() {
        try (MutexGuard<int[]> g = teardown.lock()) {
            g.get()[0] = 0;
        }
    }
}

final class Stats {
    int retired;
}

@Pinned
final class Cache {
    @Pin private final SpinLock<Stats> stats = new SpinLock<>(new Stats());

    void recycle(Arc<Ctx> shared) {
        try (SpinLockGuard<Stats> g = stats.lock()) {
            Arc<Ctx> ref = shared.clone();
            // :: error: [DropInAtomic]
            ref.close();
        }
    }
}
