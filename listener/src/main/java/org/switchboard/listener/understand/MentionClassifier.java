package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * Decides what a post is: its sentiment, and whether it is a complaint, a question, abusive, each
 * with the model's probability of the label given. Four OpenNLP maxent models ({@link Task}) share
 * one feature extraction per post.
 *
 * <pre>{@code
 * MentionClassifier c = MentionClassifier.load(dataDir.resolve("listener/models"));
 * Labels l = c.classify("@acme my internet has been down since Monday!!", Language.ENGLISH);
 * }</pre>
 *
 * <p>Thread-safe; a warm call takes a few tens of microseconds for a tweet-sized post.
 */
public final class MentionClassifier {
    /** Where the shipped models are on the classpath ({@code <task>.bin}). */
    public static final String SHIPPED_RESOURCES = "/org/switchboard/listener/understand/";

    private final Map<Task, TaskModel> models;

    private MentionClassifier(Map<Task, TaskModel> models) {
        for (Task t : Task.values()) {
            Objects.requireNonNull(models.get(t), () -> "no " + t.code() + " model");
        }
        this.models = new EnumMap<>(models);
    }

    /** The classifier with the given models, one per task. */
    public static MentionClassifier of(Map<Task, TaskModel> models) {
        return new MentionClassifier(models);
    }

    /** The models shipped with Switchboard, trained on {@code config/listener/labels/mentions.csv}. */
    public static MentionClassifier loadDefault() {
        Map<Task, TaskModel> m = new EnumMap<>(Task.class);
        for (Task t : Task.values()) {
            m.put(t, TaskModel.shipped(t));
        }
        return new MentionClassifier(m);
    }

    /**
     * Per task, the model in {@code modelsDir} ({@code DATA/listener/models/<task>.bin}, saved by
     * {@code switchboard listener train}) when there is one, else the shipped one.
     *
     * @throws UncheckedIOException when a model file there cannot be read or is not a model of its task
     */
    public static MentionClassifier load(Path modelsDir) {
        Map<Task, TaskModel> m = new EnumMap<>(Task.class);
        for (Task t : Task.values()) {
            try {
                m.put(t, ModelFiles.load(modelsDir, t));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return new MentionClassifier(m);
    }

    /** The model in use for a task. */
    public TaskModel model(Task task) {
        return models.get(task);
    }

    /** The four labels of a post written in {@code language}. */
    public Labels classify(String text, Language language) {
        String[] features = PostFeatures.of(text, language);
        double[] s = models.get(Task.SENTIMENT).probabilities(features);
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        double complaint = models.get(Task.COMPLAINT).probabilities(features)[0];
        double question = models.get(Task.QUESTION).probabilities(features)[0];
        double abusive = models.get(Task.ABUSIVE).probabilities(features)[0];
        return new Labels(Sentiment.values()[best], s[best],
                complaint >= 0.5, Math.max(complaint, 1 - complaint),
                question >= 0.5, Math.max(question, 1 - question),
                abusive >= 0.5, Math.max(abusive, 1 - abusive));
    }
}
