// Positive and negative (RefLeak): an @Owned parameter is the callee's to put. One consumer returns
// early without putting it (reported at the parameter); the others put it on every path, or hand
// it on to a field or to another @Owned parameter.
package inputs.refcount.refleakownedparameter;

import dev.drivercheck.annotations.*;

@Refcounted
final class Arc<T> implements AutoCloseable {
    private final T value;

    Arc(T value) {
        this.value = value;
    }

    T get() {
        return value;
    }

    @DecRef
    @Override
    public void close() {}
}

final class Fence {
    boolean signalled;
}

final class Retire {
    private Arc<Fence> last;

    // :: error: [RefLeak]
    void retireEarlyOut(@Owned Arc<Fence> fence) {
        if (fence.get().signalled) {
            return;
        }
        fence.close();
    }

    void retire(@Owned Arc<Fence> fence) {
        try (fence) {
            fence.get().signalled = true;
        }
    }

    void keepLast(@Owned Arc<Fence> fence) {
        last = fence;
    }

    void forward(@Owned Arc<Fence> fence) {
        retire(fence);
    }
}
