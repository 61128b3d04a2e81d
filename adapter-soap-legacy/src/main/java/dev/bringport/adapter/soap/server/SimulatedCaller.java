package dev.bringport.adapter.soap.server;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.UnauthenticatedException;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who calls the simulated SOAP services: the three authentication headers of the HTTP request. */
public final class SimulatedCaller {

    private SimulatedCaller() {
    }

    /**
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
     * @param context the call's context
     * @return the caller's Mybring login, empty when the request has none
     */
    public static String userId(WebServiceContext context) {
        return header(context, BringCredentials.USER_ID_HEADER).orElse("");
    }

    /**
     * Bring's answer to a call without the three headers: {@code PO_STATE_002} from Order
     * Management, {@code BOOK-AUTHORIZATION-001} from Booking.
     *
     * @param context         the call's context
     * @param orderManagement whether Order Management is called
     * @return the failure, when a header is missing
     */
    public static Optional<BringException> unauthenticated(WebServiceContext context, boolean orderManagement) {
        boolean complete = header(context, BringCredentials.USER_ID_HEADER).isPresent()
                && header(context, BringCredentials.API_KEY_HEADER).isPresent()
                && header(context, BringCredentials.CLIENT_URL_HEADER).isPresent();
        if (complete) {
            return Optional.empty();
        }
        if (orderManagement) {
            return Optional.of(new UnauthenticatedException(Failure.of(Operation.GET_ORDER, List.of(BringError.of(
                    ErrorCode.of("PO_STATE_002"), "You must log in to use this endpoint")))));
        }
        return Optional.of(new AccessDeniedException(Failure.of(Operation.BOOK, List.of(BringError.of(
                ErrorCode.of("BOOK-AUTHORIZATION-001"), "Authorization failed")))));
    }
}
