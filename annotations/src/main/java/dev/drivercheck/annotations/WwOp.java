package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One step of the ww_mutex (wound/wait) protocol described in
 * {@code Documentation/locking/ww-mutex-design.rst}.
 * The ww operations need no {@link Acquires @Acquires} or {@link Releases @Releases}: {@code LOCK}
 * acquires when its status is 0, {@code LOCK_SLOW} always acquires, {@code TRY_LOCK} acquires
 * when it returns {@code true}, {@code UNLOCK} releases. A ww mutex is a sleeping lock.
 *
 * <p>The acquire context of an operation is its first parameter of a
 * {@link WwContext @WwContext} type ({@code null} means no context). Status codes are negated
 * Linux errno values, recognized by value: {@code EDEADLK} = 35, {@code EALREADY} = 114,
 * {@code EINTR} = 4. Code compares the returned {@code int} with constant expressions
 * ({@code ret == -EDEADLK}, {@code ret != 0}, {@code ret < 0}, a {@code switch}), and the analysis
 * follows each outcome path by path.
 *
 * <p>Checked by: {@code WwMissingContext}, {@code WwDeadlockIgnored}, {@code WwBackoffViolation},
 * {@code WwContextMisuse}, plus the ordinary lock rules ({@code SleepInAtomic},
 * {@code RecursiveLock}, {@code LockLeak} ...). {@code LOCK} on a method that does not return
 * {@code int} is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @WwOp(WwOp.Kind.LOCK)
 * public int lock(WwAcquireCtx ctx) { ... }   // 0, -EDEADLK or -EALREADY
 * @WwOp(WwOp.Kind.UNLOCK)
 * public void unlock() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface WwOp {
    /**
     * Which step of the protocol the method performs.
     *
     * @return the operation
     */
    Kind value();

    /**
     * The steps of the ww_mutex protocol, named after the kernel functions.
     *
     * <pre>{@code
     * var ctx = new WwAcquireCtx(RESERVATION);           // CTX_INIT
     * int ret = a.lock(ctx);                             // LOCK
     * if (ret == -EDEADLK) { ... a.lockSlow(ctx); }      // back off, LOCK_SLOW
     * }</pre>
     */
    enum Kind {
        /**
         * {@code ww_acquire_init()}: the constructor or factory of the acquire context, taking
         * the ww class. A second context initialized while one is live in the same method is
         * {@code WwContextMisuse}.
         */
        CTX_INIT,

        /**
         * {@code ww_mutex_lock()}: returns an {@code int} status: 0 (acquired), {@code -EDEADLK}
         * (the context must back off: release all its ww locks, then {@code LOCK_SLOW} the
         * contended one, or return the status to the caller) or {@code -EALREADY} (the context
         * already holds it). A discarded status, or an {@code -EDEADLK} path that neither backs
         * off nor returns, is {@code WwDeadlockIgnored}. With a {@code null} context it is a plain
         * lock and cannot fail with {@code -EDEADLK}.
         */
        LOCK,

        /**
         * {@code ww_mutex_lock_interruptible()}: like {@link #LOCK}, and may also return
         * {@code -EINTR} (not acquired) when a signal is pending.
         */
        LOCK_INTERRUPTIBLE,

        /**
         * {@code ww_mutex_lock_slow()}: after {@code -EDEADLK}, with no other ww lock of the
         * context held, sleep until the contended mutex is acquired; always acquires. Called
         * with other ww locks of the context still held, on another mutex than the contended
         * one, or with no preceding {@code -EDEADLK}, it is {@code WwBackoffViolation}.
         */
        LOCK_SLOW,

        /**
         * {@code ww_mutex_trylock()}: acquires when it returns {@code true}; never sleeps.
         */
        TRY_LOCK,

        /** {@code ww_mutex_unlock()}: releases the ww mutex. */
        UNLOCK,

        /**
         * {@code ww_acquire_done()}: ends the acquire phase; acquiring with the context
         * afterwards is {@code WwContextMisuse}.
         */
        CTX_DONE,

        /**
         * {@code ww_acquire_fini()}: releases the context. Doing it with ww locks still held, or
         * never doing it on some path, is {@code WwContextMisuse}.
         */
        CTX_FINI
    }
}
