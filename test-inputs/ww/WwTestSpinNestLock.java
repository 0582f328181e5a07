// Negative (RecursiveLock, LockOrderInversion, LockNotHeld): locking-selftest ww_test_spin_nest_lock:
// SUCCESS. Y1 and Y2 (one lock class) are nested under the held nest lock X1, with A taken between
// them; X1 serializes them, expressed as distinct nesting subclasses. Not AA, not a Y-A-Y cycle.
package inputs.ww.wwtestspinnestlock;

import dev.drivercheck.annotations.*;

final class Selftest {
    final SpinLock x1 = new SpinLock();
    final SpinLock a = new SpinLock();
    @LockClass("Y")
    final SpinLock y1 = new SpinLock();
    @LockClass("Y")
    final SpinLock y2 = new SpinLock();
    int uses;

    /** No ww lock: the kernel lists this spinlock nest_lock test among the ww tests. */
    void spinNestLock() {
        x1.lock();
        y1.lockNestLock(x1, 0);
        a.lock();
        y2.lockNestLock(x1, 1);
        uses++;
        a.unlock();
        y2.unlock();
        y1.unlock();
        x1.unlock();
    }
}

/** spinlock_t: holding it is atomic context. */
@LockType(LockKind.SPIN)
final class SpinLock {
    /** spin_lock(). */
    @Acquires
    void lock() {}

    /**
     * spin_lock_nest_lock(lock, nest): takes this lock under the nest lock, which must be held.
     * The vocabulary has no nest-lock exemption, so the caller passes a distinct nesting subclass
     * for each lock of one class that the nest lock serializes.
     */
    @Acquires(subclassParam = 1)
    @Holds("#0")
    void lockNestLock(SpinLock nest, int subclass) {}

    /** spin_unlock(). */
    @Releases
    void unlock() {}
}
