// Negative (DropInAtomic, SleepInAtomic): kernel model: the Arc javadoc idiom: clone under the SpinLock,
// then use (msleep) and drop the clone after the guard is closed, in process context. Silent.
package inputs.contextkernel.cloneunderkernelspinlockdropafter;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.delay.Delay;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.Arc;
import kernel.types.Drop;

@Pinned
final class Ctx implements Drop {
    @Pin private final Mutex<int[]> teardown = new Mutex<>(new int[1]);
    int users;

    @Override
    public void drop() {
        try (MutexGuard<int[]> g = teardown.lock()) {
            g.get()[0] = 0;
        }
    }
}

final class Stats {
    int lookups;
}

@Pinned
final class Cache {
    @Pin private final SpinLock<Stats> stats = new SpinLock<>(new Stats());

    int use(Arc<Ctx> shared) {
        Arc<Ctx> ctx;
        try (SpinLockGuard<Stats> g = stats.lock()) {
            g.get().lookups++;
            ctx = shared.clone();
        }
        try (ctx) {
            Delay.msleep(1);
            return ctx.get().users;
        }
    }
}
