package kernel.sync;

import static kernel.error.Errno.EALREADY;
import static kernel.error.Errno.EDEADLK;
import static kernel.error.Errno.EINTR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kernel.KernelTest;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import org.junit.jupiter.api.Test;

/** Return codes, misuse checks and the two deadlock-avoidance flavours of the ww_mutex model. */
class WwMutexTest extends KernelTest {
    static final WwClass WW = WwClass.woundWait("test_ww");
    static final WwClass WD = WwClass.waitDie("test_wd");

    static final class Obj {
        int value;
    }

    // ---------------------------------------------------------------- return codes

    @Test
    void lockUnderContextReturnsZeroThenAlready() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WW, new Obj(), "b");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        assertEquals(0, a.lock(ctx));
        assertEquals(0, b.lock(ctx));
        assertEquals(-EALREADY, a.lock(ctx));
        assertEquals(-EALREADY, b.lockInterruptible(ctx));
        assertEquals(2, ctx.acquired());
        assertTrue(a.isHeldBy(ctx));
        ctx.done();
        a.get().value++;
        b.set(new Obj());
        b.unlock();
        a.unlock();
        ctx.fini();
        assertEquals(1, a.tryLock(null) ? a.get().value : -1);
        a.unlock();
        assertNoReports();
    }

    @Test
    void nullContextIsAPlainLockThatWaitsInsteadOfBackingOff() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WD, new Obj(), "a");
        try (WwSide side = new WwSide("older")) {
            WwAcquireCtx older = side.call(() -> new WwAcquireCtx(WD));
            assertEquals(0, side.call(() -> a.lock(older)));
            // no context: waits for the holder, whatever its age
            Future<?> release = side.start(() -> {
                WwSide.await(() -> a.waiters() == 1, "the plain locker waits");
                a.unlock();
                older.fini();
                return null;
            });
            assertEquals(0, a.lock(null));
            release.get(10, TimeUnit.SECONDS);
            assertTrue(a.isHeldByCurrentThread());
            a.unlock();
        }
        assertNoReports();
    }

    @Test
    void tryLockSucceedsOnlyWhenFree() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        assertTrue(a.tryLock(ctx));
        assertFalse(a.tryLock(ctx), "a ww trylock of a mutex the context holds fails");
        assertEquals(1, ctx.acquired());
        try (WwSide side = new WwSide("other")) {
            assertFalse(side.call(() -> a.tryLock(null)));
        }
        a.unlock();
        ctx.fini();
        assertNoReports();
    }

    @Test
    void waitDieYoungerRequesterOfAnOlderHoldersLockDiesAtOnce() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WD, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WD, new Obj(), "b");
        try (WwSide side = new WwSide("older")) {
            WwAcquireCtx older = side.call(() -> new WwAcquireCtx(WD));
            assertEquals(0, side.call(() -> a.lock(older)));
            WwAcquireCtx young = new WwAcquireCtx(WD);
            assertTrue(young.stamp() > older.stamp());
            assertEquals(0, b.lock(young));
            assertEquals(-EDEADLK, a.lock(young));
            assertSame(a, young.contending());
            assertEquals(1, young.acquired());
            // back off properly, then the slow lock waits for the older holder
            b.unlock();
            Future<?> release = side.start(() -> {
                WwSide.await(() -> a.waiters() == 1, "lockSlow waits");
                a.unlock();
                older.fini();
                return null;
            });
            a.lockSlow(young);
            release.get(10, TimeUnit.SECONDS);
            assertEquals(null, young.contending());
            assertEquals(0, b.lock(young));
            young.done();
            b.unlock();
            a.unlock();
            young.fini();
        }
        assertNoReports();
    }

    @Test
    void contextHoldingNothingNeverBacksOff() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WD, new Obj(), "a");
        try (WwSide side = new WwSide("older")) {
            WwAcquireCtx older = side.call(() -> new WwAcquireCtx(WD));
            assertEquals(0, side.call(() -> a.lock(older)));
            WwAcquireCtx young = new WwAcquireCtx(WD);
            Future<?> release = side.start(() -> {
                WwSide.await(() -> a.waiters() == 1, "the young context waits");
                a.unlock();
                older.fini();
                return null;
            });
            assertEquals(0, a.lock(young), "nothing held: no deadlock possible, it waits");
            release.get(10, TimeUnit.SECONDS);
            a.unlock();
            young.fini();
        }
        assertNoReports();
    }

    @Test
    void interruptibleLockReturnsEintrWhenInterruptedWhileContended() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwMutex<Obj> free = new WwMutex<>(WW, new Obj(), "free");
        try (WwSide side = new WwSide("holder")) {
            assertEquals(0, side.call(() -> a.lock(null)));
            WwAcquireCtx ctx = new WwAcquireCtx(WW);
            Thread.currentThread().interrupt();
            assertEquals(0, free.lockInterruptible(ctx), "an uncontended lock does not look at signals");
            assertEquals(-EINTR, a.lockInterruptible(ctx));
            assertEquals(1, ctx.acquired());
            free.unlock();
            ctx.fini();
            assertEquals(-EINTR, a.lockInterruptible(null));
            assertTrue(Thread.interrupted(), "the interrupt stays pending");
            // interrupted while already waiting
            Thread me = Thread.currentThread();
            Future<?> interrupter = side.start(() -> {
                WwSide.await(() -> a.waiters() == 1, "waiting");
                me.interrupt();
                return null;
            });
            assertEquals(-EINTR, a.lockInterruptible(null));
            // clear the pending interrupt first: Future.get would throw on it
            assertTrue(Thread.interrupted());
            interrupter.get(10, TimeUnit.SECONDS);
            side.call(() -> {
                a.unlock();
                return null;
            });
        }
        assertNoReports();
    }

    // ---------------------------------------------------------------- wound-wait vs wait-die

    /**
     * An older context waits for a lock held by a younger one. Wound-wait wounds the holder, which
     * carries on until its next contended lock (a free lock still succeeds) and dies there;
     * wait-die leaves it alone.
     */
    @Test
    void woundWaitWoundsTheYoungerHolderLazily() throws Exception {
        olderWaitsForYounger(WW);
    }

    @Test
    void waitDieLetsTheYoungerHolderRunUnharmed() throws Exception {
        olderWaitsForYounger(WD);
    }

    private void olderWaitsForYounger(WwClass cls) throws Exception {
        WwMutex<Obj> a = new WwMutex<>(cls, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(cls, new Obj(), "b");
        WwMutex<Obj> c = new WwMutex<>(cls, new Obj(), "c");
        try (WwSide side = new WwSide("older")) {
            WwAcquireCtx older = side.call(() -> new WwAcquireCtx(cls));
            WwAcquireCtx young = new WwAcquireCtx(cls);
            assertEquals(0, b.lock(young));
            assertEquals(0, side.call(() -> a.lock(older)));
            Future<Integer> olderWantsB = side.start(() -> b.lock(older));
            WwSide.await(() -> b.waiters() == 1, "the older context waits for b");
            if (cls.isWaitDie()) {
                assertFalse(young.isWounded());
                assertEquals(0, c.lock(young));
                // younger waits for nothing held by an older one: it may finish
                young.done();
                c.unlock();
                b.unlock();
                young.fini();
                assertEquals(0, olderWantsB.get(10, TimeUnit.SECONDS));
            } else {
                WwSide.await(young::isWounded, "the younger holder is wounded");
                assertEquals(0, c.lock(young), "wounded, but a free lock is still taken (the wound is lazy)");
                assertEquals(-EDEADLK, a.lock(young), "dies at its next contended lock");
                assertSame(a, young.contending());
                c.unlock();
                b.unlock();
                assertEquals(0, olderWantsB.get(10, TimeUnit.SECONDS));
                Future<?> olderFinishes = side.start(() -> {
                    WwSide.await(() -> a.waiters() == 1, "the young one waits in lockSlow");
                    older.done();
                    b.unlock();
                    a.unlock();
                    older.fini();
                    return null;
                });
                a.lockSlow(young);
                olderFinishes.get(10, TimeUnit.SECONDS);
                assertFalse(young.isWounded(), "the wound heals once nothing is held");
                assertEquals(0, b.lock(young));
                young.done();
                a.unlock();
                b.unlock();
                young.fini();
                assertNoReports();
                return;
            }
            side.call(() -> {
                older.done();
                b.unlock();
                a.unlock();
                older.fini();
                return null;
            });
        }
        assertNoReports();
    }

    /** A younger context wanting an older holder's lock: wait-die dies at once, wound-wait waits. */
    @Test
    void youngerRequesterDiesUnderWaitDieButWaitsUnderWoundWait() throws Exception {
        for (WwClass cls : List.of(WD, WW)) {
            WwMutex<Obj> a = new WwMutex<>(cls, new Obj(), "a");
            WwMutex<Obj> b = new WwMutex<>(cls, new Obj(), "b");
            try (WwSide side = new WwSide("older")) {
                WwAcquireCtx older = side.call(() -> new WwAcquireCtx(cls));
                assertEquals(0, side.call(() -> a.lock(older)));
                WwAcquireCtx young = new WwAcquireCtx(cls);
                assertEquals(0, b.lock(young));
                if (cls.isWaitDie()) {
                    assertEquals(-EDEADLK, a.lock(young));
                    b.unlock();
                    side.call(() -> {
                        a.unlock();
                        older.fini();
                        return null;
                    });
                    a.lockSlow(young);
                } else {
                    Future<?> release = side.start(() -> {
                        WwSide.await(() -> a.waiters() == 1, "the young context waits");
                        a.unlock();
                        older.fini();
                        return null;
                    });
                    assertEquals(0, a.lock(young));
                    release.get(10, TimeUnit.SECONDS);
                    b.unlock();
                }
                a.unlock();
                young.fini();
            }
        }
        assertNoReports();
    }

    // ---------------------------------------------------------------- misuse

    private static Report single(Report.Kind kind) {
        List<Report> r = reports(kind);
        assertEquals(1, r.size(), () -> "reports: " + r);
        return r.get(0);
    }

    @Test
    void lockingAfterDoneIsMisuse() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        ctx.done();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.lock(ctx));
        assertTrue(e.getMessage().contains("after ww_acquire_done"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> a.tryLock(ctx));
        assertThrows(IllegalStateException.class, ctx::done, "done twice");
        ctx.fini();
        assertEquals("WwContextMisuse", reports(Report.Kind.WW_CONTEXT_MISUSE).get(0).kind().rule());
        assertEquals(3, reports(Report.Kind.WW_CONTEXT_MISUSE).size());
        assertFalse(a.isLocked());
    }

    @Test
    void lockingAfterFiniAndFiniTwiceAreMisuse() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        ctx.fini();
        assertThrows(IllegalStateException.class, () -> a.lock(ctx));
        assertThrows(IllegalStateException.class, ctx::fini);
        assertEquals(2, reports(Report.Kind.WW_CONTEXT_MISUSE).size());
    }

    @Test
    void finiWithLocksHeldIsMisuse() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        assertEquals(0, a.lock(ctx));
        IllegalStateException e = assertThrows(IllegalStateException.class, ctx::fini);
        assertTrue(e.getMessage().contains("still held"), e.getMessage());
        single(Report.Kind.WW_CONTEXT_MISUSE);
        a.unlock();
        ctx.fini();
    }

    @Test
    void mutexAndContextOfDifferentClassesAreMisuse() {
        WwMutex<Obj> a = new WwMutex<>(WD, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.lock(ctx));
        assertTrue(e.getMessage().contains("ww class test_wd"), e.getMessage());
        assertFalse(a.isLocked());
        ctx.fini();
        assertEquals(List.of("test_ww"), single(Report.Kind.WW_CONTEXT_MISUSE).classes());
    }

    @Test
    void contextUsedByAnotherThreadIsMisuse() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        try (WwSide side = new WwSide("intruder")) {
            ExecutionException x = assertThrows(ExecutionException.class, () -> side.call(() -> a.lock(ctx)));
            assertTrue(x.getCause().getMessage().contains("belongs to"), x.getCause().getMessage());
        }
        ctx.fini();
        single(Report.Kind.WW_CONTEXT_MISUSE);
        assertFalse(a.isLocked());
    }

    @Test
    void lockSlowWithoutDeadlockIsABackoffViolation() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.lockSlow(ctx));
        assertTrue(e.getMessage().contains("without a preceding -EDEADLK"), e.getMessage());
        assertFalse(a.isLocked());
        ctx.fini();
        assertEquals("WwBackoffViolation", single(Report.Kind.WW_BACKOFF).kind().rule());
    }

    /** After -EDEADLK on a: lockSlow with b still held, lockSlow of another mutex, another lock first. */
    @Test
    void backoffViolationsAfterDeadlock() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WD, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WD, new Obj(), "b");
        WwMutex<Obj> c = new WwMutex<>(WD, new Obj(), "c");
        try (WwSide side = new WwSide("older")) {
            WwAcquireCtx older = side.call(() -> new WwAcquireCtx(WD));
            assertEquals(0, side.call(() -> a.lock(older)));
            WwAcquireCtx young = new WwAcquireCtx(WD);
            assertEquals(0, b.lock(young));
            assertEquals(-EDEADLK, a.lock(young));

            IllegalStateException held = assertThrows(IllegalStateException.class, () -> a.lockSlow(young));
            assertTrue(held.getMessage().contains("still held"), held.getMessage());
            IllegalStateException other = assertThrows(IllegalStateException.class, () -> c.lock(young));
            assertTrue(other.getMessage().contains("after -EDEADLK"), other.getMessage());
            IllegalStateException again = assertThrows(IllegalStateException.class, () -> a.lock(young));
            assertTrue(again.getMessage().contains("without unlocking"), again.getMessage());
            b.unlock();
            IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> c.lockSlow(young));
            assertTrue(wrong.getMessage().contains("contended mutex"), wrong.getMessage());
            assertEquals(4, reports(Report.Kind.WW_BACKOFF).size());
            assertFalse(c.isLocked());

            side.call(() -> {
                a.unlock();
                older.fini();
                return null;
            });
            // the back-off done right: nothing held, the contended mutex first (a plain lock is allowed too)
            assertEquals(0, a.lock(young));
            a.unlock();
            young.fini();
        }
        assertEquals(4, DebugReports.all().size());
    }

    @Test
    void unlockByANonHolderIsABadUnlock() throws Exception {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        IllegalStateException e = assertThrows(IllegalStateException.class, a::unlock);
        assertTrue(e.getMessage().contains("not locked"), e.getMessage());
        assertEquals(0, a.lock(null));
        try (WwSide side = new WwSide("other")) {
            ExecutionException x = assertThrows(ExecutionException.class,
                    () -> side.call(() -> {
                        a.unlock();
                        return null;
                    }));
            assertTrue(x.getCause().getMessage().contains("held by"), x.getCause().getMessage());
        }
        assertTrue(a.isHeldByCurrentThread());
        a.unlock();
        assertEquals(2, reports(Report.Kind.BAD_UNLOCK).size());
        assertThrows(IllegalStateException.class, a::get, "data access needs the lock");
    }

    // ---------------------------------------------------------------- lockdep

    @Test
    void lockdepClassIsTheWwClassAndNestingUnderAContextIsNoRecursion() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WW, new Obj(), "b");
        assertSame(WW.lockClass(), a.lockClass());
        assertSame(a.lockClass(), b.lockClass());
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        assertEquals(0, a.lock(ctx));
        assertEquals(0, b.lock(ctx));
        assertEquals(3, Lockdep.heldLocks().size());
        b.unlock();
        a.unlock();
        ctx.fini();
        assertNoReports();
        assertTrue(Lockdep.dependencies().contains("test_ww_acquire -> test_ww"), Lockdep.dependencies().toString());
        assertFalse(Lockdep.dependencies().contains("test_ww -> test_ww"));
    }

    @Test
    void secondWwLockOfAClassWithoutContextIsReported() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WW, new Obj(), "b");
        assertEquals(0, a.lock(null));
        assertEquals(0, b.lock(null));
        b.unlock();
        a.unlock();
        Report r = single(Report.Kind.WW_MISSING_CONTEXT);
        assertEquals("WwMissingContext", r.kind().rule());
        assertEquals(List.of("test_ww"), r.classes());
        assertEquals(1, DebugReports.all().size());
    }

    @Test
    void relockingTheSameWwMutexWithoutContextThrowsInsteadOfHanging() {
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        assertEquals(0, a.lock(null));
        assertThrows(IllegalStateException.class, () -> a.lock(null));
        a.unlock();
        single(Report.Kind.RECURSIVE_LOCK);
    }

    @Test
    void twoLiveContextsOfOneClassOnOneTaskAreRecursive() {
        WwAcquireCtx first = new WwAcquireCtx(WW);
        WwAcquireCtx second = new WwAcquireCtx(WW);
        second.fini();
        first.fini();
        assertEquals(List.of("test_ww_acquire"), single(Report.Kind.RECURSIVE_LOCK).classes());
    }

    @Test
    void plainMutexInsideATransactionAndAroundAWwLockElsewhereIsACycle() {
        Mutex<Obj> m = new Mutex<>(new Obj(), "plain");
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwAcquireCtx ctx = new WwAcquireCtx(WW);
        assertEquals(0, a.lock(ctx));
        try (MutexGuard<Obj> g = m.lock()) {
            g.get().value++;
        }
        a.unlock();
        ctx.fini();
        assertNoReports();
        try (MutexGuard<Obj> g = m.lock()) {
            assertEquals(0, a.lock(null));
            a.unlock();
        }
        Report r = single(Report.Kind.LOCK_ORDER);
        assertTrue(r.classes().contains("test_ww") && r.classes().contains("plain"), r.classes().toString());
    }

    @Test
    void wwLocksTakenInsideAPlainMutexAreOrderedAfterIt() {
        Mutex<Obj> m = new Mutex<>(new Obj(), "outer");
        WwMutex<Obj> a = new WwMutex<>(WW, new Obj(), "a");
        WwMutex<Obj> b = new WwMutex<>(WW, new Obj(), "b");
        try (MutexGuard<Obj> g = m.lock()) {
            WwAcquireCtx ctx = new WwAcquireCtx(WW);
            assertEquals(0, a.lock(ctx));
            assertEquals(0, b.lock(ctx));
            b.unlock();
            a.unlock();
            ctx.fini();
        }
        assertNoReports();
        assertTrue(Lockdep.dependencies().contains("outer -> test_ww_acquire"), Lockdep.dependencies().toString());
    }
}
