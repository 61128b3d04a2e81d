package dev.bringport.adapter.soap.server;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.ServedFailures;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls a simulated SOAP service, and what its answer shows on the wire: the three
 * credential headers of the HTTP request, Bring's door's verdict on them, and a failure of the
 * ports that Bring's gateway answers itself (an HTTP status instead of Bring's errors).
 */
public final class SimulatedCaller {

    private SimulatedCaller() {
    }

    /**
     * A header of the call.
     *
     * @param context the call's context
     * @param name    a header name, in any case
     * @return its value, when the request has it
     */
    @SuppressWarnings("unchecked")
    public static Optional<String> header(WebServiceContext context, String name) {
        Map<String, List<String>> headers = (Map<String, List<String>>) context.getMessageContext()
                .get(MessageContext.HTTP_REQUEST_HEADERS);
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).filter(v -> !v.isBlank()).findFirst();
    }

    /**
     * The caller's Mybring login.
     *
     * @param context the call's context
     * @return the login, empty when the request names none
     */
    public static String userId(WebServiceContext context) {
        return header(context, BringCredentials.USER_ID_HEADER).orElse("");
    }

    /**
     * Bring's answer to a call Bring's door does not let in (a header missing, a key it does not
     * accept): {@code PO_STATE_002} from Order Management, {@code BOOK-AUTHORIZATION-001} from
     * Booking, inside the service's answer.
     *
     * @param context         the call's context
     * @param door            Bring's door
     * @param orderManagement whether Order Management is called
     * @return the failure, when the caller is not logged in
     */
    public static Optional<BringException> unauthenticated(WebServiceContext context, FrontDoor door,
                                                           boolean orderManagement) {
        if (door.loggedIn(header(context, BringCredentials.USER_ID_HEADER).orElse(null),
                header(context, BringCredentials.API_KEY_HEADER).orElse(null),
                header(context, BringCredentials.CLIENT_URL_HEADER).orElse(null))) {
            return Optional.empty();
        }
        if (orderManagement) {
            return Optional.of(new UnauthenticatedException(Failure.of(Operation.GET_ORDER, List.of(BringError.of(
                    ErrorCode.of("PO_STATE_002"), "You must log in to use this endpoint")))));
        }
        return Optional.of(new AccessDeniedException(Failure.of(Operation.BOOK, List.of(BringError.of(
                ErrorCode.of("BOOK-AUTHORIZATION-001"), "Authorization failed")))));
    }

    /**
     * Shows a failure on the wire when Bring's gateway would ({@link ServedFailures#onTheWire}):
     * the answer's HTTP status becomes the failure's, with {@code Retry-After: 1} on 429.
     *
     * @param context the call's context
     * @param failure the ports' failure
     * @return whether it is shown on the wire; if not, the service answers Bring's errors
     */
    public static boolean answeredOnTheWire(WebServiceContext context, BringException failure) {
        if (!ServedFailures.onTheWire(failure)) {
            return false;
        }
        int status = ServedFailures.httpStatus(failure);
        context.getMessageContext().put(MessageContext.HTTP_RESPONSE_CODE, status);
        if (status == 429) {
            context.getMessageContext().put(MessageContext.HTTP_RESPONSE_HEADERS, Map.of("Retry-After", List.of("1")));
        }
        return true;
    }
}
