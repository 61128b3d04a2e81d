package dev.bringport.adapter.rest.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;

import dev.bringport.adapter.rest.server.Route;
import dev.bringport.adapter.rest.server.Routes;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.ServedFailures;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The routes of {@code /po/api/v1} (Order Management and Warehousing; also under Bring's other
 * Warehousing base, {@code /warehousing/api/v1}) of a simulated Bring. Each request is answered
 * by the ports behind it, those of the calling user, in the format the
 * request's {@code Accept} asks for (JSON unless XML), in Bring's documented shapes. Request bodies
 * are read as Bring reads them: a {@code CreateOrderRequest} in JSON or XML, a
 * {@code CreatePackagingListRequest} and a {@code CreateEventRequest} in XML. The in-memory Bring's
 * failures become Bring's error answers: {@code ResponseProperties/Error} with one {@code Code} and
 * {@code Description} per error, {@code Status FAILED} on creates, and the HTTP status of
 * {@link ServedFailures#httpStatus}. A body Bring cannot read is answered with {@code PO_INPUT_017}.
 * GET {@code /items}, shared by both APIs, is served by Order Management.
 */
public final class OrderManagementSimulation {

    private static final String BASE = "/(?:po|warehousing)/api/v1";
    private static final String SEGMENT = "([^/]+)";

    private OrderManagementSimulation() {
    }

    /** What a route does with the in-memory Bring's ports: the wire answer of a request. */
    @FunctionalInterface
    private interface Answering {
        Object answer(SimulatedRequest request, BringPorts bring, SimulatedAnswers answers) throws IOException;
    }

    /**
     * Installs the routes of Order Management and Warehousing.
     *
     * @param routes the table they go into
     * @param ports  the ports that answer, by the calling user's Mybring login
     * @param clock  the time of the answers' {@code ResponseDate}
     */
    public static void install(Routes routes, Function<String, BringPorts> ports, Clock clock) {
        Served served = new Served(ports, clock);
        String po = SimulatedAnswers.PO;
        routes
                .route("GET", BASE + "/purchaseorderCustomer/" + SEGMENT, read(served, "IsPurchaseorderCustomerResponse", po,
                        (r, bring, a) -> a.customer(bring.orderManagement().isOrderManagementCustomer(r.pathParameter(1)))))
                .route("POST", BASE + "/omorder", create(served, "CreateOrderResponse", (r, bring, a) -> {
                    bring.orderManagement().sendOrder(OrderDocuments.orderMessage(r.body()));
                    return a.created();
                }))
                .route("GET", BASE + "/omorder/" + SEGMENT + "/" + SEGMENT, read(served, "GetOrderResponse",
                        SimulatedAnswers.OM, (r, bring, a) -> a.order(bring.orderManagement().order(r.pathParameter(1),
                                r.pathParameter(2)))))
                .route("GET", BASE + "/items/" + SEGMENT + "/" + SEGMENT, read(served, "GetPurchaseOrderItemResponse", po,
                        (r, bring, a) -> a.items(bring.orderManagement().orderLines(r.pathParameter(1), r.pathParameter(2)))))
                .route("GET", BASE + "/packaginglist/" + SEGMENT + "/" + SEGMENT, read(served, "GetPackagingListResponse",
                        po, (r, bring, a) -> a.packingLists(bring.orderManagement().packingLists(r.pathParameter(1),
                                r.pathParameter(2)))))
                .route("POST", BASE + "/packaginglist", create(served, "CreatePackagingListResponse", (r, bring, a) -> {
                    OrderDocuments.PackagingListRequest request = OrderDocuments.packagingList(r.body());
                    bring.orderManagement().addPackingList(request.customerId(), request.orderId(), request.packingList());
                    return a.created();
                }))
                .route("GET", BASE + "/senderStatus/" + SEGMENT + "/" + SEGMENT, read(served, "GetSenderStatusResponse",
                        po, (r, bring, a) -> a.senderStatus(bring.orderManagement().senderStatus(r.pathParameter(1),
                                r.pathParameter(2)))))
                .route("POST", BASE + "/event", create(served, "CreateEventResponse", (r, bring, a) -> {
                    for (TrackingEvent event : OrderDocuments.events(r.body())) {
                        bring.orderManagement().sendEvent(event);
                    }
                    return a.created();
                }))
                .route("GET", BASE + "/errorCodes", read(served, "ErrorList", po,
                        (r, bring, a) -> a.errorList(bring.orderManagement().errorCodes())))
                .route("GET", BASE + "/order/" + SEGMENT + "/" + SEGMENT, read(served, "GetOrderResponse",
                        SimulatedAnswers.OM, (r, bring, a) -> a.order(bring.warehousing().order(r.pathParameter(1),
                                r.pathParameter(2)))))
                .route("GET", BASE + "/articlebalance/info/" + SEGMENT + "/" + SEGMENT, read(served,
                        "GetArticleBalanceResponse", po, (r, bring, a) -> a.balances(
                                bring.warehousing().searchArticleBalances(r.pathParameter(1), r.pathParameter(2)))))
                .route("GET", BASE + "/articlebalance/" + SEGMENT + "/" + SEGMENT, read(served,
                        "GetArticleBalanceResponse", po, (r, bring, a) -> a.balances(
                                bring.warehousing().articleBalance(r.pathParameter(1), r.pathParameter(2)).stream().toList())))
                .route("GET", BASE + "/articlebalance/" + SEGMENT, read(served, "GetArticleBalanceResponse", po,
                        (r, bring, a) -> a.balances(bring.warehousing().articleBalances(r.pathParameter(1)))));
    }

    /** What the routes answer with: the ports of a user, and the time. */
    private record Served(Function<String, BringPorts> ports, Clock clock) {
    }

    private static Route read(Served served, String root, String namespace, Answering answering) {
        return answering(served, root, namespace, false, answering);
    }

    private static Route create(Served served, String root, Answering answering) {
        return answering(served, root, SimulatedAnswers.PO, true, answering);
    }

    private static Route answering(Served served, String root, String namespace, boolean create,
                                   Answering answering) {
        return request -> {
            SimulatedAnswers answers = new SimulatedAnswers(request.accept(), served.clock().instant());
            try {
                Object answer = answering.answer(request, served.ports().apply(request.user()), answers);
                return SimulatedAnswer.ok(answers.format(), answers.bytes(answer, root, Optional.of(namespace)));
            } catch (BringException failure) {
                Map<String, String> headers = failure instanceof RateLimitedException limited
                        ? Map.of("Retry-After", Long.toString(limited.retryAfter().orElse(Duration.ofSeconds(1)).toSeconds()))
                        : Map.of();
                return answer(answers, root, namespace, ServedFailures.httpStatus(failure), failure.failure().errors(),
                        create, headers);
            } catch (IOException | IllegalArgumentException unreadable) {
                String message = ErrorCatalogue.orderManagement().messageOf(PO_INPUT_017) + ": " + unreadable.getMessage();
                return answer(answers, root, namespace, 400, List.of(BringError.of(PO_INPUT_017, message)), create, Map.of());
            }
        };
    }

    private static SimulatedAnswer answer(SimulatedAnswers answers, String root, String namespace, int status,
                                          List<BringError> errors, boolean create, Map<String, String> headers) {
        byte[] body = answers.bytes(answers.failed(errors, create), root, Optional.of(namespace));
        return new SimulatedAnswer(status, answers.format().mediaType() + ";charset=UTF-8", body, headers);
    }
}
