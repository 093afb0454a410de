/**
 * Which {@link org.switchboard.faq.Language} a visitor wrote in. The front door is
 * {@link org.switchboard.faq.language.LanguageDetector}: Unicode script and Vietnamese letters
 * decide first, then OpenNLP's model ranks only the supported languages; inputs too short to
 * judge keep the caller's fallback (usually the conversation's language). Nothing here returns
 * null.
 */
package org.switchboard.faq.language;
