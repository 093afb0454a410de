/**
 * The FAQ editor's core: entries and their versions in the database ({@link
 * org.switchboard.server.editor.EntryVersions}, V10), the front door {@link
 * org.switchboard.server.editor.FaqLibrary} (list, search, edit, publish, withdraw, revert,
 * diff, review dates, import and export, reconcile with the bot's index at start) and its HTTP
 * API {@link org.switchboard.server.editor.EditorResource} under {@code /api/faq}
 * (docs/faq-editor-api.md). {@link org.switchboard.server.editor.FaqEditor} is what {@code serve}
 * starts.
 */
package org.switchboard.server.editor;
