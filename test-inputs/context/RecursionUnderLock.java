// Negative (SleepInAtomic): a recursive tree walk called under a spinlock; the recursion never
// reaches a sleeping call (the fixpoint over the call-graph cycle must stay "cannot sleep").
package inputs.context.recursionunderlock;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Releases;

final class TreeNode {
    TreeNode left;
    TreeNode right;
    int weight;
}

final class Tree {
    private final SpinLock lock = new SpinLock();
    private TreeNode root;

    int totalWeight() {
        try (SpinGuard g = lock.lock()) {
            return sum(root);
        }
    }

    private static int sum(TreeNode n) {
        if (n == null) {
            return 0;
        }
        return n.weight + sum(n.left) + sum(n.right);
    }

    void rebalance() {
        Delay.msleep(1);
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

final class Delay {
    private Delay() {}

    /** msleep(): blocks the caller. */
    @MightSleep
    static void msleep(int ms) {}
}
