package dev.bringport.adapter.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.order.OrderMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an Order Management request document gives that is not sent is named with its path and
 * why: elements its wire type has no place for, and what the wire types bind (they are shared
 * with Bring's answers) but the request the adapter writes leaves out.
 */
class OrderDocumentsIgnoredFieldsTest {

    /** An order request as the adapter writes it: every part of the domain, nothing else. */
    private static String written(WireFormat format) throws Exception {
        return new String(WireMappers.of(format).writeValueAsBytes(
                OrderRequestMapper.toWire(CreateOrderRequestTest.message(), format)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void whatTheAdapterWritesLosesNothing(WireFormat format) throws Exception {
        RequestDocument<OrderMessage> read = OrderDocuments.readOrderMessage(written(format).getBytes(StandardCharsets.UTF_8));

        assertThat(read.ignored()).isEmpty();
        assertThat(read.value()).isEqualTo(OrderDocuments.orderMessage(written(format).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bringsStatusesAndTheFixedFieldsOfTheMessageAreNamed() throws Exception {
        String body = written(WireFormat.JSON).replace("\"version\":\"2.0\"", "\"version\":\"4.0\"")
                .replace("\"partyId\":\"NO98466118506\"", "\"partyId\":\"SOMEONE\"")
                .replace("\"orderId\":\"4504104664\"", "\"orderId\":\"4504104664\",\"OrderStatus\":\"Picked\",\"SenderStatus\":\"OPEN\"")
                .replaceFirst("\"articleLineId\":\"(\\w+)\"", "\"articleLineId\":\"$1\",\"RemainingArticleQuantity\":2");

        assertThat(OrderDocuments.readOrderMessage(body.getBytes(StandardCharsets.UTF_8)).ignored())
                .map(IgnoredField::toString).containsExactly(
                        "version is not sent: the library writes version 2.0, the version of the message it sends",
                        "MessageDetails.MessageRecipient.partyId is not sent: every order goes to Bring's Order Management, "
                                + "NO98466118506",
                        "SupplyStructure.OrderSet.Order.OrderStatus is not sent: Bring sets it, and reports it in its answers",
                        "SupplyStructure.OrderSet.Order.SenderStatus is not sent: Bring sets it, and reports it in its answers",
                        "SupplyStructure.OrderSet.OrderLineSet[0].RemainingArticleQuantity is not sent: Bring sets it, and "
                                + "reports it in its answers");
    }

    @Test
    void aPartyWithoutRoleAndAPlantIdAreNamed() throws Exception {
        String written = written(WireFormat.XML);
        int secondParty = written.indexOf("</Party>") + "</Party>".length();
        String body = written.substring(0, secondParty).replaceFirst("<Party subClass=\"DeliveryParty\"", "<Party")
                + written.substring(secondParty).replaceFirst("</Party>", "<PlantId>7</PlantId></Party>");

        assertThat(OrderDocuments.readOrderMessage(body.getBytes(StandardCharsets.UTF_8)).ignored()).containsExactly(
                new IgnoredField("SupplyStructure.OrderSet.Party[0]", "a party without subClass (its role) is not sent"),
                new IgnoredField("SupplyStructure.OrderSet.Party[1].PlantId",
                        "Bring's REST order request has no place for it (only its SOAP service has)"));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void unknownElementsAreNamedAndMayRepeatInXml(WireFormat format) throws Exception {
        String body = format == WireFormat.XML
                ? written(format).replaceFirst("<Name>", "<FreeText><Text>a</Text><Text>b</Text></FreeText>"
                        + "<FreeText><Text>c</Text></FreeText><Name>")
                : written(format).replaceFirst("\"Name\":", "\"FreeText\":[{\"Text\":\"a\"},{\"Text\":\"b\"}],\"Name\":");

        assertThat(OrderDocuments.readOrderMessage(body.getBytes(StandardCharsets.UTF_8)).ignored())
                .containsExactly(new IgnoredField("SupplyStructure.OrderSet.Party[0].FreeText", IgnoredField.NOT_MODELLED));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anUnknownFieldThatGivesNothingLosesNothing(WireFormat format) throws Exception {
        String body = format == WireFormat.XML
                ? written(format).replaceFirst("<Name>", "<FreeText/><Note>  </Note><Name>")
                : written(format).replaceFirst("\"Name\":", "\"FreeText\":null,\"Note\":\" \",\"Name\":");

        assertThat(OrderDocuments.readOrderMessage(body.getBytes(StandardCharsets.UTF_8)).ignored()).isEmpty();
    }

    @Test
    void aRequestEnvelopeOtherThanTheAdaptersIsNamedButItsDateIsTheMomentOfSending() {
        byte[] documented = ExampleBring.example("create_packaging_list.xml");
        byte[] english = new String(documented, StandardCharsets.UTF_8).replace("<Locale>no</Locale>", "<Locale>en</Locale>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(OrderDocuments.readPackagingList(documented).ignored()).isEmpty();
        assertThat(OrderDocuments.readPackagingList(english).ignored()).containsExactly(new IgnoredField(
                "RequestProperties.Locale", "the library writes locale no, as Bring's examples do"));
    }
}
