package org.switchboard.server.editor;

import java.util.List;
import java.util.Map;

/**
 * Told after every change to what the bot serves (publish, withdraw, revert, import); its answer
 * is shown to the editor under {@code "regression"}. The regression questions implement it; with
 * none set, {@link #NONE} answers an empty object.
 */
@FunctionalInterface
public interface AfterPublish {
    /** Nothing to run. */
    AfterPublish NONE = (ids, author) -> Map.of();

    /**
     * @param entryIds the entries whose served content changed
     * @param author   who made the change
     * @return what the editor is shown, as JSON
     */
    Map<String, Object> afterPublish(List<String> entryIds, String author);
}
