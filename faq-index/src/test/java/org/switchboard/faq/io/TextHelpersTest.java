package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The small text helpers shared by the readers: slugs, Markdown inline markup, HTML to text, links. */
class TextHelpersTest {

    @Test
    void slugsKeepUnicodeLettersAndDeduplicateWithCounters() {
        Slugs slugs = new Slugs(List.of("reserved"));
        assertEquals("what-s-new", slugs.next("What's new?"));
        assertEquals("what-s-new-2", slugs.next("What’s NEW!"));
        assertEquals("reserved-2", slugs.next("Reserved"));
        assertEquals("كيف-أدفع", slugs.next("كيف أدفع؟"));
        assertEquals("faq", slugs.next("???"));
    }

    @Test
    void slugsComposeAccentsWrittenAsCombiningMarks() {
        assertEquals("đổi", Slugs.slug("\u0111o\u0302\u0309i"));
    }

    @Test
    void markdownInlineMarkupIsStrippedButAllowedLinksKept() {
        assertEquals("bold italic code_here [site](https://x.org/a_b_c) local",
                MarkdownInline.plain("**bold** _italic_ `code_here` [site](https://x.org/a_b_c) [local](/x)", true));
        assertEquals("site", MarkdownInline.plain("[**site**](https://x.org)", false));
        assertEquals("see https://x.org now", MarkdownInline.plain("see <https://x.org> now", true));
        assertEquals("logo here", MarkdownInline.plain("![logo](logo.png) here", true));
    }

    @Test
    void htmlBecomesParagraphsLinesAndListsWithLinks() {
        String html = "<p>One <b>bold</b>\n   word.</p><p>Two<br>lines</p><ol><li><p>first</p></li><li>second</li></ol>"
                + "<pre>  keep\n    this</pre><a href=\"https://x.org/a b\">go</a><script>alert(1)</script>";
        assertEquals("One bold word.\n\nTwo\nlines\n\n1. first\n2. second\n\n  keep\n    this\n\n[go](https://x.org/a%20b)",
                HtmlText.of(Jsoup.parseBodyFragment(html).body()));
    }

    @Test
    void answerLinksKeepOnlyHttpAndMailto() {
        assertEquals("a [b](https://x.org) c d [e](mailto:e@x.org) [w](https://en.wikipedia.org/wiki/A_(b))",
                AnswerLinks.sanitize("a [b](https://x.org) [c](javascript:void(0)) [d](ftp://x) [e](mailto:e@x.org)"
                        + " [w](https://en.wikipedia.org/wiki/A_(b))"));
    }
}
