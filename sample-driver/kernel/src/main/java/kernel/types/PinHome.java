package kernel.types;

import kernel.debug.CallSite;
import kernel.error.Errno;
import kernel.error.KernelException;

/**
 * The run-time side of pinning, kept by every {@link PinnedObject}: the slot it was built in (the
 * {@link Pin} whose initializer was running on this thread, or none when it was built in a plain
 * constructor or a {@code @PinInit} factory), where it was built, and whether it was moved since.
 *
 * <p>A move is handing an already built pinned object to an initializer as if it were new
 * ({@code Pin.box(slot -> existingLock)}): in Rust, {@code mem::swap}/{@code replace} on a
 * {@code Pin}. The move is refused where it happens, and the object stays poisoned: every later use
 * ({@link #checkUse}) throws, since whatever registered its identity (lockdep, a wait list, a list)
 * still refers to its old place. The check is one volatile read per use.
 */
public final class PinHome {
    private final Pin<?> slot;
    private final String builtAt;
    private volatile String movedAt;

    private PinHome(Pin<?> slot, String builtAt) {
        this.slot = slot;
        this.builtAt = builtAt;
    }

    /** The home of a pinned object being constructed now, on this thread. */
    public static PinHome here() {
        return new PinHome(Pin.filling(), CallSite.describeUser());
    }

    /** The slot this object was built in, or null when it was built outside {@link Pin#box}. */
    public Pin<?> slot() {
        return slot;
    }

    public String builtAt() {
        return builtAt;
    }

    public boolean isMoved() {
        return movedAt != null;
    }

    /** Throws when the object was moved: its old identity is what the kernel still knows. */
    public void checkUse(Object what) {
        String moved = movedAt;
        if (moved != null) {
            throw new KernelException(Errno.EINVAL, "use of a moved pinned object: " + what + " was built at " + builtAt
                    + " and moved into another slot at " + moved + "; a pinned object must be used where it was"
                    + " initialized (build it in place with Pin.box / Arc.pinInit / a @Pin field)");
        }
    }

    /** An initializer of {@code into} returned this object: fine if it was built there, a move otherwise. */
    void settle(Pin<?> into, Object what, String site) {
        checkUse(what);
        if (slot != into) {
            movedAt = site;
            throw new KernelException(Errno.EINVAL, "pin-init of " + into.describe() + " at " + site + " returned "
                    + what + ", which was already built at " + builtAt + (slot == null ? "" : " in " + slot.describe())
                    + ": moving a pinned object into a new slot is not allowed; construct it inside the initializer");
        }
    }
}
