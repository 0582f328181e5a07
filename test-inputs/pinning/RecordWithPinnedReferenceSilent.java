// Negative (PinnedNotInPlace, PinnedMove): a tuple-like record and a plain pair that only reference a
// pinned mutex made in place elsewhere: building, copying and swapping the holders never moves the
// mutex itself (compare TupleRecordHoldsPinnedMutex).
package inputs.pinning.recordwithpinnedreferencesilent;

import dev.drivercheck.annotations.*;

record Tuple(Mutex lock, long count) {
}

final class Pair {
    final Mutex first;
    final int second;

    Pair(Mutex first, int second) {
        this.first = first;
        this.second = second;
    }
}

final class Stats {
    private final Mutex lock = KBox.pinInit(new Mutex()).get();
    private Tuple totals;
    private Pair pair;

    void reset() {
        totals = new Tuple(lock, 0L);
        pair = new Pair(totals.lock(), 1);
        Tuple bumped = new Tuple(totals.lock(), totals.count() + 1);
        Mem.swap(totals, bumped);
        Tuple old = Mem.replace(totals, bumped);
    }
}

/** core::mem: helpers that move the values they are given. */
final class Mem {
    static <T> void swap(@Moves T a, @Moves T b) {
    }

    static <T> T replace(@Moves T dest, T src) {
        return dest;
    }
}

/** Pin<KBox<T>>: a heap slot whose value is constructed in place. */
final class KBox<T> {
    private final T value;

    private KBox(T value) {
        this.value = value;
    }

    /** KBox::pin_init(): the argument is constructed directly in the new box. */
    @PinInit
    static <T> KBox<T> pinInit(T value) {
        return new KBox<>(value);
    }

    T get() {
        return value;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
