package kernel.irq;

import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.RunsIn;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kernel.debug.AtomicContextTracker;

/**
 * IRQ registration (request_irq) and a simulated interrupt controller: {@link #raise(int)} delivers
 * an interrupt on the calling thread, which plays the interrupted CPU, running every handler of the
 * line in hard-IRQ context.
 */
public final class Irq {
    private static final Map<Integer, List<IrqRegistration>> LINES = new ConcurrentHashMap<>();

    private Irq() {}

    /**
     * request_irq(): installs {@code handler} on line {@code irq} (lines may be shared). The handler
     * runs later, in hard-IRQ context, not in the caller's. Allocates, so it may sleep.
     */
    @MightSleep
    public static IrqRegistration request(int irq, String name, @RunsIn(Context.HARDIRQ) IrqHandler handler) {
        AtomicContextTracker.mightSleep("request_irq");
        IrqRegistration reg = new IrqRegistration(irq, Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(handler, "handler"));
        LINES.computeIfAbsent(irq, k -> new CopyOnWriteArrayList<>()).add(reg);
        return reg;
    }

    /**
     * The interrupt controller: line {@code irq} fires on this CPU (thread). Runs each handler
     * registered on it; HANDLED when any of them handled it.
     */
    public static IrqReturn raise(int irq) {
        IrqReturn result = IrqReturn.NONE;
        for (IrqRegistration reg : LINES.getOrDefault(irq, List.of())) {
            if (reg.fire() == IrqReturn.HANDLED) {
                result = IrqReturn.HANDLED;
            }
        }
        return result;
    }

    static void unregister(IrqRegistration reg) {
        List<IrqRegistration> line = LINES.get(reg.irq());
        if (line != null) {
            line.remove(reg);
        }
    }
}
