// Negative (SleepInAtomic): new Entry(...) under a spinlock whose constructor only assigns fields;
// another constructor of Entry sleeps but is not the one called.
package inputs.context.constructornosleepunderlock;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class Entry {
    final int key;
    final int[] data;

    Entry(int key) {
        this.key = key;
        this.data = new int[0];
    }

    Entry(int key, int size) {
        this.key = key;
        this.data = Alloc.kmallocKernel(size);
    }
}

final class EntryMap {
    private final SpinLock lock = new SpinLock();
    private Entry last = null;

    void insert(int key) {
        try (SpinGuard g = lock.lock()) {
            last = new Entry(key);
        }
    }

    void insertLarge(int key) {
        Entry e = new Entry(key, 4096);
        try (SpinGuard g = lock.lock()) {
            last = e;
        }
    }
}

/** A spinlock: holding it makes the holder atomic. */
@LockType(LockKind.SPIN)
final class SpinLock {
    @Acquires
    SpinGuard lock() {
        return new SpinGuard();
    }
}

@LockGuard
final class SpinGuard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Alloc {
    private Alloc() {}

    /** kmalloc(GFP_KERNEL): may sleep to reclaim memory. */
    @MightSleep
    static int[] kmallocKernel(int n) {
        return new int[n];
    }
}
