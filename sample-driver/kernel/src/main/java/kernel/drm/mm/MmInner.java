package kernel.drm.mm;

import java.util.TreeMap;

/** The state behind an allocator's mutex: allocated ranges and the allocator's own data. */
final class MmInner<A> {
    final long start;
    final long end;
    /** start -&gt; size of every allocated node. */
    final TreeMap<Long, Long> nodes = new TreeMap<>();
    final A data;

    MmInner(long start, long size, A data) {
        this.start = start;
        this.end = start + size;
        this.data = data;
    }

    long find(long size, long align) {
        long cur = align(start, align);
        for (var e : nodes.entrySet()) {
            if (e.getKey() >= cur + size) {
                break;
            }
            cur = Math.max(cur, align(e.getKey() + e.getValue(), align));
        }
        return cur + size <= end ? cur : -1;
    }

    boolean free(long at, long size) {
        var e = nodes.floorEntry(at + size - 1);
        return e == null || e.getKey() + e.getValue() <= at;
    }

    private static long align(long v, long a) {
        return a <= 1 ? v : (v + a - 1) / a * a;
    }
}
