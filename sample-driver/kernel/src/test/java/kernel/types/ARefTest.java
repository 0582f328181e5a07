package kernel.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kernel.KernelTest;
import org.junit.jupiter.api.Test;

class ARefTest extends KernelTest {

    /** A C-style object with an embedded count, like a GEM object. */
    static final class GemObject implements AlwaysRefCounted, Drop {
        final Kref ref = new Kref("GemObject");
        int released;

        @Override
        public void incRef() {
            ref.get();
        }

        @Override
        public void decRef() {
            ref.put(this);
        }

        @Override
        public void drop() {
            released++;
        }

        int size() {
            ref.checkLive();
            return 4096;
        }
    }

    @Test
    void lastPutReleasesTheObjectOnce() {
        GemObject obj = new GemObject();
        ARef<GemObject> creator = ARef.fromRaw(obj);
        ARef<GemObject> lookup = ARef.from(obj);
        ARef<GemObject> copy = lookup.clone();
        assertEquals(3, obj.ref.read());
        creator.close();
        lookup.close();
        assertEquals(0, obj.released);
        assertEquals(4096, copy.get().size());
        copy.close();
        assertEquals(1, obj.released);
    }

    @Test
    void useAfterTheLastPutThrows() {
        GemObject obj = new GemObject();
        ARef<GemObject> ref = ARef.fromRaw(obj);
        ref.close();
        assertThrows(IllegalStateException.class, ref::get);
        assertThrows(IllegalStateException.class, ref::close);
        IllegalStateException e = assertThrows(IllegalStateException.class, obj::size);
        assertTrue(e.getMessage().contains("after the last put"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> ARef.from(obj));
        assertTrue(e.getMessage().contains("addition on 0"), e.getMessage());
    }
}
