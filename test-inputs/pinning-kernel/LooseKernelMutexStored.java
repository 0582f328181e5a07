// Positive (PinnedNotInPlace): kernel model: a Mutex built in a local (or passed loose to a plain
// constructor) and then stored: it registered its lockdep identity where it was built and is moved
// into its owner afterwards. Reported at each `new Mutex`, never at the store.
package inputs.pinningkernel.loosekernelmutexstored;

import kernel.sync.Mutex;

final class Cache {
    private Mutex<int[]> lock;

    void init() {
        // :: error: [PinnedNotInPlace]
        Mutex<int[]> m = new Mutex<>(new int[1], "cache");
        lock = m;
    }
}

final class Holder {
    final Mutex<String> name;

    Holder(Mutex<String> name) {
        this.name = name;
    }

    static Holder make() {
        // :: error: [PinnedNotInPlace]
        return new Holder(new Mutex<>("x", "holder"));
    }
}
