package kernel.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kernel.KernelTest;
import kernel.debug.Report;
import kernel.delay.Delay;
import kernel.error.KernelException;
import org.junit.jupiter.api.Test;

/** Platform binding, devres actions and revocable resources. */
class DeviceTest extends KernelTest {

    /** A driver whose probe registers three devres actions and maps "sgx". */
    static final class Drv implements PlatformDriver {
        final List<String> log = new ArrayList<>();
        Devres<IoMem> sgx;
        boolean failProbe;

        @Override
        public AutoCloseable probe(PlatformDevice pdev, BoundDevice bound) {
            pdev.devmAddAction(() -> log.add("action 1"));
            sgx = pdev.iomapByName(bound, "sgx");
            pdev.devmAddAction(() -> log.add("action 2 (sgx revoked: " + sgx.isRevoked() + ")"));
            if (failProbe) {
                throw new KernelException(-19, "probe fails after registering actions");
            }
            return () -> log.add("drvdata dropped");
        }

        @Override
        public void remove(PlatformDevice pdev, AutoCloseable data) {
            log.add("remove");
        }
    }

    @Test
    void unbindRunsRemoveThenDevresActionsInReverseOrderThenDropsDriverData() {
        PlatformDevice pdev = new PlatformDevice("gpu").withResource("sgx", 16);
        Drv drv = new Drv();
        pdev.bind(drv);
        assertTrue(pdev.isBound());
        assertFalse(drv.sgx.isRevoked());
        pdev.unbind();
        assertFalse(pdev.isBound());
        assertEquals(List.of("remove", "action 2 (sgx revoked: false)", "action 1", "drvdata dropped"), drv.log);
        assertTrue(drv.sgx.isRevoked(), "the iomap's revoke action ran between action 2 and action 1");
        pdev.unbind(); // a second unbind does nothing
        assertEquals(4, drv.log.size());
        assertNoReports();
    }

    @Test
    void failedProbeRunsTheActionsRegisteredSoFarAndLeavesTheDeviceUnbound() {
        PlatformDevice pdev = new PlatformDevice("gpu").withResource("sgx", 16);
        Drv drv = new Drv();
        drv.failProbe = true;
        assertThrows(KernelException.class, () -> pdev.bind(drv));
        assertFalse(pdev.isBound());
        assertEquals(List.of("action 2 (sgx revoked: false)", "action 1"), drv.log);
        assertTrue(drv.sgx.isRevoked());
        assertThrows(KernelException.class, () -> pdev.devmAddAction(() -> {}), "no devm actions on an unbound device");
    }

    @Test
    void devresAccessFailsAfterUnbindAndTheIoMemIsUnmapped() {
        PlatformDevice pdev = new PlatformDevice("gpu").withResource("sgx", 16);
        Drv drv = new Drv();
        pdev.bind(drv);
        IoMem mem;
        try (RevocableGuard<IoMem> g = drv.sgx.tryAccess()) {
            assertNotNull(g);
            mem = g.get();
            mem.write32(8, 0x1234);
            assertEquals(0x1234, g.get().read32(8));
        }
        pdev.unbind();
        assertNull(drv.sgx.tryAccess(), "revoked: try_access fails");
        assertThrows(IllegalStateException.class, () -> mem.read32(8), "the IoMem was dropped (iounmap)");
    }

    @Test
    void revokeWaitsForReadersAndDropsTheDataOnce() throws Exception {
        int[] drops = new int[1];
        Revocable<kernel.types.Drop> r = new Revocable<>(() -> drops[0]++);
        RevocableGuard<kernel.types.Drop> reader = r.tryAccess();
        assertNotNull(reader);
        Thread revoker = new Thread(r::revoke);
        revoker.start();
        Thread.sleep(30);
        assertTrue(revoker.isAlive(), "synchronize_rcu waits for the reader in its read-side section");
        assertEquals(0, drops[0]);
        reader.close();
        revoker.join(5000);
        assertFalse(revoker.isAlive());
        assertEquals(1, drops[0]);
        assertTrue(r.isRevoked());
        assertNull(r.tryAccess());
        r.revoke();
        assertEquals(1, drops[0], "revoking twice drops once");
    }

    @Test
    void sleepingInsideTheRevocableAccessIsReported() {
        Revocable<Object> r = new Revocable<>(new Object());
        try (RevocableGuard<Object> g = r.tryAccess()) {
            Delay.msleep(1);
        }
        assertEquals(1, reports(Report.Kind.SLEEP_IN_ATOMIC).size(), "the access section is an RCU read side");
        r.revoke();
    }

    @Test
    void boundProofIsUselessAfterUnbind() {
        PlatformDevice pdev = new PlatformDevice("gpu").withResource("sgx", 16);
        BoundDevice[] proof = new BoundDevice[1];
        Devres<IoMem>[] res = new Devres[1];
        pdev.bind(new PlatformDriver() {
            @Override
            public AutoCloseable probe(PlatformDevice p, BoundDevice bound) {
                proof[0] = bound;
                res[0] = p.iomapByName(bound, "sgx");
                res[0].access(bound).write32(0, 7);
                return null;
            }
        });
        assertEquals(7, res[0].access(proof[0]).read32(0));
        pdev.unbind();
        assertThrows(IllegalStateException.class, () -> res[0].access(proof[0]));
        assertThrows(KernelException.class, () -> new PlatformDevice("x").bind(new Drv()), "no sgx resource");
    }
}
