package org.switchboard.server.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.server.editor.quality.EditorChecks;
import org.switchboard.server.editor.quality.JargonStore;
import org.switchboard.server.editor.quality.QualityResource;
import org.switchboard.server.editor.quality.RegressionQuestions;
import org.switchboard.server.editor.quality.RegressionSuite;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.unanswered.UnansweredActions;
import org.switchboard.server.unanswered.UnansweredQuestions;
import org.switchboard.server.unanswered.UnansweredResource;

/**
 * What {@code serve} starts for the FAQ editor (docs/faq-editor.md): the {@link FaqLibrary} on the
 * database and the index, reconciled with the index (call after the demo corpus is loaded); the
 * quality tools (try it, plain-language and conflict checks, jargon lists, the regression
 * questions run after every publish); the unanswered questions and their actions; their API.
 *
 * <pre>{@code
 * FaqEditor editor = FaqEditor.start(database, index, configDir, Clock.systemUTC());
 * api.registerInstances(editor.resources().toArray());
 * }</pre>
 */
public final class FaqEditor implements AutoCloseable {
    private final FaqLibrary library;
    private final FaqLibrary.Reconciled reconciled;
    private final List<Object> resources = new ArrayList<>();
    private FaqAnalyzers analyzers;

    private FaqEditor(FaqLibrary library, FaqLibrary.Reconciled reconciled) {
        this.library = library;
        this.reconciled = reconciled;
        resources.add(new EditorResource(library));
    }

    /** The library on this database and index, reconciled with the index, with its entries API only. */
    public static FaqEditor start(Database database, FaqIndex index, Clock clock) {
        FaqLibrary library = new FaqLibrary(database.transactions(), index, clock);
        return new FaqEditor(library, library.reconcile());
    }

    /**
     * Everything of the editor: the library (reconciled), the quality tools with the jargon
     * defaults of {@code configDir/faq/jargon/}, the regression questions hooked to every publish,
     * and the unanswered questions whose actions make drafts in the library.
     */
    public static FaqEditor start(Database database, FaqIndex index, Path configDir, Clock clock) {
        FaqEditor editor = start(database, index, clock);
        RegressionSuite regression = new RegressionSuite(index, new RegressionQuestions(database.transactions()), clock);
        editor.library.afterPublish(regression);
        JargonStore jargon = new JargonStore(database.transactions(), configDir, clock);
        editor.resources.add(new QualityResource(index, new EditorChecks(index, jargon), jargon, regression));
        editor.analyzers = FaqAnalyzers.create();
        FaqLibrary library = editor.library;
        UnansweredActions actions = new UnansweredActions() {
            @Override
            public String newDraft(String id, String language, String question, List<String> alternates, String author) {
                return library.newDraft(id, language, question, alternates, author);
            }

            @Override
            public void addAlternates(String entryId, List<String> phrasings, String author) {
                library.addAlternates(entryId, phrasings, author);
            }
        };
        editor.resources.add(new UnansweredResource(new UnansweredQuestions(database.transactions(), editor.analyzers, clock),
                actions));
        return editor;
    }

    @Override
    public void close() {
        if (analyzers != null) {
            analyzers.close();
        }
    }

    /**
     * Whether the editor's store holds no entry yet: {@code serve} loads the demo corpus into an
     * empty index only then. An empty index beside a filled store (a new data directory on a
     * shared PostgreSQL) is filled from the store by {@link #start}, not from the demo.
     */
    public static boolean storeIsEmpty(Database database) {
        return database.transactions().read("count FAQ entries", c -> new EntryVersions().isEmpty(c));
    }

    public FaqLibrary library() {
        return library;
    }

    /** What the start's reconciliation did. */
    public FaqLibrary.Reconciled reconciled() {
        return reconciled;
    }

    /** The {@code /api} resources to register. */
    public List<Object> resources() {
        return List.copyOf(resources);
    }
}
