package dev.drivercheck.graph;

import dev.drivercheck.graph.LockGraphModel.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama-style) drawing of the lock graph, kept near-linear so a few hundred lock
 * classes lay out instantly: DFS back edges are reversed to get a DAG, layers are longest paths,
 * edges longer than one layer get a bend point per crossed layer, and a fixed number of barycenter
 * sweeps orders each layer. Edges between the same two classes are drawn once (a link); the
 * evidence table lists each edge.
 */
public final class Layout {
  static final double NODE_HEIGHT = 30;
  static final double LAYER_GAP = 60;
  static final double NODE_GAP = 28;
  static final double MARGIN = 24;
  /** Average glyph width of the 12px sans-serif labels, used to size boxes without font metrics. */
  static final double CHAR_WIDTH = 7.2;
  private static final int SWEEPS = 12;

  /** One drawn arrow: every edge from {@code from} to {@code to}, in evidence-table order. */
  public record Link(int from, int to, List<Integer> edges, List<double[]> points) {}

  private final double[] x;
  private final double[] y;
  private final double[] w;
  private final List<Link> links;
  private final double width;
  private final double height;

  private Layout(double[] x, double[] y, double[] w, List<Link> links, double width,
      double height) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.links = links;
    this.width = width;
    this.height = height;
  }

  /** Center x of node {@code i}. */
  public double x(int i) {
    return x[i];
  }

  /** Center y of node {@code i}. */
  public double y(int i) {
    return y[i];
  }

  public double width(int i) {
    return w[i];
  }

  public double height(int i) {
    return NODE_HEIGHT;
  }

  public List<Link> links() {
    return links;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  static double labelWidth(String label) {
    return Math.max(48, label.length() * CHAR_WIDTH + 24);
  }

  public static Layout of(LockGraphModel g) {
    return new Builder(g).build();
  }

  /** The working state of one layout; virtual nodes are the lock classes followed by bend points. */
  private static final class Builder {
    final LockGraphModel g;
    final int n;
    final List<Integer> order;
    final int[] rank;
    final List<Integer> linkFrom = new ArrayList<>();
    final List<Integer> linkTo = new ArrayList<>();
    final List<List<Integer>> linkEdges = new ArrayList<>();
    boolean[] reversed;
    // virtual nodes
    int[] layer;
    double[] vw;
    int vcount;
    List<int[]> paths = new ArrayList<>(); // per link: virtual nodes along it, in DAG direction
    List<List<Integer>> up = new ArrayList<>();
    List<List<Integer>> down = new ArrayList<>();

    Builder(LockGraphModel g) {
      this.g = g;
      this.n = g.nodes().size();
      this.order = g.nodeOrder();
      this.rank = new int[n];
      for (int r = 0; r < n; r++) {
        rank[order.get(r)] = r;
      }
    }

    Layout build() {
      groupLinks();
      breakCycles();
      assignLayers();
      addBendPoints();
      List<List<Integer>> layers = orderLayers();
      double[] vx = new double[vcount];
      double[] vy = new double[vcount];
      double width = placeX(layers, vx);
      for (int v = 0; v < vcount; v++) {
        vy[v] = MARGIN + NODE_HEIGHT / 2 + layer[v] * (NODE_HEIGHT + LAYER_GAP);
      }
      int layerCount = layers.size();
      double height = layerCount == 0 ? 2 * MARGIN
          : 2 * MARGIN + layerCount * NODE_HEIGHT + (layerCount - 1) * LAYER_GAP;
      List<Link> links = route(vx, vy);
      width = Math.max(width, maxLoopExtent(vx));
      return new Layout(Arrays.copyOf(vx, n), Arrays.copyOf(vy, n), Arrays.copyOf(vw, n),
          List.copyOf(links), Math.max(width, 2 * MARGIN), height);
    }

    /** Edges between the same ordered pair become one link, in sorted edge order. */
    void groupLinks() {
      Map<Long, Integer> byPair = new LinkedHashMap<>();
      for (int e : g.edgeOrder()) {
        Edge edge = g.edges().get(e);
        long key = ((long) edge.from() << 32) | edge.to();
        Integer l = byPair.get(key);
        if (l == null) {
          l = linkFrom.size();
          byPair.put(key, l);
          linkFrom.add(edge.from());
          linkTo.add(edge.to());
          linkEdges.add(new ArrayList<>());
        }
        linkEdges.get(l).add(e);
      }
      reversed = new boolean[linkFrom.size()];
    }

    /** Iterative DFS in name order; a link into a node still on the stack is reversed. */
    void breakCycles() {
      List<List<Integer>> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new ArrayList<>());
      }
      for (int l = 0; l < linkFrom.size(); l++) {
        if (!linkFrom.get(l).equals(linkTo.get(l))) {
          out.get(linkFrom.get(l)).add(l); // sorted by target rank: links come in edge order
        }
      }
      int[] state = new int[n]; // 0 new, 1 on stack, 2 done
      int[] next = new int[n];
      Deque<Integer> stack = new ArrayDeque<>();
      for (int root : order) {
        if (state[root] != 0) {
          continue;
        }
        state[root] = 1;
        stack.push(root);
        while (!stack.isEmpty()) {
          int u = stack.peek();
          if (next[u] == out.get(u).size()) {
            state[u] = 2;
            stack.pop();
            continue;
          }
          int l = out.get(u).get(next[u]++);
          int v = linkTo.get(l);
          if (state[v] == 1) {
            reversed[l] = true;
          } else if (state[v] == 0) {
            state[v] = 1;
            stack.push(v);
          }
        }
      }
    }

    int dagFrom(int l) {
      return reversed[l] ? linkTo.get(l) : linkFrom.get(l);
    }

    int dagTo(int l) {
      return reversed[l] ? linkFrom.get(l) : linkTo.get(l);
    }

    /** Longest path from the sources (Kahn's topological order), then sources pulled down. */
    void assignLayers() {
      layer = new int[n];
      int[] indegree = new int[n];
      List<List<Integer>> succ = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        succ.add(new ArrayList<>());
      }
      for (int l = 0; l < linkFrom.size(); l++) {
        if (dagFrom(l) != dagTo(l)) {
          succ.get(dagFrom(l)).add(dagTo(l));
          indegree[dagTo(l)]++;
        }
      }
      Deque<Integer> ready = new ArrayDeque<>();
      order.stream().filter(i -> indegree[i] == 0).forEach(ready::add);
      List<Integer> topo = new ArrayList<>();
      while (!ready.isEmpty()) {
        int u = ready.poll();
        topo.add(u);
        for (int v : succ.get(u)) {
          layer[v] = Math.max(layer[v], layer[u] + 1);
          if (--indegree[v] == 0) {
            ready.add(v);
          }
        }
      }
      // Longest path puts every source on top, which makes the first layer wide and the edges
      // from it long; move each node down to just above its nearest successor instead.
      for (int k = topo.size() - 1; k >= 0; k--) {
        int u = topo.get(k);
        int nearest = Integer.MAX_VALUE;
        for (int v : succ.get(u)) {
          nearest = Math.min(nearest, layer[v]);
        }
        if (nearest != Integer.MAX_VALUE) {
          layer[u] = nearest - 1;
        }
      }
    }

    /** A bend point (zero-width virtual node) on every layer a link crosses. */
    void addBendPoints() {
      List<Integer> layers = new ArrayList<>();
      List<Double> widths = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        layers.add(layer[i]);
        widths.add(labelWidth(g.nodes().get(i).label()));
        up.add(new ArrayList<>());
        down.add(new ArrayList<>());
      }
      for (int l = 0; l < linkFrom.size(); l++) {
        int s = dagFrom(l);
        int t = dagTo(l);
        if (s == t) {
          paths.add(new int[] {s});
          continue;
        }
        int span = layer[t] - layer[s];
        int[] path = new int[span + 1];
        path[0] = s;
        path[span] = t;
        for (int k = 1; k < span; k++) {
          int v = layers.size();
          layers.add(layer[s] + k);
          widths.add(0.0);
          up.add(new ArrayList<>());
          down.add(new ArrayList<>());
          path[k] = v;
        }
        for (int k = 0; k < span; k++) {
          down.get(path[k]).add(path[k + 1]);
          up.get(path[k + 1]).add(path[k]);
        }
        paths.add(path);
      }
      vcount = layers.size();
      layer = layers.stream().mapToInt(Integer::intValue).toArray();
      vw = widths.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Barycenter heuristic: alternate down and up sweeps, a fixed number of times, keeping the
     * order with the fewest crossings seen.
     */
    List<List<Integer>> orderLayers() {
      int layerCount = 0;
      for (int v = 0; v < vcount; v++) {
        layerCount = Math.max(layerCount, layer[v] + 1);
      }
      List<List<Integer>> layers = new ArrayList<>();
      for (int k = 0; k < layerCount; k++) {
        layers.add(new ArrayList<>());
      }
      for (int i : order) {
        layers.get(layer[i]).add(i);
      }
      for (int v = n; v < vcount; v++) {
        layers.get(layer[v]).add(v);
      }
      double[] pos = new double[vcount];
      renumber(layers, pos);
      List<List<Integer>> best = copy(layers);
      long fewest = crossings(layers, pos);
      double[] key = new double[vcount];
      for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
        boolean downward = sweep % 2 == 0;
        for (int k = 1; k < layerCount; k++) {
          int at = downward ? k : layerCount - 1 - k;
          List<List<Integer>> adjacent = downward ? up : down;
          List<Integer> row = layers.get(at);
          for (int v : row) {
            List<Integer> nb = adjacent.get(v);
            double sum = 0;
            for (int u : nb) {
              sum += pos[u];
            }
            key[v] = nb.isEmpty() ? pos[v] : sum / nb.size();
          }
          row.sort(Comparator.comparingDouble(v -> key[v])); // stable: ties keep their order
          for (int p = 0; p < row.size(); p++) {
            pos[row.get(p)] = p;
          }
        }
        long c = crossings(layers, pos);
        if (c < fewest) {
          fewest = c;
          best = copy(layers);
        }
      }
      return best;
    }

    /** Crossings between consecutive layers: inversions counted with a Fenwick tree. */
    private long crossings(List<List<Integer>> layers, double[] pos) {
      long total = 0;
      for (int k = 0; k + 1 < layers.size(); k++) {
        List<long[]> pairs = new ArrayList<>();
        for (int u : layers.get(k)) {
          for (int v : down.get(u)) {
            pairs.add(new long[] {(long) pos[u], (long) pos[v]});
          }
        }
        pairs.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        int size = layers.get(k + 1).size();
        long[] tree = new long[size + 1];
        long seen = 0;
        for (long[] pair : pairs) {
          int at = (int) pair[1] + 1;
          long notAfter = 0; // edges already seen ending at or left of this one's lower end
          for (int i = at; i > 0; i -= i & -i) {
            notAfter += tree[i];
          }
          total += seen - notAfter;
          for (int i = at; i <= size; i += i & -i) {
            tree[i]++;
          }
          seen++;
        }
      }
      return total;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
      List<List<Integer>> out = new ArrayList<>();
      layers.forEach(row -> out.add(new ArrayList<>(row)));
      return out;
    }

    private static void renumber(List<List<Integer>> layers, double[] pos) {
      for (List<Integer> row : layers) {
        for (int p = 0; p < row.size(); p++) {
          pos[row.get(p)] = p;
        }
      }
    }

    /**
     * Packs each layer left to right, then pulls nodes toward their neighbors' mean x a few times
     * (keeping order and gaps), which straightens long edges. Returns the drawing width.
     */
    double placeX(List<List<Integer>> layers, double[] vx) {
      for (List<Integer> row : layers) {
        double cursor = MARGIN;
        for (int v : row) {
          vx[v] = cursor + vw[v] / 2;
          cursor += vw[v] + gap(v);
        }
      }
      for (int round = 0; round < 4; round++) {
        boolean downward = round % 2 == 0;
        for (int k = 0; k < layers.size(); k++) {
          List<Integer> row = layers.get(downward ? k : layers.size() - 1 - k);
          List<List<Integer>> adjacent = downward ? up : down;
          double[] want = new double[row.size()];
          for (int p = 0; p < row.size(); p++) {
            int v = row.get(p);
            List<Integer> nb = adjacent.get(v);
            double sum = 0;
            for (int u : nb) {
              sum += vx[u];
            }
            want[p] = nb.isEmpty() ? vx[v] : sum / nb.size();
          }
          // As wanted but without overlaps: once pushing right, once pushing left, and the mean
          // of the two (both keep the gaps, so their mean does), so the layer does not drift.
          double[] right = new double[row.size()];
          double edge = Double.NEGATIVE_INFINITY;
          for (int p = 0; p < row.size(); p++) {
            int v = row.get(p);
            right[p] = Math.max(want[p], edge + vw[v] / 2);
            edge = right[p] + vw[v] / 2 + gap(v);
          }
          edge = Double.POSITIVE_INFINITY;
          for (int p = row.size() - 1; p >= 0; p--) {
            int v = row.get(p);
            double left = Math.min(want[p], edge - vw[v] / 2 - gap(v));
            edge = left - vw[v] / 2;
            vx[v] = (left + right[p]) / 2;
          }
        }
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int v = 0; v < vcount; v++) {
        min = Math.min(min, vx[v] - vw[v] / 2);
        max = Math.max(max, vx[v] + vw[v] / 2);
      }
      if (vcount == 0) {
        return 2 * MARGIN;
      }
      double shift = MARGIN - min;
      for (int v = 0; v < vcount; v++) {
        vx[v] += shift;
      }
      return max - min + 2 * MARGIN;
    }

    private double gap(int v) {
      return v < n ? NODE_GAP : NODE_GAP / 2;
    }

    /** Polylines from the real source to the real target; opposite links are drawn apart. */
    List<Link> route(double[] vx, double[] vy) {
      Map<Long, Integer> byPair = new LinkedHashMap<>();
      for (int l = 0; l < linkFrom.size(); l++) {
        byPair.put(((long) linkFrom.get(l) << 32) | linkTo.get(l), l);
      }
      List<Link> links = new ArrayList<>();
      for (int l = 0; l < linkFrom.size(); l++) {
        int[] path = paths.get(l);
        List<double[]> pts = new ArrayList<>();
        if (path.length == 1) {
          int v = path[0];
          double r = vx[v] + vw[v] / 2;
          pts.add(new double[] {r, vy[v] - 6});
          pts.add(new double[] {r + 22, vy[v] - 14});
          pts.add(new double[] {r + 22, vy[v] + 14});
          pts.add(new double[] {r, vy[v] + 6});
        } else {
          boolean opposite = byPair.containsKey(((long) linkTo.get(l) << 32) | linkFrom.get(l));
          double dx = !opposite ? 0 : reversed[l] ? 5 : -5;
          for (int k = 0; k < path.length; k++) {
            int v = path[k];
            double py = k == 0 ? vy[v] + NODE_HEIGHT / 2
                : k == path.length - 1 ? vy[v] - NODE_HEIGHT / 2 : vy[v];
            pts.add(new double[] {vx[v] + dx, py});
          }
          if (reversed[l]) {
            Collections.reverse(pts);
          }
        }
        links.add(new Link(linkFrom.get(l), linkTo.get(l), List.copyOf(linkEdges.get(l)),
            List.copyOf(pts)));
      }
      return links;
    }

    private double maxLoopExtent(double[] vx) {
      double max = 0;
      for (int l = 0; l < linkFrom.size(); l++) {
        if (linkFrom.get(l).equals(linkTo.get(l))) {
          int v = linkFrom.get(l);
          max = Math.max(max, vx[v] + vw[v] / 2 + 22 + MARGIN);
        }
      }
      return max;
    }
  }
}
