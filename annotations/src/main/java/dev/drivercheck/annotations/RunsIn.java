package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The callback passed to this parameter (a functional interface) is deferred: it runs later, in
 * the given context, not in the caller's context and not under the caller's locks. This is the
 * handler given to {@code request_irq()}, a timer function, a work item given to
 * {@code queue_work()}.
 *
 * <p>The analyzer checks a lambda or method reference passed here in the given context: if it
 * may sleep and the context is atomic, that is {@code NoSleepViolated} (at the argument); its
 * lock use feeds {@code IrqUnsafeLock} and the other lock rules. A capture of a
 * {@link DevmScoped @DevmScoped} value in a deferred callback is {@code DevmEscape}; a captured
 * {@link Owned @Owned} reference is handed to the callback, whose body must release it
 * ({@code RefLeak}).
 *
 * <pre>{@code
 * public IrqRegistration requestIrq(int irq, @RunsIn(Context.HARDIRQ) IrqHandler handler) { ... }
 * public boolean enqueue(@RunsIn(Context.PROCESS) Runnable work) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface RunsIn {
    /**
     * The context the callback runs in: {@link Context#PROCESS} for workqueue items and threads
     * (may sleep), {@link Context#HARDIRQ} for interrupt handlers, {@link Context#SOFTIRQ} for
     * timers, {@link Context#ATOMIC} for other callbacks that must not sleep.
     *
     * @return the context of the callback
     */
    Context value();
}
