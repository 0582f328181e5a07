package dev.drivercheck.annotations;

/**
 * The kind of a lock type, given by {@link LockType @LockType}.
 *
 * <p>The kind decides two things for the analyzer. {@link #MUTEX}, {@link #RW_SEMAPHORE},
 * {@link #WW_MUTEX} and {@link #SRCU} are <em>sleeping</em> kinds: acquiring one is itself a
 * sleeping call ({@code SleepInAtomic} in atomic context), and holding one leaves the holder in
 * process context. All other kinds are <em>atomic</em>: from acquisition to release the holder is
 * in atomic context, so any sleeping call there is {@code SleepInAtomic} and a final drop whose
 * destructor sleeps is {@code DropInAtomic}. Every kind takes part in the lock-class graph
 * ({@code LockOrderInversion}, {@code RecursiveLock}, {@code LockLeak}, {@code UnlockNotHeld}).
 *
 * <pre>{@code
 * @LockType(LockKind.SPIN)
 * public final class SpinLock<T> { ... }
 * }</pre>
 */
public enum LockKind {
    /** {@code struct mutex} ({@code mutex_lock()}): a sleeping lock, not reentrant. */
    MUTEX,

    /**
     * {@code struct rw_semaphore} ({@code down_read()} / {@code down_write()}): a sleeping lock.
     */
    RW_SEMAPHORE,

    /**
     * {@code struct ww_mutex}: a sleeping lock with the wound/wait deadlock-avoidance protocol.
     * Its operations are described by {@link WwOp @WwOp} and checked by the {@code Ww*} rules.
     */
    WW_MUTEX,

    /**
     * {@code srcu_read_lock()}: sleepable RCU. The read section may sleep, so it counts as a
     * sleeping kind: acquiring it is a sleeping call and holding it does not make the context
     * atomic.
     */
    SRCU,

    /**
     * {@code spinlock_t} ({@code spin_lock()}): the holder is atomic. Taken with interrupts
     * disabled when the acquiring method is {@code @Acquires(irqsOff = true)}
     * ({@code spin_lock_irqsave}).
     */
    SPIN,

    /**
     * {@code raw_spinlock_t} ({@code raw_spin_lock()}): like {@link #SPIN}; a true spinning lock
     * even on PREEMPT_RT.
     */
    RAW_SPIN,

    /** {@code rwlock_t} ({@code read_lock()} / {@code write_lock()}): the holder is atomic. */
    RW_SPIN,

    /**
     * {@code rcu_read_lock()}: the read-side critical section is atomic. The access guard of a
     * {@link Revocable @Revocable} wrapper is of this kind.
     */
    RCU,

    /**
     * {@code local_irq_save()} / {@code local_irq_disable()}: atomic, and local interrupts count
     * as disabled while it is held (for {@code IrqUnsafeLock}).
     */
    IRQ_OFF,

    /** {@code preempt_disable()}: the section is atomic. */
    PREEMPT_OFF
}
