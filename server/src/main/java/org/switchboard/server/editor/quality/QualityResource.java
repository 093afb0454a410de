package org.switchboard.server.editor.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.plain.JargonList;
import org.switchboard.faq.plain.JargonTerm;
import org.switchboard.server.editor.EntryContent;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * The FAQ editor's quality API (docs/faq-editor-api.md, "Quality"), for editors and admins:
 * {@code POST /api/faq/try}, {@code POST /api/faq/check}, {@code GET/PUT /api/faq/jargon/{lang}},
 * {@code GET/POST /api/faq/regression}, {@code DELETE /api/faq/regression/{id}} and
 * {@code POST /api/faq/regression/run}. Bad input is a 400 naming the field and changes nothing.
 */
@Path("faq")
@Produces(MediaType.APPLICATION_JSON)
@StaffOnly({Role.EDITOR, Role.ADMIN})
public final class QualityResource {
    /** The largest body accepted (an entry with every translation fits many times over). */
    static final int MAX_CHARS = 256 * 1024;
    /** The longest question "try it" and regression questions take. */
    static final int MAX_QUESTION = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaqIndex index;
    private final TryIt tryIt;
    private final EditorChecks checks;
    private final JargonStore jargon;
    private final RegressionSuite regression;

    public QualityResource(FaqIndex index, EditorChecks checks, JargonStore jargon, RegressionSuite regression) {
        this.index = Objects.requireNonNull(index, "index");
        this.tryIt = new TryIt(index);
        this.checks = Objects.requireNonNull(checks, "checks");
        this.jargon = Objects.requireNonNull(jargon, "jargon");
        this.regression = Objects.requireNonNull(regression, "regression");
    }

    @POST
    @Path("try")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> tryIt(String body) {
        JsonNode root = body(body, Set.of("question", "language", "content"));
        String question = question(root);
        Language language = optionalLanguage(root);
        JsonNode content = root.get("content");
        FaqEntry unsaved = content == null || content.isNull() ? null : entry(content);
        return bad(() -> tryIt.ask(question, language, unsaved));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> check(String body) {
        JsonNode root = body(body, Set.of("content"));
        JsonNode content = root.get("content");
        if (content == null || content.isNull()) {
            throw error(400, "\"content\" is required");
        }
        FaqEntry entry = entry(content);
        return bad(() -> checks.check(entry));
    }

    @GET
    @Path("jargon/{lang}")
    public Map<String, Object> jargon(@PathParam("lang") String lang) {
        return json(jargon.list(pathLanguage(lang)));
    }

    @PUT
    @Path("jargon/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> saveJargon(@PathParam("lang") String lang, String body, @Context SecurityContext security) {
        Language language = pathLanguage(lang);
        JsonNode root = body(body, Set.of("terms"));
        JsonNode terms = root.get("terms");
        if (terms == null || !terms.isArray()) {
            throw error(400, "\"terms\" must be a list of {\"term\", \"suggestion\"}");
        }
        List<JargonTerm> list = new ArrayList<>();
        int i = 0;
        for (JsonNode t : terms) {
            String where = "terms[" + i++ + "]";
            if (!t.isObject()) {
                throw error(400, where + ": must be an object {\"term\", \"suggestion\"}");
            }
            known(t, where, Set.of("term", "suggestion"));
            String term = t.path("term").isTextual() ? t.get("term").textValue() : null;
            String suggestion = t.path("suggestion").isTextual() ? t.get("suggestion").textValue() : null;
            if (term == null || term.isBlank()) {
                throw error(400, where + ".term: is required");
            }
            if (suggestion == null || suggestion.isBlank()) {
                throw error(400, where + " ('" + term.strip() + "').suggestion: is required");
            }
            list.add(new JargonTerm(term, suggestion));
        }
        return json(bad(() -> jargon.save(language, list, security.getUserPrincipal().getName())));
    }

    @GET
    @Path("regression")
    public Map<String, Object> regression() {
        return Map.of("questions", regression.questions().stream().map(RegressionQuestion::json).toList());
    }

    @POST
    @Path("regression")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRegression(String body, @Context SecurityContext security) {
        JsonNode root = body(body, Set.of("question", "language", "expected_id"));
        String question = question(root);
        Language language = optionalLanguage(root);
        JsonNode expected = root.get("expected_id");
        if (expected == null || !expected.isTextual() || expected.textValue().isBlank()) {
            throw error(400, "\"expected_id\" is required: the id of the entry the question should reach");
        }
        String id = expected.textValue().strip();
        if (index.entry(id).isEmpty()) {
            throw error(404, "expected_id: no served entry '" + id + "'");
        }
        RegressionQuestion added = regression.add(question, language, id, security.getUserPrincipal().getName());
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(added.json()).build();
    }

    @DELETE
    @Path("regression/{id}")
    public Response deleteRegression(@PathParam("id") String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw error(404, "no regression question '" + id + "'");
        }
        if (!regression.delete(n)) {
            throw error(404, "no regression question " + n);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("regression/run")
    public Map<String, Object> runRegression() {
        return regression.run();
    }

    private static Map<String, Object> json(JargonList list) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("language", list.language().code());
        out.put("terms", list.terms().stream().map(t -> Map.of("term", t.term(), "suggestion", t.suggestion())).toList());
        return out;
    }

    private static FaqEntry entry(JsonNode content) {
        try {
            return EntryContent.fromJson(content).entry();
        } catch (IllegalArgumentException e) {
            throw error(400, e.getMessage());
        }
    }

    private static String question(JsonNode root) {
        JsonNode q = root.get("question");
        if (q == null || !q.isTextual() || q.textValue().isBlank()) {
            throw error(400, "\"question\" is required: the question as a visitor would ask it");
        }
        if (q.textValue().length() > MAX_QUESTION) {
            throw error(400, "\"question\" is longer than " + MAX_QUESTION + " characters");
        }
        return q.textValue().strip();
    }

    private static Language optionalLanguage(JsonNode root) {
        JsonNode l = root.get("language");
        if (l == null || l.isNull()) {
            return null;
        }
        if (!l.isTextual()) {
            throw error(400, "\"language\" must be a language code or null");
        }
        return Language.find(l.textValue()).orElseThrow(() -> error(400, "\"language\": unsupported language '"
                + l.textValue() + "'; supported: " + Language.supportedCodes()));
    }

    private static Language pathLanguage(String code) {
        return Language.find(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> error(404, "no jargon list for '" + code + "'; languages: " + Language.supportedCodes()));
    }

    /** Parses a JSON object body whose fields are all in {@code known}. */
    static JsonNode body(String body, Set<String> known) {
        if (body == null || body.isBlank()) {
            throw error(400, "the request needs a JSON object body");
        }
        if (body.length() > MAX_CHARS) {
            throw error(413, "the request body is longer than " + MAX_CHARS + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw error(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw error(400, "the body must be a JSON object");
        }
        known(root, "the body", known);
        return root;
    }

    private static void known(JsonNode node, String where, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw error(400, where + ": unknown field \"" + name + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** Runs work whose {@link IllegalArgumentException} is the caller's mistake: 400 with its message. */
    private static <T> T bad(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw error(400, e.getMessage());
        }
    }

    static WebApplicationException error(int status, String message) {
        return new WebApplicationException(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Map.of("error", message)).build());
    }
}
