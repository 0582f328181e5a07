package asahi.channel;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kernel.delay.Delay;
import kernel.error.Errno;
import kernel.error.KernelException;

/**
 * A host-to-firmware ring in shared GPU memory (channel.rs TxChannel). {@link #put} sleeps while
 * the ring is full; {@link #waitFor} polls the firmware's completion pointer for a while, then
 * sleeps, up to a timeout. Protected by its owner's mutex on the host side.
 */
public class TxChannel<M> {
    private final String name;
    private final int capacity;
    private final ConcurrentLinkedQueue<M> ring = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong wptr = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    public TxChannel(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    /** Writes a message; returns its sequence number. Sleeps while the ring is full (ETIMEDOUT if stuck). */
    @MightSleep
    public long put(M msg) throws KernelException {
        int spins = 0;
        while (count.get() >= capacity) {
            if (++spins > 2000) {
                throw new KernelException(Errno.ETIMEDOUT, name + ": ring stuck full");
            }
            Delay.msleep(1);
        }
        count.incrementAndGet();
        long seq = wptr.incrementAndGet();
        ring.add(msg);
        return seq;
    }

    /** Waits until the firmware completed message {@code seq}: busy-polls, then sleeps (1 s max, then ETIMEDOUT). */
    @MightSleep
    public void waitFor(long seq) throws KernelException {
        long start = System.nanoTime();
        while (done.get() < seq) {
            long elapsed = System.nanoTime() - start;
            if (elapsed < 200_000L) {
                Thread.onSpinWait();
            } else if (elapsed > 1_000_000_000L) {
                throw new KernelException(Errno.ETIMEDOUT, name + ": firmware did not complete #" + seq);
            } else {
                Delay.msleep(1);
            }
        }
    }

    // ---- the firmware's side

    /** Firmware: the next message, or null. */
    @NoSleep
    public M fwTake() {
        M m = ring.poll();
        if (m != null) {
            count.decrementAndGet();
        }
        return m;
    }

    /** Firmware: every message up to the next one taken is done. */
    @NoSleep
    public void fwComplete() {
        done.incrementAndGet();
    }

    public String name() {
        return name;
    }
}
