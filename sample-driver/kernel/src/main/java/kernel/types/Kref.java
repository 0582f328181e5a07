package kernel.types;

import java.util.concurrent.atomic.AtomicInteger;
import kernel.debug.AtomicContextTracker;

/**
 * An embedded reference count (struct kref over refcount_t), starting at one for the creator's
 * reference. Detects get after the last put, and put below zero, by throwing, as refcount_t
 * saturates and warns.
 */
public final class Kref {
    private final AtomicInteger count = new AtomicInteger(1);
    private final String owner;

    /** @param owner names the counted object in messages */
    public Kref(String owner) {
        this.owner = owner;
    }

    /** kref_get(). */
    public void get() {
        int c;
        do {
            c = count.get();
            if (c <= 0) {
                throw new IllegalStateException("refcount_t: addition on 0; use after the last put of " + owner);
            }
        } while (!count.compareAndSet(c, c + 1));
    }

    /** kref_put(): true when this put dropped the last reference and the caller must release. */
    public boolean put() {
        int c;
        do {
            c = count.get();
            if (c <= 0) {
                throw new IllegalStateException("refcount_t: underflow; put after the last put of " + owner);
            }
        } while (!count.compareAndSet(c, c - 1));
        return c == 1;
    }

    /**
     * kref_put(kref, release): puts, and on the last put runs {@code release.drop()} here, in the
     * caller's context (where a sleeping release in atomic context is reported as a drop).
     */
    public void put(Drop release) {
        if (put()) {
            AtomicContextTracker.DropFrame frame = AtomicContextTracker.enterDrop(owner + " -> release");
            try {
                release.drop();
            } finally {
                AtomicContextTracker.exitDrop(frame);
            }
        }
    }

    /** Throws unless a reference is still held: for accessors of the counted object. */
    public void checkLive() {
        if (count.get() <= 0) {
            throw new IllegalStateException("use after the last put: " + owner + " was released");
        }
    }

    public int read() {
        return count.get();
    }
}
