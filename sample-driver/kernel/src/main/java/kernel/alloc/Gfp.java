package kernel.alloc;

/**
 * Allocation flags. {@code KERNEL} may sleep to reclaim memory; {@code ATOMIC} never sleeps and is
 * what atomic context must use. The allocation API has one method per flag ({@code allocKernel} /
 * {@code allocAtomic}) because the static checker reads annotations, not argument values.
 */
public enum Gfp {
    KERNEL("GFP_KERNEL", true),
    ATOMIC("GFP_ATOMIC", false);

    private final String flagName;
    private final boolean mayBlock;

    Gfp(String flagName, boolean mayBlock) {
        this.flagName = flagName;
        this.mayBlock = mayBlock;
    }

    /** gfpflags_allow_blocking(). */
    public boolean mayBlock() {
        return mayBlock;
    }

    public String flagName() {
        return flagName;
    }
}
