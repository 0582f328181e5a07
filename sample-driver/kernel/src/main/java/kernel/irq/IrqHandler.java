package kernel.irq;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;

/**
 * A hard-IRQ handler (kernel::irq::Handler). It runs with interrupts disabled and must not sleep:
 * take only spinlocks (plain {@code lock()}: interrupts are already off), and defer anything that
 * sleeps to a workqueue.
 */
@FunctionalInterface
public interface IrqHandler {
    @AtomicContext(Context.HARDIRQ)
    IrqReturn handle();
}
