package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.AwayNoticeShown;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class AwayNoticeTest {
    /** Tuesday 21:00 in Athens: the team is back on Wednesday at 08:00 Athens time, 13:00 in Ho Chi Minh City. */
    private static final String TUESDAY_NIGHT = "2025-01-14T21:00";

    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("đơn hàng của tôi đâu rồi", Language.VIETNAMESE, "track-order");

    private static AwayNoticeShown noticeOnStart(String athensTime, Language language, ZoneId zone) {
        Chat chat = new Chat(ScriptedFaq.shop(), TestClock.athens(athensTime));
        List<ConversationEvent> events = chat.start(language, zone);
        assertEquals(List.of(ConversationStarted.class, BotReplied.class, AwayNoticeShown.class), Chat.shape(events));
        return (AwayNoticeShown) events.get(2);
    }

    @Test
    void insideBusinessHoursThereIsNoNotice() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        assertEquals(List.of(), Chat.all(chat.log, AwayNoticeShown.class));
    }

    @Test
    void tellsAVisitorInHoChiMinhCityWhenTheTeamIsBackInHerOwnTime() {
        AwayNoticeShown notice = noticeOnStart(TUESDAY_NIGHT, Language.VIETNAMESE, Fixtures.HO_CHI_MINH);

        assertEquals(Instant.parse("2025-01-15T06:00:00Z"), notice.backAt());
        assertEquals(Fixtures.text(Language.VIETNAMESE, Phrase.AWAY_TODAY, "time", "13:00"), notice.text());
        assertEquals("Hiện nhân viên của chúng tôi đang nghỉ. Nhân viên sẽ quay lại lúc 13:00 hôm nay, theo giờ của bạn. "
                + "Tôi vẫn có thể trả lời câu hỏi của bạn.", notice.text());
    }

    @Test
    void tellsAVisitorInAthensTheSameMomentInHisOwnTime() {
        AwayNoticeShown notice = noticeOnStart(TUESDAY_NIGHT, Language.ENGLISH, Fixtures.ATHENS);

        assertEquals(Instant.parse("2025-01-15T06:00:00Z"), notice.backAt());
        assertEquals("Our team is away right now. They are back tomorrow at 08:00, your time. "
                + "I can still answer your questions.", notice.text());
    }

    @Test
    void namesTheDayWhenTheTeamIsBackLaterInTheWeek() {
        AwayNoticeShown athens = noticeOnStart(Fixtures.SATURDAY_AFTERNOON, Language.ENGLISH, Fixtures.ATHENS);
        AwayNoticeShown saigon = noticeOnStart(Fixtures.SATURDAY_AFTERNOON, Language.ARABIC, Fixtures.HO_CHI_MINH);

        assertEquals(Instant.parse("2025-01-20T06:00:00Z"), athens.backAt());
        assertEquals(athens.backAt(), saigon.backAt());
        assertEquals("Our team is away right now. They are back on Monday at 08:00, your time. "
                + "I can still answer your questions.", athens.text());
        assertEquals("فريقنا غير متاح الآن. سيعود يوم الاثنين الساعة 13:00 بتوقيتك. لكن يمكنني الإجابة عن أسئلتك.",
                saigon.text());
    }

    @Test
    void showsTheNoticeOnceWhateverFollows() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        chat.start(Language.VIETNAMESE, Fixtures.HO_CHI_MINH);

        chat.say("đơn hàng của tôi đâu rồi");
        chat.choose("faq:delivery-costs");
        chat.say("something it cannot match");
        chat.send(new Inbound.PersonRequested());
        chat.clock.setAthens("2025-01-19T10:00"); // Sunday, still away

        chat.say("đơn hàng của tôi đâu rồi");

        assertEquals(1, Chat.all(chat.log, AwayNoticeShown.class).size());
    }

    @Test
    void theBotStillAnswersAndTheNoticeNeverStandsInForAReply() {
        Chat chat = new Chat(faq, TestClock.athens(TUESDAY_NIGHT));

        List<BotMessage> said = Chat.messages(chat.say("where is my parcel"));

        // greeting, the notice, then the answer and "Did that help?"
        assertEquals(1, Chat.all(List.copyOf(said), AwayNoticeShown.class).size());
        assertInstanceOf(AwayNoticeShown.class, said.get(1));
        assertInstanceOf(AnswerGiven.class, said.get(2));
    }

    @Test
    void whenHoursEndDuringAConversationTheNextReplyCarriesTheNotice() {
        Chat chat = new Chat(faq, TestClock.athens("2025-01-17T19:50")); // Friday, ten minutes before closing
        chat.start(Language.ENGLISH);
        assertEquals(List.of(), Chat.all(chat.say("where is my parcel"), AwayNoticeShown.class));

        chat.clock.setAthens("2025-01-17T20:05");
        List<BotMessage> said = Chat.messages(chat.say("where is my parcel"));

        AwayNoticeShown notice = assertInstanceOf(AwayNoticeShown.class, said.get(0));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.AWAY_TOMORROW, "time", "09:00"), notice.text());
        assertInstanceOf(AnswerGiven.class, said.get(1));
        assertEquals(List.of(), Chat.all(chat.say("where is my parcel"), AwayNoticeShown.class));
    }
}
