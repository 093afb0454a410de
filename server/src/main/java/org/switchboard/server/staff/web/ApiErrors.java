package org.switchboard.server.staff.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.switchboard.server.staff.StaffException;

/** Errors of the staff API, always JSON: {@code {"error": "what is wrong"}}. */
final class ApiErrors {
    private ApiErrors() {
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Map.of("error", message)).build();
    }

    static WebApplicationException error(int status, String message) {
        return new WebApplicationException(message, response(status, message));
    }

    /** 401, with the header HTTP asks for on every 401. */
    static Response unauthorized(String message) {
        return Response.fromResponse(response(401, message)).header("WWW-Authenticate", "Session realm=\"switchboard\"").build();
    }

    /**
     * Runs a call into the staff service and turns its refusals into answers: bad input 400, no
     * such account 404, a taken login or the last admin 409.
     */
    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StaffException e) {
            throw error(e.reason() == StaffException.Reason.NO_SUCH_ACCOUNT ? 404 : 409, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw error(400, e.getMessage());
        }
    }
}
