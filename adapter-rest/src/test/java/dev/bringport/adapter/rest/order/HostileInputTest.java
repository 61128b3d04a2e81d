package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.fuzzing.ReliabilityTable;
import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static dev.bringport.adapter.rest.order.ExampleBring.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.HostileXml;
import dev.bringport.ports.contract.HostileXml.Attack;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile XML and JSON at every place the Order Management and Warehousing side of the REST
 * adapter reads them: answers through the real adapter from a local server, and the request
 * documents users hand in. DTDs, external entities (file and network), parameter entities,
 * entity expansion and deep nesting are refused with the entry point's typed failure, without
 * reading the file, connecting anywhere, expanding anything or overflowing the stack.
 */
class HostileInputTest {

    private static final String ORDER = BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID;

    @TempDir
    Path dir;

    private HostileXml hostile;
    private ExampleBring bring;

    @BeforeEach
    void start() {
        hostile = new HostileXml(dir);
    }

    @AfterEach
    void stop() {
        if (bring != null) {
            bring.close();
        }
        hostile.close();
    }

    private ExampleBring serving(String path, int status, WireFormat format, byte[] body) {
        bring = new ExampleBring(format).answer("GET", path, status, body, format);
        return bring;
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anOrderManagementReadRefusesTheAnswer(Attack attack) {
        serving(ORDER, 200, WireFormat.XML, hostile.attack(attack, example("retrieve_order.xml")));

        UnexpectedResponseException e = hostile.assertRefused(UnexpectedResponseException.class,
                () -> bring.orderManagement().order(CUSTOMER, ORDER_ID));

        assertThat(e.getMessage()).contains("Bring's answer could not be read");
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aWarehousingReadRefusesTheAnswer(Attack attack) {
        serving(BASE + "/articlebalance/" + CUSTOMER, 200, WireFormat.XML,
                hostile.attack(attack, example("retrieve_articlebalance_all.xml")));

        hostile.assertRefused(UnexpectedResponseException.class, () -> bring.warehousing().articleBalances(CUSTOMER));
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anErrorAnswerIsTypedByItsStatusAndNoneOfItsContentIsRead(Attack attack) {
        serving(ORDER, 404, WireFormat.XML, hostile.attack(attack,
                example("errors/get_purchase_order_not_found_response.xml")));

        NotFoundException e = hostile.assertRefused(NotFoundException.class,
                () -> bring.orderManagement().order(CUSTOMER, ORDER_ID));

        assertThat(e.failure().errors()).as("errors read from a hostile body").isEmpty();
        assertThat(e.failure().httpStatus()).hasValue(404);
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anOrderDocumentIsRefused(Attack attack) {
        IllegalArgumentException e = hostile.assertRefused(IllegalArgumentException.class,
                () -> OrderDocuments.orderMessage(hostile.attack(attack, example("create_order_request.xml"))));

        assertThat(e.getMessage()).contains("CreateOrderRequest the library can read: ");
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aPackagingListDocumentIsRefused(Attack attack) {
        IllegalArgumentException e = hostile.assertRefused(IllegalArgumentException.class,
                () -> OrderDocuments.packagingList(hostile.attack(attack, example("create_packaging_list.xml"))));

        assertThat(e.getMessage()).contains("CreatePackagingListRequest the library can read: ");
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anEventDocumentIsRefused(Attack attack) {
        IllegalArgumentException e = hostile.assertRefused(IllegalArgumentException.class,
                () -> OrderDocuments.events(hostile.attack(attack, example("create_events.xml"))));

        assertThat(e.getMessage()).contains("CreateEventRequest the library can read: ");
    }

    @Test
    void deeplyNestedJsonAnswersAreRefused() {
        serving(ORDER, 200, WireFormat.JSON, HostileXml.deeplyNestedJson(HostileXml.DEEP));

        hostile.assertRefused(UnexpectedResponseException.class, () -> bring.orderManagement().order(CUSTOMER, ORDER_ID));
    }

    @Test
    void aDeeplyNestedJsonErrorAnswerIsTypedByItsStatus() {
        serving(ORDER, 400, WireFormat.JSON, HostileXml.deeplyNestedJson(HostileXml.DEEP));

        InvalidRequestException e = hostile.assertRefused(InvalidRequestException.class,
                () -> bring.orderManagement().order(CUSTOMER, ORDER_ID));

        assertThat(e.failure().errors()).isEmpty();
    }

    @Test
    void deeplyNestedJsonDocumentsAreRefused() {
        byte[] deep = HostileXml.deeplyNestedJson(HostileXml.DEEP);

        hostile.assertRefused(IllegalArgumentException.class, () -> OrderDocuments.orderMessage(deep));
        hostile.assertRefused(IllegalArgumentException.class, () -> OrderDocuments.packagingList(deep));
        hostile.assertRefused(IllegalArgumentException.class, () -> OrderDocuments.events(deep));
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertCount("attacks", Attack.values().length);
        ReliabilityTable.assertCount("rest-order-xml-entry-points",
                HostileXml.entryPointsAttackedBy(HostileInputTest.class));
    }
}
