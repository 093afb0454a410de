/**
 * Unanswered questions (issue 8, docs/faq-unanswered.md): what visitors asked in chats that
 * ended in a handoff because nothing fitted, in options they did not pick, or in "No, that
 * didn't help", and the public questions the listener found that no entry answered; clustered
 * per language for the FAQ editor, who turns a cluster into a draft entry, adds it to an entry
 * as alternate phrasings, or dismisses it. Storage beside the domain, as for staff and triage:
 * {@code UnansweredRepository} keeps its SQL here on {@code jdbc.Transactions}.
 */
package org.switchboard.server.unanswered;
