package kernel.soc.apple;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;

/** What an RTKit client implements (kernel::soc::apple::rtkit::Operations). */
public interface RtKitOperations {
    /** A message on a non-system endpoint. Called in process context, on the RTKit worker: may sleep. */
    @MightSleep
    void recvMessage(int endpoint, long msg);

    /**
     * The same, called first in IRQ context; return true to consume the message there. Must not
     * sleep. The default leaves every message to {@link #recvMessage}.
     */
    @AtomicContext(Context.HARDIRQ)
    default boolean recvMessageEarly(int endpoint, long msg) {
        return false;
    }

    /** The coprocessor crashed. Process context. */
    @MightSleep
    void crashed();
}
