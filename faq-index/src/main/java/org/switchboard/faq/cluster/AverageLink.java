package org.switchboard.faq.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-link agglomeration of one group of questions: merge the two clusters with the highest
 * mean pairwise similarity while it is at least the threshold. The similarity of a merged
 * cluster to another is the size-weighted mean of its parts' (Lance–Williams), kept in a matrix
 * with each row's best neighbour cached, so a group of m questions costs about m² steps, not m³.
 * Ties go to the lower index, so the result is deterministic.
 */
final class AverageLink {
    private AverageLink() {
    }

    /**
     * The clusters of {@code group} (ascending indexes into the similarity matrix {@code all}),
     * each a list of indexes in ascending order.
     */
    static List<List<Integer>> merge(float[][] all, int[] group, double threshold) {
        int m = group.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int g : group) {
            members.add(new ArrayList<>(List.of(g)));
        }
        if (m == 1) {
            return members;
        }
        float[][] sim = new float[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = all[group[i]][group[j]];
            }
        }
        boolean[] alive = new boolean[m];
        Arrays.fill(alive, true);
        int[] best = new int[m];
        double[] bestSim = new double[m];
        for (int i = 0; i < m; i++) {
            nearest(sim, alive, i, best, bestSim);
        }
        while (true) {
            int a = -1;
            for (int i = 0; i < m; i++) {
                if (alive[i] && best[i] >= 0 && (a < 0 || bestSim[i] > bestSim[a])) {
                    a = i;
                }
            }
            if (a < 0 || bestSim[a] < threshold) {
                break;
            }
            int b = best[a];
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            int sizeKeep = members.get(keep).size();
            int sizeGone = members.get(gone).size();
            for (int j = 0; j < m; j++) {
                if (alive[j] && j != keep && j != gone) {
                    float s = (float) (((double) sizeKeep * sim[keep][j] + (double) sizeGone * sim[gone][j]) / (sizeKeep + sizeGone));
                    sim[keep][j] = s;
                    sim[j][keep] = s;
                }
            }
            members.get(keep).addAll(members.get(gone));
            members.set(gone, null);
            alive[gone] = false;
            for (int j = 0; j < m; j++) {
                if (alive[j] && (j == keep || best[j] == keep || best[j] == gone)) {
                    nearest(sim, alive, j, best, bestSim);
                } else if (alive[j] && sim[j][keep] > bestSim[j]) {
                    best[j] = keep;
                    bestSim[j] = sim[j][keep];
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (alive[i]) {
                List<Integer> c = members.get(i);
                c.sort(null);
                out.add(c);
            }
        }
        return out;
    }

    private static void nearest(float[][] sim, boolean[] alive, int i, int[] best, double[] bestSim) {
        best[i] = -1;
        bestSim[i] = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < sim.length; j++) {
            if (j != i && alive[j] && sim[i][j] > bestSim[i]) {
                best[i] = j;
                bestSim[i] = sim[i][j];
            }
        }
    }
}
