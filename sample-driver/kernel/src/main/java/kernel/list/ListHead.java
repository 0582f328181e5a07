package kernel.list;

import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.RequiresPinned;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kernel.error.Errno;
import kernel.error.KernelException;

/**
 * An intrusive doubly linked list (kernel::list::List): it links entries through the
 * {@link ListLinks} they embed, by address, so the entries must be pinned. Not synchronized: the
 * caller protects it with a lock, as in C. Run-time checks as with CONFIG_DEBUG_LIST: adding an
 * entry that is already on a list, removing one that is not on this list, and using links that were
 * moved throw.
 */
public final class ListHead<T extends ListItem> {
    private final String name;
    private ListLinks first;
    private ListLinks last;
    private int size;

    public ListHead(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** list_add_tail(): links {@code entry} at the end; it must not be on a list already. */
    @NoSleep
    public void pushBack(@RequiresPinned T entry) {
        ListLinks l = checked(entry);
        if (l.list != null) {
            throw new KernelException(Errno.EINVAL, "list_add corruption: " + entry + " is already on list '"
                    + l.list.name + "' (adding it to '" + name + "')");
        }
        l.list = this;
        l.entry = entry;
        l.prev = last;
        l.next = null;
        if (last == null) {
            first = l;
        } else {
            last.next = l;
        }
        last = l;
        size++;
    }

    /** list_del(): unlinks {@code entry}, which must be on this list. */
    @NoSleep
    public void remove(T entry) {
        ListLinks l = checked(entry);
        if (l.list != this) {
            throw new KernelException(Errno.EINVAL, "list_del corruption: " + entry + " is not on list '" + name + "'");
        }
        if (l.prev == null) {
            first = l.next;
        } else {
            l.prev.next = l.next;
        }
        if (l.next == null) {
            last = l.prev;
        } else {
            l.next.prev = l.prev;
        }
        l.list = null;
        l.prev = null;
        l.next = null;
        l.entry = null;
        size--;
    }

    /** The first entry unlinked, or null when the list is empty. */
    @NoSleep
    public T popFront() {
        if (first == null) {
            return null;
        }
        T entry = entryOf(first);
        remove(entry);
        return entry;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** A snapshot of the entries, first to last. */
    public List<T> entries() {
        List<T> out = new ArrayList<>(size);
        for (ListLinks l = first; l != null; l = l.next) {
            out.add(entryOf(l));
        }
        return out;
    }

    /** The entry that embeds {@code l}: only entries of this list's type are ever linked into it. */
    @SuppressWarnings("unchecked")
    private T entryOf(ListLinks l) {
        return (T) l.entry;
    }

    private ListLinks checked(T entry) {
        ListLinks l = Objects.requireNonNull(Objects.requireNonNull(entry, "entry").links(), "links");
        l.pinHome().checkUse(entry);
        return l;
    }

    @Override
    public String toString() {
        return "ListHead '" + name + "' [" + size + "]";
    }
}
