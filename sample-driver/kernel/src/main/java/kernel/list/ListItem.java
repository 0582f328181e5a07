package kernel.list;

/**
 * An entry of an intrusive list: it embeds its {@link ListLinks}. Only a {@code @Pinned} entry may be
 * inserted ({@link ListHead#pushBack} requires it); a movable implementor is reported.
 */
public interface ListItem {
    /** The embedded links (a {@code @Pin} final field of the entry). */
    ListLinks links();
}
