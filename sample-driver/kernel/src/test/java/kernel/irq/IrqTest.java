package kernel.irq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import org.junit.jupiter.api.Test;

class IrqTest extends KernelTest {

    @Test
    void handlerRunsInHardIrqContextWithInterruptsOff() {
        AtomicBoolean hardirq = new AtomicBoolean();
        AtomicBoolean irqsOff = new AtomicBoolean();
        IrqRegistration irq = Irq.request(7301, "probe", () -> {
            hardirq.set(AtomicContextTracker.inHardirq());
            irqsOff.set(AtomicContextTracker.irqsDisabled()
                    && AtomicContextTracker.hardirqDepth() == 1
                    && "IRQ 7301 handler 'probe'".equals(AtomicContextTracker.hardirqName()));
            return IrqReturn.HANDLED;
        });
        try {
            assertEquals(IrqReturn.HANDLED, irq.fire());
        } finally {
            irq.close();
        }
        assertTrue(hardirq.get());
        assertTrue(irqsOff.get());
        assertFalse(AtomicContextTracker.inAtomic());
        assertEquals(0, AtomicContextTracker.hardirqDepth());
        assertNoReports();
    }

    @Test
    void sharedLineRunsEveryHandlerAndFreedHandlersNoMore() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        IrqRegistration ra = Irq.request(7302, "a", () -> {
            a.incrementAndGet();
            return IrqReturn.HANDLED;
        });
        IrqRegistration rb = Irq.request(7302, "b", () -> {
            b.incrementAndGet();
            return IrqReturn.NONE;
        });
        assertEquals(IrqReturn.HANDLED, Irq.raise(7302));
        ra.close();
        assertEquals(IrqReturn.NONE, Irq.raise(7302));
        assertEquals(IrqReturn.NONE, ra.fire());
        rb.close();
        assertEquals(1, a.get());
        assertEquals(2, b.get());
    }

    @Test
    void aCpuWithInterruptsDisabledDoesNotTakeTheIrq() {
        SpinLock<Integer> lock = new SpinLock<>(0);
        IrqRegistration irq = Irq.request(7303, "masked", () -> IrqReturn.HANDLED);
        try (SpinLockGuard<Integer> g = lock.lockIrqsave()) {
            assertThrows(IllegalStateException.class, irq::fire);
        } finally {
            irq.close();
        }
    }

    @Test
    void concurrentInterruptsNeverRunTheHandlerTwiceAtOnce() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        IrqRegistration irq = Irq.request(7304, "edge", () -> {
            if (inside.incrementAndGet() > 1) {
                overlapped.set(true);
            }
            Thread.onSpinWait();
            inside.decrementAndGet();
            return IrqReturn.HANDLED;
        });
        Thread[] cpus = new Thread[4];
        for (int i = 0; i < cpus.length; i++) {
            cpus[i] = new Thread(() -> {
                for (int k = 0; k < 2_000; k++) {
                    irq.fire();
                }
            });
            cpus[i].start();
        }
        for (Thread t : cpus) {
            t.join();
        }
        irq.close();
        assertFalse(overlapped.get());
        assertTrue(irq.handledCount() > 0);
        assertNoReports();
    }
}
