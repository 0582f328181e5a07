package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kernel.KernelTest;
import org.junit.jupiter.api.Test;

/** Caller-location lock classes behind the global bucket mutex (asahi's lockdep.rs LOCK_CLASSES). */
class LockClassesTest extends KernelTest {

    private static LockClasses.CallerClass here(String name) {
        return LockClasses.GLOBAL.caller(name);
    }

    @Test
    void oneClassPerCallerLocationRegisteredOnce() {
        List<LockClasses.CallerClass> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(here("same site")); // one location: the line in here()
        }
        assertSame(got.get(0), got.get(1), "the same location finds its registered class");
        assertSame(got.get(1), got.get(2));
        LockClasses.CallerClass other = LockClasses.GLOBAL.caller("other site");
        assertNotEquals(got.get(0).site(), other.site());
        int before = LockClasses.GLOBAL.size();
        here("same site");
        assertEquals(before, LockClasses.GLOBAL.size(), "nothing new for a known location");
    }

    @Test
    void mutexesFromOneLocationShareAClassAndOthersDoNot() {
        Mutex<Integer> a = new Mutex<>(1, LockClasses.GLOBAL.caller("inner (A)"));
        Mutex<Integer> b = new Mutex<>(2, LockClasses.GLOBAL.caller("inner (B)"));
        List<Mutex<Integer>> same = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            same.add(new Mutex<>(i, LockClasses.GLOBAL.caller("inner (C)")));
        }
        assertNotEquals(a.lockClass(), b.lockClass());
        assertSame(same.get(0).lockClass(), same.get(1).lockClass());
        assertEquals("inner (A)", a.name());
        // two classes: nesting them is fine, and no self-deadlock is reported
        try (MutexGuard<Integer> ga = a.lock(); MutexGuard<Integer> gb = b.lock()) {
            assertEquals(3, ga.get() + gb.get());
        }
        assertNoReports();
    }

    @Test
    void registeringUnderAMutexOrdersThatMutexBeforeTheBucketLock() {
        Mutex<Integer> outer = new Mutex<>(0, "lockclasses_test_outer");
        try (MutexGuard<Integer> g = outer.lock()) {
            here("under outer");
        }
        assertTrue(Lockdep.dependencies().contains("lockclasses_test_outer -> lockdep_classes"),
                Lockdep.dependencies().toString());
        assertNoReports();
    }
}
