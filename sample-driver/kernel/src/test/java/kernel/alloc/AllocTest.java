package kernel.alloc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import kernel.KernelTest;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.types.Drop;
import kernel.uaccess.UserSlice;
import org.junit.jupiter.api.Test;

class AllocTest extends KernelTest {

    static final class Node implements Drop {
        int drops;

        @Override
        public void drop() {
            drops++;
        }
    }

    @Test
    void kboxDropsItsValueOnClose() {
        Node n = new Node();
        KBox<Node> box = KBox.allocKernel(n);
        assertEquals(n, box.get());
        box.close();
        assertEquals(1, n.drops);
        assertThrows(IllegalStateException.class, box::get);
        assertThrows(IllegalStateException.class, box::close);
    }

    @Test
    void kvecGrowsAndIterates() {
        KVec<Integer> vec = KVec.withCapacityKernel(2);
        for (int i = 0; i < 10; i++) {
            vec.pushKernel(i);
        }
        vec.reserveAtomic(100);
        vec.pushAtomic(10);
        assertEquals(11, vec.size());
        List<Integer> seen = new ArrayList<>();
        vec.forEach(seen::add);
        assertEquals(vec.toList(), seen);
        assertEquals(10, vec.pop());
        assertEquals(10, vec.size());
        assertNoReports();
    }

    @Test
    void userCopiesRoundTripAndFaultOutOfRange() {
        byte[] user = new byte[8];
        UserSlice slice = UserSlice.of(user, 2, 4);
        slice.copyToUser(new byte[] {1, 2, 3, 4});
        assertArrayEquals(new byte[] {0, 0, 1, 2, 3, 4, 0, 0}, user);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, slice.readAll());
        KernelException e = assertThrows(KernelException.class, () -> slice.copyFromUser(new byte[5]));
        assertEquals(Errno.EFAULT, e.errno());
        assertThrows(KernelException.class, () -> UserSlice.of(user, 6, 4).readAll());
    }
}
