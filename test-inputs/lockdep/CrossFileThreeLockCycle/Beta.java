// Part of CrossFileThreeLockCycle: the edge Beta.lock -> Gamma.lock, made through a callee.
package inputs.lockdep.crossfilethreelockcycle;

final class Beta {
    final Mutex lock = new Mutex();
    Gamma next;
    int ticks;

    void step() {
        try (Guard g = lock.lock()) {
            ticks++;
        }
    }

    void run() {
        try (Guard g = lock.lock()) {
            next.step();
        }
    }
}
