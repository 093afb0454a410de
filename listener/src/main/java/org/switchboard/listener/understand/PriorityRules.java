package org.switchboard.listener.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.switchboard.listener.Post;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;

/**
 * How urgently a mention needs a person, from 0 to 100 ({@code config/listener/priority.yaml}).
 *
 * <p>Each signal is a number in [0, 1]; the priority is their weighted mean times 100, rounded:
 * <ul>
 *   <li>{@code complaint}: the probability that the post is a complaint;</li>
 *   <li>{@code negative}: the sentiment's confidence when it is negative, else 0;</li>
 *   <li>{@code abusive}: the probability that the post is abusive (abuse is shown early so staff
 *       can be protected from it);</li>
 *   <li>{@code staff_named}: 1 when a watched {@link TermKind#STAFF staff} name is in the post;</li>
 *   <li>{@code reach}: {@code log(1 + followers) / log(1 + reach_full_at_followers)}, at most 1;</li>
 *   <li>{@code engagement}: likewise with {@code engagement_full_at};</li>
 *   <li>{@code age}: the time since the post was made over {@code age_full_at_hours}, at most 1,
 *       times the probability that it needs an answer (the larger of complaint and question).
 *       Older unanswered complaints and questions rise rather than decay: complaints are to be
 *       answered promptly and each within a time limit (10 hours by default, the standard's
 *       example), so one that has waited longest must not sink under newer ones; praise and
 *       chatter do not rise with age.</li>
 * </ul>
 *
 * @param complaint           weight of the complaint signal, 0..100
 * @param negative            weight of negativity, 0..100
 * @param abusive             weight of abuse, 0..100
 * @param staffNamed          weight of a staff member named, 0..100
 * @param reach               weight of the author's followers, 0..100
 * @param engagement          weight of likes, reposts and replies, 0..100
 * @param age                 weight of waiting time, 0..100
 * @param reachFullAt         followers at which reach counts fully, 10..10^9
 * @param engagementFullAt    engagement at which it counts fully, 1..10^9
 * @param ageFullAt           waiting time at which age counts fully, 1 minute..30 days
 */
public record PriorityRules(double complaint, double negative, double abusive, double staffNamed, double reach,
                            double engagement, double age, long reachFullAt, long engagementFullAt,
                            Duration ageFullAt) {
    private static final List<String> TOP_KEYS = List.of("weights", "reach_full_at_followers", "engagement_full_at",
            "age_full_at_hours");
    private static final List<String> WEIGHT_KEYS = List.of("complaint", "negative", "abusive", "staff_named", "reach",
            "engagement", "age");

    public PriorityRules {
        double[] weights = {complaint, negative, abusive, staffNamed, reach, engagement, age};
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0 && weights[i] <= 100)) {
                throw new IllegalArgumentException("weights." + WEIGHT_KEYS.get(i) + " must be between 0 and 100, not "
                        + weights[i]);
            }
            sum += weights[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights: at least one weight must be above 0");
        }
        if (reachFullAt < 10 || reachFullAt > 1_000_000_000L) {
            throw new IllegalArgumentException("reach_full_at_followers must be between 10 and 1000000000, not "
                    + reachFullAt);
        }
        if (engagementFullAt < 1 || engagementFullAt > 1_000_000_000L) {
            throw new IllegalArgumentException("engagement_full_at must be between 1 and 1000000000, not "
                    + engagementFullAt);
        }
        if (ageFullAt.compareTo(Duration.ofMinutes(1)) < 0 || ageFullAt.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("age_full_at_hours must be between 0.0167 (a minute) and 720, not "
                    + ageFullAt.toMinutes() / 60.0);
        }
    }

    /**
     * Complaint 35, negative 15, abusive 10, staff named 10, reach 10 (full at a million followers),
     * engagement 5 (full at 1,000), age 15 (full at 10 hours).
     */
    public static PriorityRules defaults() {
        return new PriorityRules(35, 15, 10, 10, 10, 5, 15, 1_000_000, 1_000, Duration.ofHours(10));
    }

    /**
     * Reads {@code priority.yaml}: {@code weights} (any of {@code complaint}, {@code negative},
     * {@code abusive}, {@code staff_named}, {@code reach}, {@code engagement}, {@code age}), and
     * {@code reach_full_at_followers}, {@code engagement_full_at}, {@code age_full_at_hours}; what
     * it leaves out keeps its {@link #defaults() default}.
     *
     * @throws IllegalArgumentException naming the file and the key that is wrong (unknown, not a
     *                                  number, out of range), or when the file cannot be read
     */
    public static PriorityRules load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static PriorityRules parse(JsonNode root) {
        PriorityRules d = defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return d;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a mapping with the keys " + TOP_KEYS);
        }
        checkKeys(root, TOP_KEYS, "");
        JsonNode w = root.path("weights");
        if (!w.isMissingNode() && !w.isObject()) {
            throw new IllegalArgumentException("weights: expected a mapping with the keys " + WEIGHT_KEYS);
        }
        checkKeys(w, WEIGHT_KEYS, "weights.");
        double hours = number(root, "age_full_at_hours", d.ageFullAt().toMinutes() / 60.0, "");
        if (!(hours >= 1 / 60.0 && hours <= 720)) {
            throw new IllegalArgumentException("age_full_at_hours must be between 0.0167 (a minute) and 720, not "
                    + hours);
        }
        return new PriorityRules(
                weight(w, "complaint", d.complaint()), weight(w, "negative", d.negative()),
                weight(w, "abusive", d.abusive()), weight(w, "staff_named", d.staffNamed()),
                weight(w, "reach", d.reach()), weight(w, "engagement", d.engagement()), weight(w, "age", d.age()),
                whole(root, "reach_full_at_followers", d.reachFullAt()),
                whole(root, "engagement_full_at", d.engagementFullAt()),
                Duration.ofSeconds(Math.round(hours * 3600)));
    }

    private static void checkKeys(JsonNode node, List<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + prefix + key + "'; known keys: "
                        + String.join(", ", known));
            }
        }
    }

    private static double weight(JsonNode weights, String key, double fallback) {
        return number(weights, key, fallback, "weights.");
    }

    private static double number(JsonNode node, String key, double fallback, String prefix) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(prefix + key + " must be a number, not '" + v.asText() + "'");
        }
        return v.doubleValue();
    }

    private static long whole(JsonNode node, String key, long fallback) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v.asText() + "'");
        }
        return v.longValue();
    }

    /** The priority of a post, 0..100: see the class description. */
    public int score(Labels labels, List<TermMatch> matches, Post post, Instant now) {
        double pComplaint = probability(labels.complaint(), labels.complaintConfidence());
        double pQuestion = probability(labels.question(), labels.questionConfidence());
        double pAbusive = probability(labels.abusive(), labels.abusiveConfidence());
        double pNegative = labels.sentiment() == Sentiment.NEGATIVE ? clamp(labels.sentimentConfidence()) : 0;
        boolean staff = matches.stream().anyMatch(m -> m.kind() == TermKind.STAFF);
        double waited = Math.max(0, Duration.between(post.createdAt(), now).toSeconds());
        double ageShare = Math.min(1, waited / ageFullAt.toSeconds()) * Math.max(pComplaint, pQuestion);
        double sum = complaint * pComplaint + negative * pNegative + abusive * pAbusive + staffNamed * (staff ? 1 : 0)
                + reach * logShare(post.followers(), reachFullAt) + engagement * logShare(post.engagement(),
                engagementFullAt) + age * ageShare;
        double total = complaint + negative + abusive + staffNamed + reach + engagement + age;
        return (int) Math.max(0, Math.min(100, Math.round(100 * sum / total)));
    }

    /** The weights by their key in the file, for display. */
    public Map<String, Double> weights() {
        return Map.of("complaint", complaint, "negative", negative, "abusive", abusive, "staff_named", staffNamed,
                "reach", reach, "engagement", engagement, "age", age);
    }

    private static double probability(boolean label, double confidence) {
        double c = clamp(confidence);
        return label ? c : 1 - c;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double logShare(long count, long fullAt) {
        return Math.min(1, Math.log1p(count) / Math.log1p(fullAt));
    }
}
