package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bring's {@code bookingRequest} document (POST {@code /booking}) as it travels, in both
 * spellings: JSON and the XML of {@code booking-v1.xsd} ({@code testIndicator} and the
 * correlation ids are attributes there, lists are wrapped, and the order of
 * {@code ConsignmentRequestType}'s {@code xs:sequence} is kept). It holds both ways of asking for
 * value-added services: {@code product.additionalServices[]} (current) and the
 * {@code product.services{}} object of the earlier schema. Read with {@link DocumentReader},
 * mapped by {@link BookingRequestMapper}.
 *
 * @param testIndicator  whether this is a test booking (an attribute in XML)
 * @param schemaVersion  always 1
 * @param clientUid      the caller's id, as given (the page's request schema)
 * @param clientUrl      the caller's URL, as given (the xsd, Bring's examples)
 * @param consignments   the consignments; Bring books one per request
 */
@JacksonXmlRootElement(localName = "bookingRequest")
@JsonPropertyOrder({"testIndicator", "schemaVersion", "clientUid", "clientUrl", "consignments"})
record BookingRequestDocument(
        @JacksonXmlProperty(isAttribute = true) Boolean testIndicator,
        Integer schemaVersion,
        String clientUid,
        String clientUrl,
        @JacksonXmlElementWrapper(localName = "consignments", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "consignment") List<Consignment> consignments) {

    /**
     * A consignment. {@code customerSpecifiedDispatchDateTime}, {@code customerSpecifiedDelivery}
     * and {@code returnProduct} are not in {@code booking-v1.xsd}; they are placed where Bring's
     * examples and the page's field list put them.
     *
     * @param correlationId                     your id (an attribute in XML)
     * @param shippingDateTime                  when the goods are ready
     * @param customerSpecifiedDeliveryDateTime the delivery date the customer chose
     * @param customerSpecifiedDispatchDateTime the dispatch date the customer chose
     * @param customerSpecifiedDelivery         the delivery window the customer chose
     * @param parties                           the parties
     * @param product                           the product
     * @param returnProduct                     the return service
     * @param purchaseOrder                     purchase order numbers
     * @param packages                          the packages
     * @param packageGroups                     package groups of the earlier schema: read only to refuse them
     * @param generateQrCodes                   whether QR codes are wanted
     */
    @JsonPropertyOrder({"correlationId", "shippingDateTime", "customerSpecifiedDeliveryDateTime",
            "customerSpecifiedDispatchDateTime", "customerSpecifiedDelivery", "parties", "product", "returnProduct",
            "purchaseOrder", "packages", "packageGroups", "generateQrCodes"})
    record Consignment(
            @JacksonXmlProperty(isAttribute = true) String correlationId,
            @JsonSerialize(using = BringDateTimes.RequestWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant shippingDateTime,
            @JsonSerialize(using = BringDateTimes.RequestWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant customerSpecifiedDeliveryDateTime,
            @JsonSerialize(using = BringDateTimes.RequestWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant customerSpecifiedDispatchDateTime,
            DeliveryWindow customerSpecifiedDelivery,
            Parties parties,
            Product product,
            ReturnProduct returnProduct,
            PurchaseOrder purchaseOrder,
            @JacksonXmlElementWrapper(localName = "packages", namespace = DocumentWriter.NAMESPACE)
            @JacksonXmlProperty(localName = "package") List<Package> packages,
            JsonNode packageGroups,
            Boolean generateQrCodes) {
    }

    /**
     * The alternative delivery window the customer chose.
     *
     * @param startDateTime the start
     * @param endDateTime   the end
     */
    @JsonPropertyOrder({"startDateTime", "endDateTime"})
    record DeliveryWindow(
            @JsonSerialize(using = BringDateTimes.RequestWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant startDateTime,
            @JsonSerialize(using = BringDateTimes.RequestWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant endDateTime) {
    }

    /**
     * The parties ({@code PartiesRequestType}).
     *
     * @param sender      the sender
     * @param recipient   the recipient
     * @param consignor   the consignor
     * @param consignee   the consignee
     * @param pickupPoint the pickup point
     * @param importer    the importer
     * @param returnTo    the return address
     */
    @JsonPropertyOrder({"sender", "recipient", "consignor", "consignee", "pickupPoint", "importer", "returnTo"})
    record Parties(Party sender, Party recipient, Party consignor, Party consignee, PickupPoint pickupPoint,
                   Party importer, Party returnTo) {
    }

    /**
     * A party ({@code PartyRequestType}).
     *
     * @param name                  name
     * @param addressLine           address
     * @param addressLine2          second address line
     * @param postalCode            postal code
     * @param city                  city
     * @param countryCode           country
     * @param reference             reference
     * @param additionalAddressInfo instruction printed on the label
     * @param vatNumber             organisation number
     * @param contact               contact
     */
    @JsonPropertyOrder({"name", "addressLine", "addressLine2", "postalCode", "city", "countryCode", "reference",
            "additionalAddressInfo", "vatNumber", "contact"})
    record Party(String name, String addressLine, String addressLine2, String postalCode, String city,
                 String countryCode, String reference, String additionalAddressInfo, String vatNumber,
                 Contact contact) {
    }

    /**
     * Contact details.
     *
     * @param name        name
     * @param email       e-mail
     * @param phoneNumber phone number
     */
    @JsonPropertyOrder({"name", "email", "phoneNumber"})
    record Contact(String name, String email, String phoneNumber) {
    }

    /**
     * A pickup point.
     *
     * @param id          its id
     * @param countryCode its country
     */
    @JsonPropertyOrder({"id", "countryCode"})
    record PickupPoint(String id, String countryCode) {
    }

    /**
     * The product ({@code ProductRequestType}).
     *
     * @param id                            product id
     * @param nonStandardCourierProductCode customized courier product code
     * @param customerNumber                customer number
     * @param services                      the services object: the earlier way of asking for
     *                                      services, still the place of {@code deliveryOption}
     * @param additionalServices            additional services
     * @param messageForRecipient           message for the recipient
     * @param whoPaysInvoice                who pays
     * @param incotermRule                  Incoterms rule
     * @param ediCustomsDeclarations        customs declaration
     * @param explicitAdditionalServices    a flag of Bring's examples, as given
     */
    @JsonPropertyOrder({"id", "nonStandardCourierProductCode", "customerNumber", "services", "additionalServices",
            "messageForRecipient", "whoPaysInvoice", "incotermRule", "ediCustomsDeclarations",
            "explicitAdditionalServices"})
    record Product(String id, String nonStandardCourierProductCode, String customerNumber, Services services,
                   @JacksonXmlElementWrapper(localName = "additionalServices", namespace = DocumentWriter.NAMESPACE)
                   @JacksonXmlProperty(localName = "additionalService") List<AdditionalService> additionalServices,
                   String messageForRecipient, String whoPaysInvoice, String incotermRule,
                   CustomsDeclarations ediCustomsDeclarations, Boolean explicitAdditionalServices) {
    }

    /**
     * The services object of the earlier schema ({@code ServicesRequestType}; {@code eveDelivery}
     * as Bring's JSON examples spell {@code eveningDelivery}). Flags are strings there
     * ({@code "true"}).
     *
     * @param recipientNotification e-mail/SMS notification
     * @param quickPackEnvelope     QuickPack envelope flag
     * @param cashOnDelivery        cash on delivery
     * @param deliveryOption        delivery attempts option (the only field written)
     * @param flexDelivery          flex delivery
     * @param deliveryIndoors       delivery indoors
     * @param phoneNotification     phone notification flag
     * @param nonFreeze             non-freeze flag
     * @param dangerousGoods        dangerous goods
     * @param express               Oil Express express flag
     * @param advisering            notification by letter flag
     * @param simpleDelivery        simple delivery flag
     * @param insurance             insurance flag
     * @param saturdayDelivery      Saturday delivery flag
     * @param letterNotification    letter notification flag
     * @param eveningDelivery       evening delivery flag
     * @param eveDelivery           evening delivery flag, as the JSON examples spell it
     */
    record Services(ContactChannels recipientNotification, String quickPackEnvelope, CashOnDelivery cashOnDelivery,
                    String deliveryOption, Message flexDelivery, Message deliveryIndoors, String phoneNotification,
                    String nonFreeze, DangerousGoods dangerousGoods, String express, String advisering,
                    String simpleDelivery, String insurance, String saturdayDelivery, String letterNotification,
                    String eveningDelivery, String eveDelivery) {

        /**
         * Only a delivery option: what the current schema keeps in {@code services}.
         *
         * @param deliveryOption the option
         * @return the services
         */
        static Services deliveryOption(String deliveryOption) {
            return new Services(null, null, null, deliveryOption, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
    }

    /**
     * E-mail and mobile of {@code recipientNotification}.
     *
     * @param email  e-mail
     * @param mobile mobile
     */
    record ContactChannels(String email, String mobile) {
    }

    /**
     * A services object that holds a message ({@code flexDelivery}, {@code deliveryIndoors}).
     *
     * @param message the message
     */
    record Message(String message) {
    }

    /**
     * Cash on delivery in the services object ({@code CashOnDeliveryRequestType}).
     *
     * @param accountNumber account
     * @param accountType   bankgiro or plusgiro
     * @param amount        amount
     * @param currencyCode  currency
     * @param message       payment message
     */
    record CashOnDelivery(String accountNumber, String accountType, BigDecimal amount, String currencyCode,
                          PaymentMessage message) {
    }

    /**
     * A cash-on-delivery payment message.
     *
     * @param value KID or text
     * @param type  {@code kid} or {@code text}
     */
    @JsonPropertyOrder({"value", "type"})
    record PaymentMessage(String value, String type) {
    }

    /**
     * Dangerous goods in the services object ({@code DangerousGoodsRequestType}).
     *
     * @param containerId           container
     * @param weightInGrams         weight
     * @param unNumber              UN number
     * @param commodity             commodity
     * @param packingGroup          packing group
     * @param dangerClass           danger class
     * @param tunnelRestrictionCode tunnel restriction code
     * @param safetyMarkCode        safety mark code
     * @param factor                factor
     */
    record DangerousGoods(String containerId, Integer weightInGrams, String unNumber, String commodity,
                          String packingGroup, String dangerClass, String tunnelRestrictionCode,
                          String safetyMarkCode, Integer factor) {
    }

    /**
     * An additional service ({@code AdditionalServiceRequestType}): the id and the details of
     * every kind of service, flat, and every other attribute as it was given (Bring's services
     * are an open set, each with attributes of its own), written after the typed ones.
     *
     * @param id                           service id
     * @param email                        e-mail (notification)
     * @param mobile                       mobile (notification)
     * @param message                      message (flex delivery, delivery indoors)
     * @param accountNumber                cash on delivery: account
     * @param accountType                  cash on delivery: bankgiro or plusgiro
     * @param amount                       cash on delivery: amount
     * @param currencyCode                 cash on delivery: currency
     * @param codMessage                   cash on delivery: payment message
     * @param containerId                  dangerous goods: container
     * @param weightInGrams                dangerous goods: weight
     * @param unNumber                     dangerous goods: UN number
     * @param commodity                    dangerous goods: commodity
     * @param packingGroup                 dangerous goods: packing group
     * @param dangerClass                  dangerous goods: class
     * @param tunnelRestrictionCode        dangerous goods: tunnel restriction code
     * @param safetyMarkCode               dangerous goods: safety mark code
     * @param factor                       dangerous goods: factor
     * @param limitedQuantitiesGrossWeight limited quantities (0003): gross weight in grams
     * @param numberOfItems                number of items
     * @param otherAttributes              every other attribute, by name, as JSON or XML gave it
     */
    @JsonPropertyOrder({"id", "email", "mobile", "message", "accountNumber", "accountType", "amount", "currencyCode",
            "codMessage", "containerId", "weightInGrams", "unNumber", "commodity", "packingGroup", "dangerClass",
            "tunnelRestrictionCode", "safetyMarkCode", "factor", "limitedQuantitiesGrossWeight", "numberOfItems"})
    record AdditionalService(String id, String email, String mobile, String message, String accountNumber,
                             String accountType, BigDecimal amount, String currencyCode, PaymentMessage codMessage,
                             String containerId, Integer weightInGrams, String unNumber, String commodity,
                             String packingGroup, String dangerClass, String tunnelRestrictionCode,
                             String safetyMarkCode, Integer factor, Integer limitedQuantitiesGrossWeight,
                             Integer numberOfItems,
                             @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> otherAttributes) {
    }

    /**
     * The EDI customs declaration: nature, then one {@code ediCustomsDeclaration} per line (not
     * wrapped, in JSON a list).
     *
     * @param natureOfTransaction                 nature
     * @param otherNatureOfTransactionDescription what it is when OTHER
     * @param iossNumber                          IOSS number
     * @param ediCustomsDeclaration               the lines
     */
    @JsonPropertyOrder({"natureOfTransaction", "otherNatureOfTransactionDescription", "iossNumber",
            "ediCustomsDeclaration"})
    record CustomsDeclarations(String natureOfTransaction, String otherNatureOfTransactionDescription,
                               String iossNumber,
                               @JacksonXmlElementWrapper(useWrapping = false)
                               List<CustomsLine> ediCustomsDeclaration) {
    }

    /**
     * A customs line ({@code EDICustomsDeclarationRequestType}, an {@code xs:sequence}).
     *
     * @param quantity             quantity
     * @param goodsDescription     goods
     * @param customsArticleNumber tariff number
     * @param itemNetWeightInKg    net weight
     * @param tarriffLineAmount    value, as Bring spells it
     * @param currency             currency
     * @param countryOfOrigin      country of origin
     */
    @JsonPropertyOrder({"quantity", "goodsDescription", "customsArticleNumber", "itemNetWeightInKg",
            "tarriffLineAmount", "currency", "countryOfOrigin"})
    record CustomsLine(Integer quantity, String goodsDescription, String customsArticleNumber,
                       BigDecimal itemNetWeightInKg, BigDecimal tarriffLineAmount, String currency,
                       String countryOfOrigin) {
    }

    /**
     * The return service.
     *
     * @param id                 return product id
     * @param additionalServices its additional services
     */
    @JsonPropertyOrder({"id", "additionalServices"})
    record ReturnProduct(String id,
                         @JacksonXmlElementWrapper(localName = "additionalServices", namespace = DocumentWriter.NAMESPACE)
                         @JacksonXmlProperty(localName = "additionalService") List<AdditionalService> additionalServices) {
    }

    /**
     * Purchase order numbers ({@code PurchaseOrderRequestType}).
     *
     * @param purchaseOrderNumber the numbers (repeated, not wrapped)
     */
    record PurchaseOrder(@JacksonXmlElementWrapper(useWrapping = false) List<String> purchaseOrderNumber) {
    }

    /**
     * A package ({@code PackageRequestType}).
     *
     * @param correlationId    your id (an attribute in XML)
     * @param weightInKg       weight
     * @param goodsDescription goods
     * @param volumeInDm3      volume
     * @param dimensions       dimensions
     * @param containerId      container
     * @param packageType      package type
     * @param numberOfItems    items
     * @param isStackable      stackable pallet
     * @param numberOfPallets  pallets
     * @param loadMeters       load meters
     */
    @JsonPropertyOrder({"correlationId", "weightInKg", "goodsDescription", "volumeInDm3", "dimensions", "containerId",
            "packageType", "numberOfItems", "isStackable", "numberOfPallets", "loadMeters"})
    record Package(@JacksonXmlProperty(isAttribute = true) String correlationId, BigDecimal weightInKg,
                   String goodsDescription, BigDecimal volumeInDm3, Dimensions dimensions, String containerId,
                   String packageType, Integer numberOfItems, @JsonProperty("isStackable") Boolean isStackable,
                   Integer numberOfPallets, BigDecimal loadMeters) {
    }

    /**
     * Dimensions in centimetres.
     *
     * @param heightInCm height
     * @param widthInCm  width
     * @param lengthInCm length
     */
    @JsonPropertyOrder({"heightInCm", "widthInCm", "lengthInCm"})
    record Dimensions(Integer heightInCm, Integer widthInCm, Integer lengthInCm) {
    }
}
