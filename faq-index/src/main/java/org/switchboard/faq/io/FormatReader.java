package org.switchboard.faq.io;

import java.util.List;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/** Turns the whole text of one file in one format into entries, or fails naming line and reason. */
interface FormatReader {

    /**
     * @param source          the file name, for messages
     * @param text            the file's text, without a byte-order mark
     * @param defaultLanguage the language of entries whose file or row does not say
     */
    List<SourcedEntry> read(String source, String text, Language defaultLanguage) throws FaqFormatException;
}
