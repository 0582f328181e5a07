package kernel.soc.apple;

/** One mailbox message: a 64-bit payload and the RTKit endpoint it belongs to. */
public record MailboxMessage(int endpoint, long payload) {}
