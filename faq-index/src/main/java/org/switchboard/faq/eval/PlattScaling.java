package org.switchboard.faq.eval;

/**
 * Fits {@code σ(slope · logit(p) + intercept)} to outcomes by damped Newton steps on the log
 * loss (Platt scaling), so that a score becomes the probability of being right.
 */
final class PlattScaling {
    private PlattScaling() {
    }

    /** {slope, intercept} fitted to scores p (in [0,1]) and outcomes; {1, 0} when there is nothing to fit. */
    static double[] fit(double[] p, boolean[] right) {
        int rightCount = 0;
        for (boolean r : right) {
            rightCount += r ? 1 : 0;
        }
        if (rightCount == 0 || rightCount == right.length) {
            return new double[] {1, 0}; // all alike: nothing to calibrate against
        }
        double[] z = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            z[i] = logit(p[i]);
        }
        double a = 1;
        double b = 0;
        double loss = loss(z, right, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double q = sigmoid(a * z[i] + b);
                double e = q - (right[i] ? 1 : 0);
                double w = Math.max(q * (1 - q), 1e-12);
                ga += e * z[i];
                gb += e;
                haa += w * z[i] * z[i];
                hab += w * z[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (!(Math.abs(det) > 1e-18)) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(z, right, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(z, right, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        if (!(a > 0 && a <= 100 && Math.abs(b) <= 100)) {
            return new double[] {1, 0}; // degenerate (all right, all wrong, or inverted): leave uncalibrated
        }
        return new double[] {a, b};
    }

    private static double loss(double[] z, boolean[] right, double a, double b) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(a * z[i] + b)));
            sum -= right[i] ? Math.log(q) : Math.log(1 - q);
        }
        return sum / Math.max(1, z.length);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        return Math.log(q / (1 - q));
    }
}
