package kernel.alloc;

import kernel.debug.AtomicContextTracker;

/** The allocator's debug hook: might_sleep_if(gfpflags_allow_blocking(flags)). */
final class Kmalloc {
    private Kmalloc() {}

    static void prepare(Gfp gfp, String what) {
        if (gfp.mayBlock()) {
            AtomicContextTracker.mightSleep("kmalloc(" + gfp.flagName() + ") in " + what);
        }
    }
}
