package dev.drivercheck.summary;

import dev.drivercheck.facts.LockClass;
import dev.drivercheck.facts.LockKind;
import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * A lock a call takes, directly or somewhere below it, as the caller sees it: its class (a
 * callee's parameter placeholder replaced by the argument's class), and the chain of calls from
 * the caller down to the acquiring call, for the evidence.
 *
 * @param trylock taken by a try-lock: it never waits, so it makes no dependency on held locks
 * @param irqsOff interrupts are disabled at the acquisition by something below the caller (the
 *     acquisition itself, or a lock taken with irqsOff on the way)
 * @param retaken taken again below the caller after releasing the caller's lock of this class (a
 *     {@code @Holds} method that drops and retakes it): no recursion
 * @param chain methods called, from the caller's call down to the acquiring method
 * @param sites where each of them is called
 */
public record Acquisition(LockClass cls, int subclass, String typeName, LockKind kind, boolean trylock,
    boolean irqsOff, boolean retaken, List<String> chain, List<Position> sites)
    implements Comparable<Acquisition> {

  /** {@code Vm.lock} or {@code Vm.lock/1}. */
  public String lockClass() {
    return subclass == 0 ? cls.name() : cls.name() + "/" + (subclass < 0 ? "?" : subclass);
  }

  /** This acquisition one call further out: {@code via} is called at {@code site}. */
  Acquisition via(LockClass mapped, boolean irqsOffThere, String via, Position site) {
    List<String> c = new ArrayList<>(chain.size() + 1);
    c.add(via);
    c.addAll(chain);
    List<Position> s = new ArrayList<>(sites.size() + 1);
    s.add(site);
    s.addAll(sites);
    return new Acquisition(mapped, subclass, typeName, kind, trylock, irqsOff || irqsOffThere, retaken,
        List.copyOf(c), List.copyOf(s));
  }

  Acquisition asRetaken() {
    return new Acquisition(cls, subclass, typeName, kind, trylock, irqsOff, true, chain, sites);
  }

  /** The same acquisition of another class (a parameter placeholder bound by a caller). */
  Acquisition of(LockClass c) {
    return new Acquisition(c, subclass, typeName, kind, trylock, irqsOff, retaken, chain, sites);
  }

  /** The call in the caller's body: where reports about this acquisition land. */
  public Position site() {
    return sites.get(0);
  }

  /** {@code Vm.map -> Helper.take -> Mutex.lock}. */
  public String path(String from) {
    return from + " -> " + String.join(" -> ", chain);
  }

  /** One evidence line per hop. */
  public List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      out.add(new Evidence("calls " + chain.get(i) + " at " + sites.get(i).shortText(), sites.get(i)));
    }
    return out;
  }

  /** Shorter chains first, then earlier sites: the evidence kept is the same whatever the file order. */
  @Override
  public int compareTo(Acquisition o) {
    int c = Integer.compare(chain.size(), o.chain.size());
    for (int i = 0; c == 0 && i < sites.size(); i++) {
      c = sites.get(i).compareTo(o.sites.get(i));
    }
    return c;
  }
}
