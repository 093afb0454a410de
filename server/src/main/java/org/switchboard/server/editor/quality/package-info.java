/**
 * The FAQ editor's quality tools (docs/faq-editor-api.md, "Quality"): "try it" before and after
 * an unsaved edit, the plain-language check and conflicts of an entry ({@link
 * org.switchboard.server.editor.quality.EditorChecks}), the editable jargon lists ({@link
 * org.switchboard.server.editor.quality.JargonStore}) and the regression questions that every
 * publish runs ({@link org.switchboard.server.editor.quality.RegressionSuite}), served by
 * {@link org.switchboard.server.editor.quality.QualityResource} under {@code /api/faq}.
 */
package org.switchboard.server.editor.quality;
