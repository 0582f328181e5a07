// Negative (SleepInAtomic): a try-lock that returns Optional<Guard>; the branch where it failed
// holds nothing, so sleeping there is fine. The present branch does not sleep.
package inputs.context.optionaltrylockelsesleeps;

import dev.drivercheck.annotations.*;
import java.util.Optional;

final class Device {
    private final Spin lock = new Spin();
    private int hits;

    void tick() {
        Optional<Guard> g = lock.tryLock();
        if (g.isPresent()) {
            hits++;
            g.get().close();
        } else {
            Delay.msleep(1);
        }
    }
}

@LockType(LockKind.SPIN)
final class Spin {
    @TryAcquires
    Optional<Guard> tryLock() {
        return Optional.of(new Guard());
    }
}

@LockGuard
final class Guard implements AutoCloseable {
    @Releases
    @Override
    public void close() {}
}

final class Delay {
    @MightSleep
    static void msleep(int ms) {}
}
