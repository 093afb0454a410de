/**
 * The FAQ knowledge: {@link org.switchboard.faq.FaqEntry entries}, their on-disk Lucene index and
 * the search that returns a {@link org.switchboard.faq.Decision decision} with a calibrated
 * confidence. The front door is {@link org.switchboard.faq.FaqIndex}. This module knows nothing
 * about chat, storage servers or the network.
 */
package org.switchboard.faq;
