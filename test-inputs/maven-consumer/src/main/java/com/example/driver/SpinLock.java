package com.example.driver;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.LockKind;
import dev.drivercheck.annotations.LockType;
import dev.drivercheck.annotations.Releases;

/** A spinlock: whoever holds it is in atomic context and must not sleep. */
@LockType(LockKind.SPIN)
public final class SpinLock {
    @Acquires
    public void lock() {}

    @Releases
    public void unlock() {}
}
