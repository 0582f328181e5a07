package asahi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kernel.debug.DebugReports;
import kernel.irq.Irq;
import kernel.irq.IrqReturn;
import kernel.sync.Lockdep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DriverTest {
    private static final int GPU_IRQ = 9100;

    @BeforeEach
    void clean() {
        DebugReports.reset();
        Lockdep.reset();
    }

    @Test
    void probeIrqsContextsAndRemoveRunCleanUnderTheRuntimeChecks() throws Exception {
        Driver driver = Driver.probe(GPU_IRQ);
        // a second "CPU" takes GPU interrupts while this thread submits and switches contexts
        Thread cpu1 = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                assertEquals(IrqReturn.HANDLED, Irq.raise(GPU_IRQ));
            }
        }, "cpu1");
        cpu1.start();
        for (int i = 0; i < 5; i++) {
            driver.submit(2);
            driver.switchContext();
        }
        cpu1.join();
        assertTrue(driver.waitForEvents(50, 10_000), "deferred IRQ work did not finish");

        Driver.Stats s = driver.stats();
        assertEquals(50, s.irqs());
        assertEquals(50, s.eventsProcessed());
        assertEquals(10, s.workDone());
        assertEquals(6, s.contextsCreated());
        assertEquals(5, s.contextsDropped(), "each replaced context had its final put after the switch");

        driver.remove();
        assertEquals(6, driver.stats().contextsDropped());
        assertEquals(IrqReturn.NONE, Irq.raise(GPU_IRQ), "no handler after remove");
        assertEquals(List.of(), DebugReports.all());
    }
}
