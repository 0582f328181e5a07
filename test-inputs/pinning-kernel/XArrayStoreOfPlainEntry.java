// Positive (RequiresPinned): kernel model: an XArray records its entries by address; storing a plain
// movable Request is reported at the argument. Stored as a counted handle (Arc, the XArray's usual
// ForeignOwnable entry) or as a pinned struct from a Pin.box slot, it is fine: their pointees never move.
package inputs.pinningkernel.xarraystoreofplainentry;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.types.Arc;
import kernel.xarray.XArray;

final class Request {
    int opcode;
}

@Pinned
final class Queue {
    @Pin final Mutex<int[]> ring = new Mutex<>(new int[16], "ring");
}

@Pinned
final class Client {
    @Pin private final XArray<Request> requests = new XArray<>(true);
    @Pin private final XArray<Arc<Request>> shared = new XArray<>(true);
    @Pin private final XArray<Queue> queues = new XArray<>(true);

    @MightSleep
    long add(Request req) {
        // :: error: [RequiresPinned]
        return requests.alloc(req, 64);
    }

    @MightSleep
    long share(Request req) {
        return shared.alloc(Arc.create(req), 64);
    }

    @MightSleep
    long addQueue() {
        return queues.alloc(kernel.types.Pin.<Queue>box(slot -> new Queue()).get(), 64);
    }
}
