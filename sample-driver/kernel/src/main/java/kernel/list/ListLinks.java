package kernel.list;

import dev.drivercheck.annotations.Pinned;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * The links an entry of an intrusive list embeds (struct list_head / kernel::list::ListLinks): its
 * neighbours point at them, so they never move. An entry embeds them in a {@code @Pin} field and is
 * itself {@code @Pinned}.
 */
@Pinned
public final class ListLinks implements PinnedObject {
    private final PinHome home = PinHome.here();
    ListHead<?> list;
    ListLinks prev;
    ListLinks next;
    Object entry;

    @Override
    public PinHome pinHome() {
        return home;
    }

    /** Whether the entry is on a list now. */
    public boolean isLinked() {
        return list != null;
    }

    @Override
    public String toString() {
        return "ListLinks@" + Integer.toHexString(System.identityHashCode(this)) + (list == null ? "" : " (linked)");
    }
}
