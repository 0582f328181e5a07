// Positive (RequiresPinned, PinnedNotInPlace): kernel model: an intrusive ListHead links entries by
// the ListLinks they embed; a Request that is not @Pinned may move, so inserting it is reported at
// the argument, and its links, built in a plain field initializer, are not in place either.
package inputs.pinningkernel.listinsertmovableentry;

import kernel.list.ListHead;
import kernel.list.ListItem;
import kernel.list.ListLinks;

final class Request implements ListItem {
    // :: error: [PinnedNotInPlace]
    private final ListLinks links = new ListLinks();
    int opcode;

    @Override
    public ListLinks links() {
        return links;
    }
}

final class Submitter {
    private final ListHead<Request> pending = new ListHead<>("pending");

    void submit(Request req) {
        // :: error: [RequiresPinned]
        pending.pushBack(req);
    }
}
