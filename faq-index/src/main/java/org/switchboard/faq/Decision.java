package org.switchboard.faq;

/** What the bot should do with a question, as decided by {@link FaqIndex#ask}. */
public enum Decision {
    /** One entry fits confidently: answer with it. */
    ANSWER,
    /** Two to four entries fit about equally: offer them as quick replies. */
    OPTIONS,
    /** Nothing fits well enough: the question is out of scope, hand it to a person. */
    HANDOFF
}
