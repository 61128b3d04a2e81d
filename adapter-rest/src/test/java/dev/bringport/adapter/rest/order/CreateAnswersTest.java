package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static dev.bringport.adapter.rest.order.ExampleBring.example;
import static dev.bringport.adapter.rest.order.ExampleBring.extension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Order Management's creates (POST {@code /omorder}, {@code /packaginglist}, {@code /event})
 * succeed only on what Bring documents: the REST page gives their answer as nothing but "HTTP
 * status code 200" (an empty body), and the SOAP examples give the document such an answer may
 * hold ({@code ResponseProperties} and {@code Status OK}). Any other 200 (a maintenance page,
 * plain text, binary, a document of another kind) may stand for a write Bring did or did not
 * carry out: its outcome is unknown, with the write's correlation id.
 */
class CreateAnswersTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final String CONSIGNMENT = "70438101268018539";

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private static final OrderMessage ORDER = ContractExamples.originalOrder("CREATE-ANSWERS-1", NOW);

    /** One of the three creates, with the path it posts to and the id that finds it at Bring. */
    enum Create {
        ORDER("/omorder", CreateAnswersTest.ORDER.messageId()),
        PACKING_LIST("/packaginglist", CONSIGNMENT),
        EVENT("/event", CONSIGNMENT);

        private final String path;
        private final String correlationId;

        Create(String path, String correlationId) {
            this.path = path;
            this.correlationId = correlationId;
        }

        ThrowingCallable on(RestOrderManagement orders) {
            return switch (this) {
                case ORDER -> () -> orders.sendOrder(CreateAnswersTest.ORDER);
                case PACKING_LIST -> () -> orders.addPackingList(CUSTOMER, ORDER_ID, PackingList.of(CONSIGNMENT,
                        List.of(PackingListItem.of("1", BigDecimal.ONE))));
                case EVENT -> () -> orders.sendEvent(TrackingEvent.of(CONSIGNMENT, EventType.DELIVERED, "Selger Norge AS",
                        NOW));
            };
        }
    }

    private RestOrderManagement answering(Create create, WireFormat format, SimulatedAnswer answer) {
        bring = new ExampleBring(format).answer("POST", BASE + create.path, answer);
        return bring.orderManagement();
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void anEmptyTwoHundredIsTheSuccessBringDocuments(Create create) {
        RestOrderManagement orders = answering(create, WireFormat.JSON, SimulatedAnswer.empty(200));

        assertThatCode(create.on(orders)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void bringsCreateAnswerWithStatusOkIsSuccessInEitherFormat(Create create) {
        for (WireFormat format : WireFormat.values()) {
            RestOrderManagement orders = answering(create, format, SimulatedAnswer.of(200, format,
                    example("errors/create_packaging_list_response" + extension(format))));

            assertThatCode(create.on(orders)).as("%s", format).doesNotThrowAnyException();
            bring.close();
        }
        bring = new ExampleBring(WireFormat.JSON);
    }

    static List<Arguments> answersThatAreNoneOfBrings() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, 0x00, (byte) 0x9c, 0x7f};
        List<SimulatedAnswer> answers = List.of(
                SimulatedAnswer.text(200, "text/html", "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
                        + "<body>Back soon</body></html>"),
                SimulatedAnswer.text(200, "text/plain", "OK"),
                new SimulatedAnswer(200, "application/octet-stream", binary, Map.of()),
                new SimulatedAnswer(200, "", binary, Map.of()),
                SimulatedAnswer.text(200, "application/json", "{\"consignments\":[{\"confirmation\":{}}]}"),
                SimulatedAnswer.text(200, "application/json", "null"),
                SimulatedAnswer.text(200, "application/xml", "<pickupOrderResponse><status>OK</status></pickupOrderResponse>"),
                SimulatedAnswer.text(200, "application/json", "{\"ResponseProperties\":{},\"Status\":\"MAYBE\"}"));
        return answers.stream().flatMap(answer -> java.util.Arrays.stream(Create.values())
                .map(create -> Arguments.of(create, answer))).toList();
    }

    @ParameterizedTest
    @MethodSource("answersThatAreNoneOfBrings")
    void anyOtherTwoHundredLeavesTheOutcomeUnknown(Create create, SimulatedAnswer answer) {
        RestOrderManagement orders = answering(create, WireFormat.JSON, answer);
        String shown = answer.contentType() + " " + new String(answer.body(), StandardCharsets.ISO_8859_1);

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, create.on(orders));

        assertThat(e).as(shown).isNotNull().hasCauseInstanceOf(UnexpectedResponseException.class);
        assertThat(e.correlationId()).as(shown).contains(create.correlationId);
        assertThat(e.getMessage()).as(shown).contains("check at Bring before sending it again (correlation id "
                + create.correlationId + ")");
        assertThat(bring.requests()).as("sent once").hasSize(1);
    }
}
