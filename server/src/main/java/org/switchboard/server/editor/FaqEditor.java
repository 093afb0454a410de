package org.switchboard.server.editor;

import java.time.Clock;
import java.util.List;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.jdbc.Database;

/**
 * What {@code serve} starts for the FAQ editor: the {@link FaqLibrary} on the database and the
 * index, reconciled with the index (call after the demo corpus is loaded), and its API.
 *
 * <pre>{@code
 * FaqEditor editor = FaqEditor.start(database, index, Clock.systemUTC());
 * api.registerInstances(editor.resources().toArray());
 * }</pre>
 */
public final class FaqEditor {
    private final FaqLibrary library;
    private final FaqLibrary.Reconciled reconciled;

    private FaqEditor(FaqLibrary library, FaqLibrary.Reconciled reconciled) {
        this.library = library;
        this.reconciled = reconciled;
    }

    /** The library on this database and index, reconciled with the index. */
    public static FaqEditor start(Database database, FaqIndex index, Clock clock) {
        FaqLibrary library = new FaqLibrary(database.transactions(), index, clock);
        return new FaqEditor(library, library.reconcile());
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
        return List.of(new EditorResource(library));
    }
}
