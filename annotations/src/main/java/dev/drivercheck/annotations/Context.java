package dev.drivercheck.annotations;

/**
 * The execution context a method or callback runs in, as the kernel distinguishes them.
 *
 * <p>Used by {@link AtomicContext @AtomicContext} (where an entry point runs) and
 * {@link RunsIn @RunsIn} (where a deferred callback runs). Every context except {@link #PROCESS}
 * is atomic: sleeping there is {@code SleepInAtomic} (or {@code NoSleepViolated} for a callback),
 * and {@link #HARDIRQ} / {@link #SOFTIRQ} also feed the {@code IrqUnsafeLock} rule.
 *
 * <pre>{@code
 * @AtomicContext(Context.HARDIRQ)
 * public IrqReturn handleIrq(int irq) { ... }
 * }</pre>
 */
public enum Context {
    /**
     * Process (task) context: may sleep, interrupts enabled, no locks implied. The context of
     * probe/remove, ioctl handlers, workqueue items and kthreads, and of every root of the call
     * graph.
     */
    PROCESS,

    /**
     * Hard interrupt context: the handler passed to {@code request_irq()}. Atomic, with local
     * interrupts disabled. A spinlock taken here must be taken with interrupts disabled everywhere
     * else ({@code spin_lock_irqsave}), otherwise {@code IrqUnsafeLock}.
     */
    HARDIRQ,

    /**
     * Softirq (bottom-half) context: timer callbacks, tasklets, NAPI polling. Atomic; as for
     * {@link #HARDIRQ}, a spinlock taken here and elsewhere with interrupts enabled is
     * {@code IrqUnsafeLock}.
     */
    SOFTIRQ,

    /**
     * Atomic for some other reason, with no claim about the interrupt state: a dma_fence callback
     * run under the fence's spinlock, a section with preemption disabled. Sleeping is forbidden;
     * the IRQ-safety rule is not fed.
     */
    ATOMIC
}
