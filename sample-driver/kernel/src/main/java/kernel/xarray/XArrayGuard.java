package kernel.xarray;

import dev.drivercheck.annotations.Borrowed;
import dev.drivercheck.annotations.LockGuard;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Releases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kernel.sync.SpinLockGuard;

/** The held xa_lock of an {@link XArray}: entries are borrowed for as long as the guard lives. */
@LockGuard
public final class XArrayGuard<T> implements AutoCloseable {
    private final SpinLockGuard<TreeMap<Long, T>> g;
    private final boolean alloc1;

    XArrayGuard(SpinLockGuard<TreeMap<Long, T>> g, boolean alloc1) {
        this.g = g;
        this.alloc1 = alloc1;
    }

    /** The entry at {@code index}, borrowed under the lock, or null. */
    @Borrowed
    @NoSleep
    public T get(long index) {
        return g.get().get(index);
    }

    /** Stores an entry (GFP_ATOMIC: the node allocation cannot sleep here); returns the old one. */
    @Owned
    @NoSleep
    public T store(long index, @Owned T value) {
        return g.get().put(index, value);
    }

    /** Removes the entry and hands it to the caller, or null. */
    @Owned
    @NoSleep
    public T remove(long index) {
        return g.get().remove(index);
    }

    /** Indices of all entries, in order. */
    @NoSleep
    public List<Long> indices() {
        return new ArrayList<>(g.get().keySet());
    }

    /** Removes every entry and hands them to the caller (to drop after unlocking). */
    @NoSleep
    public List<T> drain() {
        List<T> out = new ArrayList<>(g.get().values());
        g.get().clear();
        return out;
    }

    long findFree(long limit) {
        long idx = alloc1 ? 1 : 0;
        for (Map.Entry<Long, T> e : g.get().entrySet()) {
            if (e.getKey() < idx) {
                continue;
            }
            if (e.getKey() != idx) {
                break;
            }
            idx++;
        }
        return idx < limit ? idx : -1;
    }

    @Releases
    @NoSleep
    @Override
    public void close() {
        g.close();
    }
}
