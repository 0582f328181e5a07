// Positive (BorrowEscape): borrowed references kept beyond the loan without a new reference: a
// constructor storing its (borrowed) parameter, a borrowed parameter added to an owned list,
// captured by deferred work, handed to an @Owned parameter, and the object an ARef lends out
// (get(), @Borrowed) stored into a field: the ARef stored from a borrowed reference without inc.
package inputs.refcount.borrowescapestores;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

/** An intrusively counted object (a GEM object): each reference to it is one count. */
@Refcounted
class GemObject {
    @DecRef
    void put() {}
}

@Refcounted
final class ARef<T extends GemObject> implements AutoCloseable {
    private final T obj;

    private ARef(T obj) {
        this.obj = obj;
    }

    @IncRef
    static <T extends GemObject> ARef<T> from(T obj) {
        return new ARef<>(obj);
    }

    @Borrowed
    T get() {
        return obj;
    }

    @DecRef
    @Override
    public void close() {}
}

final class Workqueue {
    static void enqueue(@RunsIn(Context.PROCESS) Runnable work) {}
}

final class Mapping {
    private final ARef<GemObject> bo;
    private GemObject raw;
    private final List<ARef<GemObject>> all = new ArrayList<>();

    Mapping(ARef<GemObject> bo) {
        // :: error: [BorrowEscape]
        this.bo = bo;
    }

    void track(ARef<GemObject> bo) {
        // :: error: [BorrowEscape]
        all.add(bo);
    }

    void later(ARef<GemObject> bo) {
        // :: error: [BorrowEscape]
        Workqueue.enqueue(() -> System.out.println(bo));
    }

    void give(ARef<GemObject> bo) {
        // :: error: [BorrowEscape]
        sink(bo);
    }

    static void sink(@Owned ARef<GemObject> bo) {
        bo.close();
    }

    void keepObject(ARef<GemObject> bo) {
        // :: error: [BorrowEscape]
        raw = bo.get();
    }
}
