package org.switchboard.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqIndex;
import org.switchboard.listener.Post;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.listener.MentionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard listener classify}: posts as JSON lines on stdin, one understood post per
 * line on stdout. A bad line is reported on stderr with its number and skipped; the exit code
 * is then 65.
 */
@Command(name = "classify",
        description = {"Read posts as JSON lines on stdin ({\"id\",\"text\",\"author\",\"followers\",\"source\",\"url\",\"created_at\"}),",
                "apply the watchlist and the classifiers, and write one JSON line per post:",
                "{\"id\",\"language\",\"matches\":[{\"term\",\"kind\",\"span\"}],\"sentiment\",\"complaint\",\"question\",",
                "\"abusive\",\"priority\",\"suggested_reply\"} (plus the confidences). See docs/listener.md."})
final class ListenerClassifyCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "The watchlist to apply (default: config/listener/watchlist.yaml).")
    Path watchlist;

    ListenerClassifyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (watchlist != null) {
            InputFiles.requireReadable(java.util.List.of(watchlist));
        }
        ObjectMapper json = new ObjectMapper();
        int bad = 0;
        try (FaqIndex index = cli.openIndex();
             ListenerParts parts = load(index)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Post post;
                try {
                    post = post(json, line, number);
                } catch (IllegalArgumentException e) {
                    cli.err().println("switchboard: stdin line " + number + ": " + e.getMessage() + "; skipped");
                    bad++;
                    continue;
                }
                cli.out().println(json.writeValueAsString(MentionJson.of(parts.finder().understand(post))));
            }
            cli.out().flush();
        }
        return bad == 0 ? ExitCodes.OK : ExitCodes.DATA_ERROR;
    }

    private ListenerParts load(FaqIndex index) {
        try {
            return ListenerParts.load(ServerConfig.directory(cli.env()), watchlist, cli.dataDir(),
                    index.entries().isEmpty() ? null : index, cli.config().faq().defaultLanguage(), Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
    }

    /** One post from a JSON line; {@link IllegalArgumentException} says what is wrong. */
    static Post post(ObjectMapper json, String line, int number) {
        JsonNode n;
        try {
            n = json.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("\"text\" is missing or not a string");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : "line-" + number;
        JsonNode followers = n.get("followers");
        if (followers != null && !followers.isNull() && !followers.canConvertToLong()) {
            throw new IllegalArgumentException("\"followers\" must be a whole number, not " + followers);
        }
        Instant created = Instant.now();
        if (n.hasNonNull("created_at")) {
            String t = n.get("created_at").asText();
            try {
                created = OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"created_at\" must be an ISO date-time such as 2026-11-23T09:00:00Z, not '" + t + "'");
            }
        }
        return new Post(id, n.hasNonNull("source") ? n.get("source").asText() : "stdin", text.asText(),
                n.hasNonNull("author") ? n.get("author").asText() : "", followers == null || followers.isNull() ? 0 : followers.asLong(),
                n.hasNonNull("engagement") ? n.get("engagement").asLong() : 0, n.hasNonNull("url") ? n.get("url").asText() : "",
                created, n.hasNonNull("repost_of") ? n.get("repost_of").asText() : null);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
