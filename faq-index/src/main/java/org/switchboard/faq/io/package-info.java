/**
 * Reading FAQ entries from files and writing them back: the native YAML/JSON format, CSV,
 * Markdown and HTML FAQ pages in, YAML/JSON/CSV out. The front doors are
 * {@link org.switchboard.faq.io.FaqImporter} and {@link org.switchboard.faq.io.FaqExporter};
 * {@link org.switchboard.faq.io.CorpusValidator} checks a whole corpus. Every reader fails with a
 * {@link org.switchboard.faq.FaqFormatException} naming the file, the line and the reason, and
 * imports nothing when it does. The formats are described for users in {@code docs/faq-formats.md}.
 * Nothing in this package accepts or returns null.
 */
package org.switchboard.faq.io;
