package kernel.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kernel.KernelTest;
import kernel.error.KernelException;
import kernel.types.Pin;
import org.junit.jupiter.api.Test;

class ListHeadTest extends KernelTest {

    static final class Job implements ListItem {
        final ListLinks links = new ListLinks();
        final int id;

        Job(int id) {
            this.id = id;
        }

        @Override
        public ListLinks links() {
            return links;
        }

        @Override
        public String toString() {
            return "job " + id;
        }
    }

    private static Job job(int id) {
        return Pin.<Job>box(slot -> new Job(id)).get();
    }

    @Test
    void entriesAreLinkedInOrderAndUnlinked() {
        ListHead<Job> list = new ListHead<>("jobs");
        Job a = job(1);
        Job b = job(2);
        Job c = job(3);
        list.pushBack(a);
        list.pushBack(b);
        list.pushBack(c);
        assertEquals(List.of(a, b, c), list.entries());
        list.remove(b);
        assertFalse(b.links.isLinked());
        assertEquals(List.of(a, c), list.entries());
        assertEquals(a, list.popFront());
        assertEquals(c, list.popFront());
        assertNull(list.popFront());
        assertTrue(list.isEmpty());
    }

    @Test
    void doubleAddAndForeignRemoveAreListCorruption() {
        ListHead<Job> one = new ListHead<>("one");
        ListHead<Job> two = new ListHead<>("two");
        Job j = job(1);
        one.pushBack(j);
        KernelException add = assertThrows(KernelException.class, () -> two.pushBack(j));
        assertTrue(add.getMessage().contains("list_add corruption"), add.getMessage());
        KernelException del = assertThrows(KernelException.class, () -> two.remove(j));
        assertTrue(del.getMessage().contains("list_del corruption"), del.getMessage());
        assertEquals(1, one.size());
    }

    @Test
    void linksMovedIntoAnotherSlotCannotBeLinked() {
        Job j = job(1);
        assertThrows(KernelException.class, () -> Pin.box(slot -> j.links));
        ListHead<Job> list = new ListHead<>("jobs");
        KernelException e = assertThrows(KernelException.class, () -> list.pushBack(j));
        assertTrue(e.getMessage().contains("moved"), e.getMessage());
    }
}
