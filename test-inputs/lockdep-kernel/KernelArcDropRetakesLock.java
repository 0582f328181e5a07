// Positive (RecursiveLock): kernel model, asahi pattern: Manager.remove() holds Manager.lock and closes
// an Arc<Buffer>; Buffer's Drop.drop() takes Manager.lock to unlink itself, so a final put here
// re-takes the held mutex. Reported at close().
package inputs.lockdepkernel.kernelarcdropretakeslock;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Arc;
import kernel.types.Drop;

@Pinned
final class Manager {
    @Pin final Mutex<int[]> lock = new Mutex<>(new int[1]);

    void remove(@Owned Arc<Buffer> buf) {
        try (MutexGuard<int[]> g = lock.lock()) {
            g.get()[0]--;
            // :: error: [RecursiveLock]
            buf.close();
        }
    }
}

final class Buffer implements Drop {
    private final Manager manager;

    Buffer(Manager manager) {
        this.manager = manager;
    }

    @Override
    public void drop() {
        try (MutexGuard<int[]> g = manager.lock.lock()) {
            g.get()[0] = 0;
        }
    }
}
