package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.Paging;
import twitter4j.v1.Query;
import twitter4j.v1.QueryResult;
import twitter4j.v1.ResponseList;
import twitter4j.v1.SearchResource;
import twitter4j.v1.Status;
import twitter4j.v1.TimelinesResources;
import twitter4j.v1.TwitterV1;
import twitter4j.v1.User;

/** Budget accounting and failure mapping of the X sources, with Twitter4J's interfaces mocked. */
class TwitterBudgetTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final Twitter twitter = mock(Twitter.class);
    private final TwitterV1 v1 = mock(TwitterV1.class);
    private final SearchResource search = mock(SearchResource.class);
    private final TimelinesResources timelines = mock(TimelinesResources.class);
    private final AtomicLong nextId = new AtomicLong(1000);
    private final List<Integer> counts = new ArrayList<>();

    @BeforeEach
    void wire() throws TwitterException {
        when(twitter.v1()).thenReturn(v1);
        when(v1.search()).thenReturn(search);
        when(v1.timelines()).thenReturn(timelines);
        when(search.search(any(Query.class))).thenAnswer(call -> {
            Query q = call.getArgument(0);
            counts.add(q.count);
            QueryResult result = mock(QueryResult.class);
            List<Status> statuses = statuses(q.count);
            when(result.getTweets()).thenReturn(statuses);
            return result;
        });
    }

    private List<Status> statuses(int n) {
        List<Status> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Status s = mock(Status.class);
            User u = mock(User.class);
            when(u.getScreenName()).thenReturn("someone");
            when(u.getFollowersCount()).thenReturn(10);
            when(s.getId()).thenReturn(nextId.incrementAndGet());
            when(s.getText()).thenReturn("acme post " + i);
            when(s.getUser()).thenReturn(u);
            when(s.getCreatedAt()).thenReturn(LocalDateTime.of(2026, 11, 30, 9, 0));
            when(s.getFavoriteCount()).thenReturn(3);
            when(s.getRetweetCount()).thenReturn(4);
            out.add(s);
        }
        return out;
    }

    private TwitterSearchSource source(ReadBudget budget) {
        return new TwitterSearchSource("acme-on-x", Duration.ofMinutes(5), "acme", budget, 100, twitter,
                TwitterSource.DEFAULT_BASE_URL, clock);
    }

    @Test
    void neverReadsMoreThanTheDayOrTheMonthAllows() throws Exception {
        TwitterSearchSource source = source(new ReadBudget(5, 8));
        assertEquals(new ReadBudget(5, 8), source.budget().orElseThrow());

        Poll first = source.poll(SourceState.initial());
        assertEquals(5, first.posts().size());
        assertEquals(7, first.posts().get(0).engagement());
        Poll spent = source.poll(first.next());
        assertTrue(spent.posts().isEmpty());
        verify(search, times(1)).search(any(Query.class));

        clock.set(Instant.parse("2026-11-30T23:59:59Z"));
        source.poll(spent.next());
        verify(search, times(1)).search(any(Query.class));

        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        // a new day and a new month: both counts start again
        Poll december = source.poll(spent.next());
        assertEquals(List.of(5, 5), counts);
        assertEquals(LocalDate.of(2026, 12, 1), december.next().usageDay());
        assertEquals(5, december.next().readToday());
        assertEquals(5, december.next().readThisMonth());

        clock.set(Instant.parse("2026-12-02T08:00:00Z"));
        Poll second = source.poll(december.next());
        assertEquals(List.of(5, 5, 3), counts, "only what is left of the month");
        assertEquals(3, second.next().readToday());
        assertEquals(8, second.next().readThisMonth());

        clock.set(Instant.parse("2026-12-03T08:00:00Z"));
        Poll monthSpent = source.poll(second.next());
        assertTrue(monthSpent.posts().isEmpty());
        assertEquals(0, monthSpent.next().readToday());
        assertEquals(8, monthSpent.next().readThisMonth());
        assertEquals(3, counts.size(), "no call with the month's budget spent");
    }

    @Test
    void budgetLeftFollowsTheStoredUsage() {
        ReadBudget budget = new ReadBudget(100, 1000);
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertEquals(100, budget.remaining(SourceState.initial(), day));
        assertEquals(40, budget.remaining(new SourceState(null, day, 60, 500), day));
        assertEquals(30, budget.remaining(new SourceState(null, day, 60, 970), day));
        assertEquals(100, budget.remaining(new SourceState(null, day, 60, 500), day.plusDays(1)));
        assertEquals(0, budget.remaining(new SourceState(null, day, 120, 1200), day));
        assertThrows(IllegalArgumentException.class, () -> new ReadBudget(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new ReadBudget(10, 9));
    }

    @Test
    void mentionsAskForTheBudgetLeftWithTheSinceId() throws Exception {
        @SuppressWarnings("unchecked")
        ResponseList<Status> list = mock(ResponseList.class);
        when(list.iterator()).thenAnswer(i -> List.<Status>of().iterator());
        when(list.stream()).thenAnswer(i -> List.<Status>of().stream());
        when(list.size()).thenReturn(0);
        when(timelines.getMentionsTimeline(any(Paging.class))).thenReturn(list);
        TwitterMentionsSource source = new TwitterMentionsSource("mentions", Duration.ofMinutes(2),
                new ReadBudget(50, 1000), 200, twitter, TwitterSource.DEFAULT_BASE_URL, clock);
        LocalDate today = LocalDate.of(2026, 11, 30);
        source.poll(new SourceState("{\"since_id\":\"777\"}", today, 20, 20));
        ArgumentCaptor<Paging> paging = ArgumentCaptor.forClass(Paging.class);
        verify(timelines).getMentionsTimeline(paging.capture());
        assertEquals(30, paging.getValue().count);
        assertEquals(777, paging.getValue().sinceId);
    }

    @Test
    void networkFailuresAreNamed() throws Exception {
        when(search.search(any(Query.class))).thenThrow(new TwitterException(new SocketTimeoutException("Read timed out")));
        SourceException timeout = assertThrows(SourceException.class, () -> source(new ReadBudget(5, 5)).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.TIMEOUT, timeout.kind());
        assertTrue(timeout.getMessage().startsWith("source 'acme-on-x' (twitter_search): GET https://api.twitter.com/1.1/search/tweets.json?q=acme"),
                timeout.getMessage());

        Twitter other = mock(Twitter.class);
        TwitterV1 otherV1 = mock(TwitterV1.class);
        SearchResource otherSearch = mock(SearchResource.class);
        when(other.v1()).thenReturn(otherV1);
        when(otherV1.search()).thenReturn(otherSearch);
        when(otherSearch.search(any(Query.class))).thenThrow(new TwitterException(new ConnectException("Connection refused")));
        TwitterSearchSource refused = new TwitterSearchSource("acme-on-x", Duration.ofMinutes(5), "acme",
                new ReadBudget(5, 5), 100, other, TwitterSource.DEFAULT_BASE_URL, clock);
        assertEquals(SourceException.Kind.REFUSED,
                assertThrows(SourceException.class, () -> refused.poll(SourceState.initial())).kind());
    }
}
