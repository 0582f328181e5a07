// Negative (PinnedMove, AnnotationMisuse): moving and copying movable values is fine: swap / replace /
// take of plain configs, clone of a plain buffer and of an int array, a plain copy constructor, and a
// plain holder that only references a pinned mutex (copying the holder copies the reference).
package inputs.pinning.nonpinnedvaluetomovessilent;

import dev.drivercheck.annotations.*;

final class Config implements Cloneable {
    int timeoutMs;

    Config() {
    }

    Config(Config other) {
        this.timeoutMs = other.timeoutMs;
    }

    @Override
    public Config clone() {
        return new Config(this);
    }
}

final class Handle implements Cloneable {
    final Mutex lock;

    Handle(Mutex lock) {
        this.lock = lock;
    }

    Handle(Handle other) {
        this.lock = other.lock;
    }

    @Override
    public Handle clone() {
        return new Handle(lock);
    }
}

final class Reconfigure {
    Config apply(Config current, Config next) {
        Mem.swap(current, next);
        Mem.swapObjects(current, next);
        Config old = Mem.replace(current, next);
        Config taken = Mem.take(old);
        Config copy = new Config(taken);
        return copy.clone();
    }

    int[] snapshot(int[] counters) {
        return counters.clone();
    }

    Handle share(Handle h) {
        Handle copy = new Handle(h);
        Handle other = h.clone();
        Mem.swap(copy, other);
        return Mem.take(copy);
    }
}

/** core::mem: helpers that move the values they are given. */
final class Mem {
    static <T> void swap(@Moves T a, @Moves T b) {
    }

    static <T> T replace(@Moves T dest, T src) {
        return dest;
    }

    static <T> T take(@Moves T slot) {
        return slot;
    }

    static void swapObjects(@Moves Object a, @Moves Object b) {
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
