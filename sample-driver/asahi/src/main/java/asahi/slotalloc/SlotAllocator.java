package asahi.slotalloc;

import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.CalledInPlace;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Releases;
import java.util.function.Consumer;
import java.util.function.Function;
import kernel.sync.CondVar;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

/**
 * A fixed pool of slots with per-slot data (asahi slotalloc.rs): {@link #get} takes a free slot,
 * preferring the one a token names, and sleeps on a condition variable when none is free. The
 * user callback runs under the allocator mutex; so does the release callback when a guard drops.
 */
@Pinned
public final class SlotAllocator<T> {
    /** Called under the allocator mutex when a slot is given back: must not sleep. */
    public interface Release<T> {
        @NoSleep
        void release(int slot, T data);
    }

    static final class Inner<T> {
        final T[] data;
        final boolean[] used;
        final long[] tokens;
        long nextToken = 1;
        int inUse;

        @SuppressWarnings("unchecked")
        Inner(int n) {
            data = (T[]) new Object[n];
            used = new boolean[n];
            tokens = new long[n];
        }
    }

    @Pin final Mutex<Inner<T>> inner;
    @Pin private final CondVar cond;
    private final Release<T> release;
    private final String name;

    /** @param key the class of this allocator's mutex ("Uat::SlotAllocator", ...) */
    public SlotAllocator(int n, java.util.function.IntFunction<T> init, Release<T> release, String name,
            LockClassKey key) {
        Inner<T> in = new Inner<>(n);
        for (int i = 0; i < n; i++) {
            in.data[i] = init.apply(i);
        }
        this.inner = new Mutex<>(in, name, key);
        this.cond = new CondVar(name + "::cond");
        this.release = release;
        this.name = name;
    }

    /**
     * get_inner: a slot, reusing {@code token}'s slot when it is still free; blocks while all
     * are taken. {@code cb} runs on the slot data under the allocator mutex.
     */
    @MightSleep
    public SlotGuard<T> get(long token, @CalledInPlace Consumer<T> cb) {
        try (MutexGuard<Inner<T>> g = inner.lock()) {
            Inner<T> in = g.get();
            while (in.inUse == in.used.length) {
                cond.wait(g); // out of slots: sleep with only this mutex released
            }
            int slot = -1;
            for (int i = 0; i < in.used.length; i++) {
                if (!in.used[i] && in.tokens[i] == token && token != 0) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                for (int i = 0; i < in.used.length; i++) {
                    if (!in.used[i]) {
                        slot = i;
                        break;
                    }
                }
            }
            in.used[slot] = true;
            in.inUse++;
            long tok = in.nextToken++;
            in.tokens[slot] = tok;
            cb.accept(in.data[slot]);
            return new SlotGuard<>(this, slot, tok);
        }
    }

    /** Runs {@code f} on the data of every slot under the allocator mutex. */
    @MightSleep
    @Acquires("inner")
    @Releases("inner")
    public <R> R with(@CalledInPlace Function<java.util.List<T>, R> f) {
        try (MutexGuard<Inner<T>> g = inner.lock()) {
            return f.apply(java.util.Arrays.asList(g.get().data));
        }
    }

    /** Guard drop: release callback under the mutex, then wake one waiter. */
    @MightSleep
    void put(int slot) {
        try (MutexGuard<Inner<T>> g = inner.lock()) {
            Inner<T> in = g.get();
            release.release(slot, in.data[slot]);
            in.used[slot] = false;
            in.inUse--;
            cond.notifyOne();
        }
    }

    public String name() {
        return name;
    }
}
