// Negative (LockClassKeyNotStatic, RecursiveLock, LockOrderInversion): kernel model: keys in static
// final fields; the Mutexes of every Channel share one class (CHANNEL_KEY) but are never nested, and
// the ring key's class is always taken under the channel class.
package inputs.lockdepkernel.kernellockclasskeystaticsilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

final class Keys {
    static final LockClassKey CHANNEL_KEY = new LockClassKey("channel");
    static final LockClassKey RING_KEY = new LockClassKey("ring");

    private Keys() {}
}

@Pinned
final class Channel {
    @Pin final Mutex<int[]> lock = new Mutex<>(new int[1], "channel", Keys.CHANNEL_KEY);
    @Pin final Mutex<int[]> ring = new Mutex<>(new int[8], Keys.RING_KEY);

    void push(int v) {
        try (MutexGuard<int[]> c = lock.lock()) {
            try (MutexGuard<int[]> r = ring.lock()) {
                r.get()[c.get()[0]++ & 7] = v;
            }
        }
    }

    static void pushBoth(Channel a, Channel b, int v) {
        a.push(v);
        b.push(v);
    }
}
