package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * The round trip of Order Management's documented requests: Bring's examples, read with
 * {@link OrderDocuments} and sent, arrive as Bring's examples: POST {@code /packaginglist} is
 * {@code create_packaging_list.xml} and POST {@code /event} is {@code create_events.xml}, element
 * for element, attribute for attribute, value for value and namespace for namespace (whitespace
 * and comments aside), whatever format the adapter is set to (Bring documents both requests in XML
 * only). The request date each carries is the adapter's clock, set to the example's. The page's
 * {@code CreateOrderRequest} examples are schemas with {@code "String"} placeholders, which no
 * reader can take for an order ({@code DocumentedOrderRequestsPassTheRulesTest}); the order the
 * adapter sends is checked against their shape in {@code CreateOrderRequestTest}.
 */
class XmlRequestBodiesTest {

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private static Diff diff(String example, byte[] sent) {
        return DiffBuilder.compare(Input.fromByteArray(ExampleBring.example(example)))
                .withTest(Input.fromByteArray(sent))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPackingListIsSentAsBringsExample(WireFormat configured) {
        // <DateAndTimes subClass="DocumentDate">2014-11-11T07:32:54.284+01:00</DateAndTimes>
        bring = new ExampleBring(configured, Clock.fixed(Instant.parse("2014-11-11T06:32:54.284Z"), ZoneOffset.UTC))
                .answer("POST", BASE + "/packaginglist", 200, new byte[0], WireFormat.XML);
        OrderDocuments.PackagingListRequest documented = OrderDocuments.packagingList(
                ExampleBring.example("create_packaging_list.xml"));
        assertThat(documented.packingList()).isEqualTo(new PackingList("70703223343223526",
                Optional.of("370794836448493247"), List.of(PackingListItem.of("1", "10", BigDecimal.TEN),
                PackingListItem.of("1", "20", new BigDecimal("3")), PackingListItem.of("1", "30", new BigDecimal("5"))),
                List.of()));

        bring.orderManagement().addPackingList(documented.customerId(), documented.orderId(), documented.packingList());

        SimulatedRequest sent = bring.onlyRequest();
        Diff diff = diff("create_packaging_list.xml", sent.body());
        assertThat(diff.hasDifferences()).as("%s%n%s", diff, sent.text()).isFalse();
        assertThat(sent.header("Content-Type")).contains("application/xml; charset=UTF-8");
        assertThat(sent.header("Accept")).contains("application/xml");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anEventIsSentAsBringsExample(WireFormat configured) {
        // <DateAndTimes subClass="RequestDate">2014-07-03T08:03:56.040+02:00</DateAndTimes>
        bring = new ExampleBring(configured, Clock.fixed(Instant.parse("2014-07-03T06:03:56.040Z"), ZoneOffset.UTC))
                .answer("POST", BASE + "/event", 200, new byte[0], WireFormat.XML);
        // <Timestamp>2014-07-04T00:00:00+02:00</Timestamp>; the example's placeholders are sent as given
        List<TrackingEvent> documented = OrderDocuments.events(ExampleBring.example("create_events.xml"));
        assertThat(documented).containsExactly(TrackingEvent.of("12345", new EventType("{event type}"), "{some value}",
                Instant.parse("2014-07-03T22:00:00Z")));

        bring.orderManagement().sendEvent(documented.get(0));

        SimulatedRequest sent = bring.onlyRequest();
        Diff diff = diff("create_events.xml", sent.body());
        assertThat(diff.hasDifferences()).as("%s%n%s", diff, sent.text()).isFalse();
        assertThat(sent.text()).startsWith("<CreateEventRequest xmlns=\"http://api.bring.com/po\">");
        assertThat(sent.header("Content-Type")).contains("application/xml; charset=UTF-8");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPackingListWithoutOrderLineIdsOrPackageLeavesThemOut(WireFormat configured) {
        bring = new ExampleBring(configured).answer("POST", BASE + "/packaginglist", 200, new byte[0], WireFormat.XML);

        bring.orderManagement().addPackingList("10000000000", "11873875-status_med_2", PackingList.of("70438101268018539",
                List.of(PackingListItem.of("1", new BigDecimal("4")), PackingListItem.of("2", new BigDecimal("0.5")))));

        String xml = bring.onlyRequest().text();
        assertThat(xml).doesNotContain("orderLineId").doesNotContain("PackageId")
                .contains("<PackingListSet><PackingListItem articleLineId=\"1\"><ArticleQuantity>4</ArticleQuantity>")
                .contains("<ArticleQuantity>0.5</ArticleQuantity>")
                .contains("<DateAndTimes subClass=\"DocumentDate\">2026-01-15T10:00:00+01:00</DateAndTimes>");
    }
}
