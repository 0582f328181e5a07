package kernel.irq;

import dev.drivercheck.annotations.MightSleep;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import kernel.debug.AtomicContextTracker;

/**
 * An installed IRQ handler (kernel::irq::Registration). {@link #fire()} delivers one interrupt on
 * the calling thread in simulated hard-IRQ context; {@link #close()} is free_irq.
 *
 * <p>As on real hardware, one handler never runs on two CPUs at once: an interrupt that arrives
 * while the handler runs elsewhere is left pending and replayed by that CPU.
 */
public final class IrqRegistration implements AutoCloseable {
    private final int irq;
    private final String name;
    private final IrqHandler handler;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong handled = new AtomicLong();
    private volatile boolean freed;

    IrqRegistration(int irq, String name, IrqHandler handler) {
        this.irq = irq;
        this.name = name;
        this.handler = handler;
    }

    public int irq() {
        return irq;
    }

    public String name() {
        return name;
    }

    /** How many interrupts the handler has handled (its /proc/interrupts count). */
    public long handledCount() {
        return handled.get();
    }

    /**
     * Delivers one interrupt on this thread. NONE when the handler did not claim it or the
     * registration is freed; HANDLED when it did, or when it is pending on a CPU that runs the
     * handler now.
     *
     * @throws IllegalStateException when this thread has interrupts disabled: the CPU would not
     *     take the interrupt now (raise it from another thread)
     */
    public IrqReturn fire() {
        if (AtomicContextTracker.irqsDisabled()) {
            throw new IllegalStateException("IRQ " + irq + " (" + name + ") raised on a thread with interrupts"
                    + " disabled: that CPU cannot take it now");
        }
        if (freed) {
            return IrqReturn.NONE;
        }
        pending.set(true);
        IrqReturn result = IrqReturn.HANDLED;
        while (pending.get() && running.compareAndSet(false, true)) {
            try {
                result = IrqReturn.NONE;
                while (pending.getAndSet(false) && !freed) {
                    if (runHandler() == IrqReturn.HANDLED) {
                        result = IrqReturn.HANDLED;
                    }
                }
            } finally {
                running.set(false);
            }
        }
        return result;
    }

    private IrqReturn runHandler() {
        AtomicContextTracker.Section hardirq = AtomicContextTracker.enter(
                AtomicContextTracker.Cause.HARDIRQ, "IRQ " + irq + " handler '" + name + "'", true, null);
        int depth = AtomicContextTracker.depth();
        try {
            IrqReturn r = handler.handle();
            if (r == IrqReturn.HANDLED) {
                handled.incrementAndGet();
                return r;
            }
            return IrqReturn.NONE;
        } finally {
            AtomicContextTracker.checkReturnedTo(depth, "IRQ handler '" + name + "'");
            AtomicContextTracker.exit(hardirq);
        }
    }

    /** free_irq(): uninstalls the handler and waits until it is not running anywhere (synchronize_irq). */
    @MightSleep
    @Override
    public void close() {
        AtomicContextTracker.mightSleep("free_irq");
        if (freed) {
            return;
        }
        freed = true;
        Irq.unregister(this);
        while (running.get()) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
        }
    }

    @Override
    public String toString() {
        return "IRQ " + irq + " '" + name + "'";
    }
}
