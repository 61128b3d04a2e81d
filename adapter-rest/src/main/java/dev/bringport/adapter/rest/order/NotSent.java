package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.domain.order.OrderMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the Order Management request documents a user gives hold in places the wire types bind
 * (they are shared with Bring's answers) but the requests the adapter writes leave out: Bring's own
 * statuses, fields with one value the library always sends, and parts without what identifies
 * them. Each is named with its path, as {@link IgnoredField}s. The request date of
 * {@code RequestProperties} is not among them: it is the moment the request is sent, which the
 * adapter writes.
 */
final class NotSent {

    private static final String SET = "SupplyStructure.OrderSet.";
    private static final String BRINGS_STATUS = "Bring sets it, and reports it in its answers";

    private NotSent() {
    }

    /**
     * The fields of a {@code CreateOrderRequest} that {@link OrderRequestMapper} does not write.
     *
     * @param request the request as bound
     * @return the fields, in the document's order
     */
    static List<IgnoredField> of(CreateOrderRequest request) {
        List<IgnoredField> left = new ArrayList<>();
        text(request.version).filter(v -> !v.equals(OrderMessage.VERSION)).ifPresent(v -> left.add(new IgnoredField(
                "version", "the library writes version " + OrderMessage.VERSION + ", the version of the message it sends")));
        if (request.messageDetails != null && request.messageDetails.recipient != null) {
            text(request.messageDetails.recipient.partyId).filter(id -> !id.equals(OrderMessage.MESSAGE_RECIPIENT))
                    .ifPresent(id -> left.add(new IgnoredField("MessageDetails.MessageRecipient.partyId",
                            "every order goes to Bring's Order Management, " + OrderMessage.MESSAGE_RECIPIENT)));
        }
        CreateOrderRequest.OrderSet set = request.supplyStructure == null ? null : request.supplyStructure.orderSet;
        if (set == null) {
            return left;
        }
        if (set.order != null) {
            text(set.order.orderStatus).ifPresent(s -> left.add(new IgnoredField(SET + "Order.OrderStatus", BRINGS_STATUS)));
            text(set.order.senderStatus).ifPresent(s -> left.add(new IgnoredField(SET + "Order.SenderStatus", BRINGS_STATUS)));
            dates(SET + "Order.DateAndTimes", set.order.dateAndTimes, left);
        }
        dates(SET + "DateAndTimes", set.dateAndTimes, left);
        List<OrderElements.Party> parties = each(set.parties);
        for (int i = 0; i < parties.size(); i++) {
            party(SET + "Party[" + i + "]", parties.get(i), left);
        }
        List<OrderElements.OrderItem> items = each(set.orderItems);
        for (int i = 0; i < items.size(); i++) {
            item(SET + "OrderLineSet[" + i + "]", items.get(i), left);
        }
        return left;
    }

    private static void party(String path, OrderElements.Party party, List<IgnoredField> left) {
        if (text(party.subClass).isEmpty()) {
            left.add(new IgnoredField(path, "a party without subClass (its role) is not sent"));
            return;
        }
        text(party.plantId).ifPresent(p -> left.add(new IgnoredField(path + ".PlantId",
                "Bring's REST order request has no place for it (only its SOAP service has)")));
        List<OrderElements.Address> addresses = each(party.addresses);
        for (int j = 0; j < addresses.size(); j++) {
            if (text(addresses.get(j).subClass).isEmpty()) {
                left.add(new IgnoredField(path + ".Address[" + j + "]", "an address without subClass (its kind) is not sent"));
            }
        }
        List<OrderElements.Contact> contacts = each(party.contacts);
        for (int j = 0; j < contacts.size(); j++) {
            OrderElements.Contact contact = contacts.get(j);
            if (text(contact.email).isPresent() && text(contact.mail).isPresent()) {
                left.add(new IgnoredField(path + ".Contact[" + j + "].Mail", "EMailAddress is given too, and is sent"));
            }
        }
        references(path + ".Reference", party.references, left);
    }

    private static void item(String path, OrderElements.OrderItem item, List<IgnoredField> left) {
        if (item.remainingQuantity != null) {
            left.add(new IgnoredField(path + ".RemainingArticleQuantity", BRINGS_STATUS));
        }
        if (item.quantity != null && item.quantity.value == null && text(item.quantity.unitCode).isPresent()) {
            left.add(new IgnoredField(path + ".ArticleQuantity", "a unitCode without a quantity is not sent"));
        }
        List<OrderElements.Description> descriptions = each(item.descriptions);
        for (int k = 0; k < descriptions.size(); k++) {
            List<OrderElements.DescriptionText> texts = each(descriptions.get(k).texts).stream()
                    .filter(t -> text(t.value).isPresent()).toList();
            if (k > 0 || texts.isEmpty()) {
                left.add(new IgnoredField(path + ".Description[" + k + "]", k > 0
                        ? "a line carries one description: the first is sent" : "a description without text is not sent"));
            } else if (texts.size() > 1) {
                left.add(new IgnoredField(path + ".Description[0].Text", "a description carries one text: the first is sent"));
            }
        }
        dates(path + ".DateAndTimes", item.dateAndTimes, left);
    }

    private static void references(String path, List<OrderElements.Reference> references, List<IgnoredField> left) {
        List<OrderElements.Reference> each = each(references);
        for (int k = 0; k < each.size(); k++) {
            OrderElements.Reference r = each.get(k);
            if (text(r.referenceType).isEmpty() && text(r.referenceNo).isEmpty() && text(r.text).isPresent()) {
                left.add(new IgnoredField(path + "[" + k + "]", "a reference without referenceType or ReferenceNo is not sent"));
            }
        }
    }

    private static void dates(String path, List<OrderElements.DateAndTimes> dates, List<IgnoredField> left) {
        List<OrderElements.DateAndTimes> each = each(dates);
        for (int k = 0; k < each.size(); k++) {
            if (text(each.get(k).subClass).isEmpty()) {
                left.add(new IgnoredField(path + "[" + k + "]", "a date without subClass (what it dates) is not sent"));
            }
        }
    }

    /**
     * The request envelope of a {@code CreatePackagingListRequest} or {@code CreateEventRequest}
     * where it differs from the one the adapter writes ({@link PackingListMapper#SCHEMA_VERSION},
     * {@link PackingListMapper#LOCALE}).
     *
     * @param schemaVersion the envelope's {@code SchemaVersion}, may be null
     * @param locale        its {@code Locale}, may be null
     * @return the fields, in the document's order
     */
    static List<IgnoredField> envelope(Integer schemaVersion, String locale) {
        List<IgnoredField> left = new ArrayList<>();
        if (schemaVersion != null && schemaVersion != PackingListMapper.SCHEMA_VERSION) {
            left.add(new IgnoredField("RequestProperties.SchemaVersion", "the library writes schema version "
                    + PackingListMapper.SCHEMA_VERSION + ", the version of the request it sends"));
        }
        text(locale).filter(l -> !Objects.equals(l, PackingListMapper.LOCALE)).ifPresent(l -> left.add(new IgnoredField(
                "RequestProperties.Locale", "the library writes locale " + PackingListMapper.LOCALE
                + ", as Bring's examples do")));
        return left;
    }
}
