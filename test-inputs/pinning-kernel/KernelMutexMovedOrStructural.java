// Positive (PinnedMove, PinnedStructural): kernel model: a kernel Mutex handed to a @Moves helper (a
// swap of two slots' contents) is moved; a @Pin Mutex field that is not final, and one in a class
// that is not @Pinned, are not structurally pinned. Reported at the argument and at the fields.
package inputs.pinningkernel.kernelmutexmovedorstructural;

import dev.drivercheck.annotations.Moves;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;

final class Slots {
    static <T> T take(@Moves T value) {
        return value;
    }
}

@Pinned
final class Channel {
    @Pin final Mutex<int[]> tx = new Mutex<>(new int[1], "tx");
    // :: error: [PinnedStructural]
    @Pin Mutex<int[]> rx = new Mutex<>(new int[1], "rx");

    Mutex<int[]> steal() {
        // :: error: [PinnedMove]
        return Slots.take(tx);
    }
}

final class Loose {
    // :: error: [PinnedStructural]
    @Pin final Mutex<int[]> lock = new Mutex<>(new int[1], "loose");
}
