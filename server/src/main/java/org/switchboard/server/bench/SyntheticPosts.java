package org.switchboard.server.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.switchboard.listener.Post;

/**
 * A stream of tweet-sized posts for the listener benchmark: the five languages (English most),
 * about a third naming the demo watchlist's brand, products or staff, the rest everyday chatter,
 * with handles, hashtags and links mixed in as on a real feed. Seeded: the same seed gives the
 * same posts.
 */
public final class SyntheticPosts {
    private static final String[] NAMES = {"Acme", "@acme", "#acme", "ACME Corp", "Acme Fibre", "Acme Mobile", "acme's",
            "Maria Santos", "Acme Home Router"};
    private static final String[] OTHER = {"the bakery", "my cousin", "the football club", "@citybus", "#mondaymotivation",
            "the new cafe", "pineapple pizza", "the weather", "my landlord", "the train"};
    private static final String[][] TEMPLATES = {
            {"%s my internet has been down since this morning, nobody answers the phone",
                    "just switched to %s and the speed is great so far",
                    "does anyone know if %s covers the whole of Cebu?",
                    "%s charged me twice this month, I want a refund now",
                    "thanks %s for fixing the line so quickly yesterday",
                    "why is %s so slow every evening?? paying for 100mbps and getting 5",
                    "reading about %s on the news today https://t.co/abc123",
                    "%s is the worst, three weeks waiting for an engineer",
                    "how do I change the wifi password with %s",
                    "can't believe how good %s support was, solved in 5 minutes"},
            {"%s mạng chậm quá từ sáng đến giờ, gọi tổng đài không ai nghe",
                    "cảm ơn %s đã sửa đường dây nhanh chóng",
                    "làm sao để đổi mật khẩu wifi của %s?",
                    "%s tính tiền hai lần tháng này, tôi muốn hoàn tiền"},
            {"%s το ίντερνετ δεν λειτουργεί από το πρωί, κανείς δεν απαντά",
                    "ευχαριστώ %s για τη γρήγορη επισκευή",
                    "πώς αλλάζω τον κωδικό του wifi στο %s;",
                    "%s με χρέωσε δύο φορές αυτόν τον μήνα"},
            {"%s walang internet simula kaninang umaga, walang sumasagot sa tawag",
                    "salamat %s sa mabilis na pag-ayos ng linya",
                    "paano palitan ang wifi password sa %s?",
                    "%s dalawang beses akong siningil ngayong buwan"},
            {"%s الإنترنت مقطوع منذ الصباح ولا أحد يرد على الهاتف",
                    "شكرا %s على إصلاح الخط بسرعة",
                    "كيف أغير كلمة مرور الواي فاي مع %s؟",
                    "%s خصم مني مرتين هذا الشهر وأريد استرداد المبلغ"}};

    private SyntheticPosts() {
    }

    /** {@code count} posts from {@code seed}; {@code mentionShare} of them name a watched term. */
    public static List<Post> generate(int count, double mentionShare, long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double l = random.nextDouble();
            int language = l < 0.6 ? 0 : 1 + (int) ((l - 0.6) / 0.1);
            String[] templates = TEMPLATES[Math.min(language, TEMPLATES.length - 1)];
            String template = templates[random.nextInt(templates.length)];
            String subject = random.nextDouble() < mentionShare ? NAMES[random.nextInt(NAMES.length)]
                    : OTHER[random.nextInt(OTHER.length)];
            String text = String.format(template, subject);
            if (random.nextInt(4) == 0) {
                text = text + " https://t.co/" + Long.toString(random.nextLong() & 0xFFFFFFFFL, 36);
            }
            if (random.nextInt(5) == 0) {
                text = "@user" + random.nextInt(1000) + " " + text;
            }
            posts.add(new Post("p" + i, "bench", text, "@user" + random.nextInt(10_000), random.nextInt(100_000),
                    random.nextInt(50), "", start.plusSeconds(i), null));
        }
        return posts;
    }
}
