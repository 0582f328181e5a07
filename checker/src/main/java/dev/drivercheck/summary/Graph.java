package dev.drivercheck.summary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Strongly connected components (Tarjan's algorithm, iterative so deep call chains cannot overflow). */
final class Graph {
  private Graph() {}

  /** The SCCs of the graph, callees before callers (reverse topological order). */
  static <N> List<List<N>> sccs(List<N> nodes, Function<N, List<N>> successors) {
    Map<N, Integer> index = new HashMap<>();
    Map<N, Integer> low = new HashMap<>();
    Deque<N> stack = new ArrayDeque<>();
    java.util.Set<N> onStack = new java.util.HashSet<>();
    List<List<N>> out = new ArrayList<>();
    int[] counter = {0};
    for (N root : nodes) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>(); // {node, successor iterator}
      visit(root, index, low, stack, onStack, counter);
      work.push(new Object[] {root, successors.apply(root).iterator()});
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        @SuppressWarnings("unchecked") N n = (N) frame[0];
        @SuppressWarnings("unchecked") java.util.Iterator<N> it = (java.util.Iterator<N>) frame[1];
        if (it.hasNext()) {
          N m = it.next();
          if (!index.containsKey(m)) {
            visit(m, index, low, stack, onStack, counter);
            work.push(new Object[] {m, successors.apply(m).iterator()});
          } else if (onStack.contains(m)) {
            low.put(n, Math.min(low.get(n), index.get(m)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          @SuppressWarnings("unchecked") N parent = (N) work.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(n)));
        }
        if (low.get(n).equals(index.get(n))) {
          List<N> scc = new ArrayList<>();
          N m;
          do {
            m = stack.pop();
            onStack.remove(m);
            scc.add(m);
          } while (m != n);
          out.add(scc);
        }
      }
    }
    return out;
  }

  private static <N> void visit(N n, Map<N, Integer> index, Map<N, Integer> low, Deque<N> stack,
      java.util.Set<N> onStack, int[] counter) {
    index.put(n, counter[0]);
    low.put(n, counter[0]);
    counter[0]++;
    stack.push(n);
    onStack.add(n);
  }
}
