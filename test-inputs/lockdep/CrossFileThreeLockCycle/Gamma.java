// Part of CrossFileThreeLockCycle: the edge Gamma.lock -> Alpha.lock, which closes the cycle.
package inputs.lockdep.crossfilethreelockcycle;

final class Gamma {
    final Mutex lock = new Mutex();
    Alpha next;
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
