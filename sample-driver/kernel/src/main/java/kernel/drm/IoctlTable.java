package kernel.drm;

import java.util.HashMap;
import java.util.Map;

/** The driver's ioctl table (drm_ioctl_desc array): number, name, handler. */
public final class IoctlTable<T, F> {
    record Entry<T, F>(String name, Ioctl<T, F, Object> handler) {}

    private final Map<Integer, Entry<T, F>> entries = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <A> IoctlTable<T, F> add(int nr, String name, Ioctl<T, F, A> handler) {
        entries.put(nr, new Entry<>(name, (Ioctl<T, F, Object>) (Ioctl<T, F, ?>) handler));
        return this;
    }

    Entry<T, F> get(int nr) {
        return entries.get(nr);
    }
}
