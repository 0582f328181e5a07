package dev.drivercheck.facts;

/**
 * One lock named by {@code @Acquires}, {@code @TryAcquires} or {@code @Releases}.
 *
 * @param irqsOff the acquisition disables interrupts (spin_lock_irqsave)
 * @param subclassParam index of the int parameter carrying the lockdep subclass, or -1
 */
public record LockOp(LockRef ref, boolean irqsOff, int subclassParam) {}
