// Negative (LockOrderInversion, RecursiveLock): kernel model: scan() holds Cache.index and only
// tryLock()s Cache.data (a trylock never waits: no edge index -> data); evict() takes data then index.
// The only edge is data -> index.
package inputs.lockdepkernel.kerneltrylocknoedgesilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

@Pinned
final class Cache {
    @Pin private final Mutex<int[]> index = new Mutex<>(new int[16]);
    @Pin private final Mutex<int[]> data = new Mutex<>(new int[16]);

    int scan(int slot) {
        try (MutexGuard<int[]> i = index.lock()) {
            try (MutexGuard<int[]> d = data.tryLock()) {
                if (d == null) {
                    return -1;
                }
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
