package dev.drivercheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Instances of this type are locks of the given kind: the Java model of a {@code struct mutex},
 * {@code spinlock_t}, an RCU read lock and so on. Methods of the type say what they do with
 * {@link Acquires @Acquires}, {@link TryAcquires @TryAcquires} and {@link Releases @Releases}
 * (or {@link WwOp @WwOp} for a ww_mutex).
 *
 * <p>The kind decides whether acquiring sleeps and whether holding makes the context atomic (see
 * {@link LockKind}), which feeds {@code SleepInAtomic} and {@code DropInAtomic}; every acquisition
 * is a node of the lock-class graph ({@code LockOrderInversion}, {@code RecursiveLock},
 * {@code IrqUnsafeLock}, {@code LockLeak}, {@code UnlockNotHeld}). A lock expression that names
 * something of a type without {@code @LockType} is {@code AnnotationMisuse}.
 *
 * <pre>{@code
 * @LockType(LockKind.MUTEX)
 * public final class Mutex<T> { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LockType {
    /**
     * The kind of lock: sleeping ({@code MUTEX}, {@code RW_SEMAPHORE}, {@code WW_MUTEX},
     * {@code SRCU}) or atomic (all others).
     *
     * @return the lock kind
     */
    LockKind value();
}
