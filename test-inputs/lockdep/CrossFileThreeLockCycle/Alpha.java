// Positive (LockOrderInversion): a three-class cycle spread over three files: Alpha.lock -> Beta.lock
// (here), Beta.lock -> Gamma.lock (Beta.java), Gamma.lock -> Alpha.lock (Gamma.java). Reported once,
// at the edge site first in (file, line) order: the call in Alpha.run().
package inputs.lockdep.crossfilethreelockcycle;

final class Alpha {
    final Mutex lock = new Mutex();
    Beta next;
    int ticks;

    void step() {
        try (Guard g = lock.lock()) {
            ticks++;
        }
    }

    void run() {
        try (Guard g = lock.lock()) {
            // :: error: [LockOrderInversion]
            next.step();
        }
    }
}
