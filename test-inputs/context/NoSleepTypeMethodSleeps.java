// Positive (NoSleepViolated): @NoSleep on a type covers all its methods; one of them calls a
// GFP_KERNEL allocation, which may sleep.
package inputs.context.nosleeptypemethodsleeps;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

@NoSleep
final class FastPath {
    private int[] cache = new int[0];

    int lookup(int key) {
        return key < cache.length ? cache[key] : -1;
    }

    void grow(int n) {
        // :: error: [NoSleepViolated]
        cache = Alloc.kmallocKernel(n);
    }
}

final class Alloc {
    private Alloc() {}

    /** kmalloc(GFP_KERNEL): may sleep to reclaim memory. */
    @MightSleep
    static int[] kmallocKernel(int n) {
        return new int[n];
    }
}
