package dev.drivercheck.summary;

import dev.drivercheck.report.Finding.Evidence;
import dev.drivercheck.report.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a call may sleep: the chain of calls from the caller down to the sleeping leaf (klint's
 * "which is called from here"). A {@link Kind#DROP} leaf is the drop of a reference whose
 * pointee's destructor sleeps; {@code destructor} then says why.
 *
 * @param chain method names from the callee down to the leaf ({@code Vm.dropMappings},
 *     {@code Mutex.lock})
 * @param sites where each of them is called
 */
public record Witness(Kind kind, List<String> chain, List<Position> sites, String pointee, Witness destructor) {

  public enum Kind { SLEEP, DROP }

  public static Witness sleep(String leaf, Position site) {
    return new Witness(Kind.SLEEP, List.of(leaf), List.of(site), null, null);
  }

  public static Witness drop(String dropCall, Position site, String pointee, Witness destructor) {
    return new Witness(Kind.DROP, List.of(dropCall), List.of(site), pointee, destructor);
  }

  /** This witness seen from one call further out: {@code via} is called at {@code site}. */
  public Witness via(String via, Position site) {
    List<String> c = new ArrayList<>(chain.size() + 1);
    c.add(via);
    c.addAll(chain);
    List<Position> s = new ArrayList<>(sites.size() + 1);
    s.add(site);
    s.addAll(sites);
    return new Witness(kind, List.copyOf(c), List.copyOf(s), pointee, destructor);
  }

  public String leaf() {
    return chain.get(chain.size() - 1);
  }

  /** {@code A.f -> B.g -> Mutex.lock}, starting from {@code from}. */
  public String path(String from) {
    return from + " -> " + String.join(" -> ", chain);
  }

  /** The sleeping call at the bottom, through destructors: {@code Mutex.lock}. */
  public String sleepingLeaf() {
    return destructor != null ? destructor.sleepingLeaf() : leaf();
  }

  /** One evidence line per hop, pointing at the call. */
  public List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      Position p = sites.get(i);
      out.add(new Evidence("calls " + chain.get(i) + " at " + p.shortText(), p));
    }
    if (destructor != null) {
      out.add(new Evidence("the last reference to " + pointee + " runs its destructor "
          + destructor.chain.get(0), null));
      out.addAll(destructor.evidence());
    }
    return out;
  }
}
