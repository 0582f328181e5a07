// Positive (LockClassKeyNotStatic): kernel model: a LockClassKey made per Engine instance in the
// constructor, and one made inline as a SpinLock constructor argument: dynamic keys that lockdep
// never unregisters. A warning at each new expression.
package inputs.lockdepkernel.kernellockclasskeynotstatic;

import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.SpinLock;

final class Engine {
    private final LockClassKey key;
    private final Mutex<int[]> sched;
    private final SpinLock<int[]> fence;

    Engine(String name) {
        // :: warning: [LockClassKeyNotStatic]
        key = new LockClassKey(name);
        sched = new Mutex<>(new int[1], name, key);
        // :: warning: [LockClassKeyNotStatic]
        fence = new SpinLock<>(new int[1], new LockClassKey(name + "-fence"));
    }
}
