/**
 * The plain-language check of FAQ answers: long sentences, a readability score where one is
 * established for the language, and jargon from an editable per-language list. Pure: nothing here
 * does I/O except {@link org.switchboard.faq.plain.JargonLists} reading a list file. The results
 * are warnings for editors, never reasons to refuse an answer.
 */
package org.switchboard.faq.plain;
