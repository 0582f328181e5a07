// Positive (LockClassKeyNotStatic): kernel model: a LockClassKey made per Engine instance in the
// constructor, and one made inline as a SpinLock constructor argument: dynamic keys that lockdep
// never unregisters. A warning at each new expression.
package inputs.lockdepkernel.kernellockclasskeynotstatic;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.SpinLock;

@Pinned
final class Engine {
    private final LockClassKey key;
    @Pin private final Mutex<int[]> sched;
    @Pin private final SpinLock<int[]> fence;

    Engine(String name) {
        // :: warning: [LockClassKeyNotStatic]
        key = new LockClassKey(name);
        sched = new Mutex<>(new int[1], name, key);
        // :: warning: [LockClassKeyNotStatic]
        fence = new SpinLock<>(new int[1], new LockClassKey(name + "-fence"));
    }
}
