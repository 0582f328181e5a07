package kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kernel.debug.AtomicContextTracker;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import kernel.sync.Lockdep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Common setup: a clean report log and lock graph per test, and no atomic section left behind. */
public abstract class KernelTest {

    @BeforeEach
    void cleanDebugState() {
        DebugReports.reset();
        Lockdep.reset();
    }

    @AfterEach
    void leftNothingHeld() {
        assertEquals(List.of(), AtomicContextTracker.sections(), "test thread left atomic sections open");
        assertEquals(List.of(), Lockdep.heldLocks(), "test thread left locks held");
    }

    protected static List<Report> reports(Report.Kind kind) {
        return DebugReports.ofKind(kind);
    }

    protected static void assertNoReports() {
        assertEquals(List.of(), DebugReports.all(), "unexpected runtime reports");
    }
}
