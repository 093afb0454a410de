/**
 * Learned matching of questions to FAQ entries: text becomes weighted word and character
 * n-gram features ({@link org.switchboard.faq.match.TextFeatures}), and a multinomial logistic
 * model stored as a re-weighted inverted index ({@link org.switchboard.faq.match.EntryModel})
 * turns them into a calibrated probability per entry.
 */
package org.switchboard.faq.match;
