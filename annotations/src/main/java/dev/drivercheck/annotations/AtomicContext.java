package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method is an entry point whose body runs in atomic context: an interrupt handler, a timer
 * or tasklet callback, a dma_fence callback. Overriding methods inherit it, so annotating the
 * interface method (the {@code irq_handler_t}-like callback) covers every driver implementation.
 *
 * <p>Checked by: {@code SleepInAtomic} (a call in the body, or in its callees, that may sleep;
 * also in an override), {@code DropInAtomic} (a final drop whose destructor may sleep) and, for
 * {@link Context#HARDIRQ} and {@link Context#SOFTIRQ}, {@code IrqUnsafeLock} (a spinlock taken
 * here that is elsewhere taken with interrupts enabled).
 *
 * <pre>{@code
 * @AtomicContext(Context.HARDIRQ)
 * IrqReturn handleIrq(int irq);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AtomicContext {
    /**
     * The atomic context the body runs in. {@link Context#HARDIRQ} for a hard interrupt handler,
     * {@link Context#SOFTIRQ} for timers and tasklets, {@link Context#ATOMIC} (the default) when
     * only "must not sleep" is known.
     *
     * @return the context of the body
     */
    Context value() default Context.ATOMIC;
}
