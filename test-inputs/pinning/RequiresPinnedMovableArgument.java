// Positive (RequiresPinned): an intrusive list and an XArray record the address of what they are
// given; a plain (movable) request, a value typed Object and a String are not pinned by their static
// type, so the stored address can dangle. Reported at each argument.
package inputs.pinning.requirespinnedmovableargument;

import dev.drivercheck.annotations.*;

final class Submit {
    private final List list = new List();
    private final XArray xa = new XArray();

    void queue(Request req) {
        // :: error: [RequiresPinned]
        list.addTail(req);
    }

    void store(long index, Object value) {
        // :: error: [RequiresPinned]
        xa.store(index, value);
    }

    void name(String label) {
        // :: error: [RequiresPinned]
        Registry.record(label);
    }
}

/** A plain request: copied and moved freely. */
final class Request {
    int opcode;
}

/** An intrusive list: links nodes by address. */
final class List {
    void addTail(@RequiresPinned Object node) {
    }
}

/** An XArray of address-sensitive entries. */
final class XArray {
    void store(long index, @RequiresPinned Object entry) {
    }
}

final class Registry {
    static <T> void record(@RequiresPinned T entry) {
    }
}
