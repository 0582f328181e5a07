// Positive (LockOrderInversion): kernel model: scan() gets Cache.index by tryLock() and then waits for
// Cache.data while holding it (edge index -> data); evict() takes data then index. A real AB-BA
// despite the trylock; reported at the data.lock() in scan() (first edge site).
package inputs.lockdepkernel.kerneltrylockthenlockinversion;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Cache {
    @Pin private final Mutex<int[]> index = new Mutex<>(new int[16]);
    @Pin private final Mutex<int[]> data = new Mutex<>(new int[16]);

    int scan(int slot) {
        try (MutexGuard<int[]> i = index.tryLock()) {
            if (i == null) {
                return -1;
            }
            // :: error: [LockOrderInversion]
            try (MutexGuard<int[]> d = data.lock()) {
                return d.get()[i.get()[slot & 15] & 15];
            }
        }
    }

    void evict(int slot) {
        try (MutexGuard<int[]> d = data.lock()) {
            try (MutexGuard<int[]> i = index.lock()) {
                i.get()[slot & 15] = 0;
                d.get()[slot & 15] = 0;
            }
        }
    }
}
