package dev.bringport.domain.booking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An additional service (VAS) on a product ({@code additionalServices[]}), e.g. {@code EVARSLING}
 * (with e-mail or mobile), {@code 1000}/{@code POSTOPPKRAV} (cash on delivery),
 * {@code DANGEROUS_GOODS}, {@code DELIVERY_INDOOR} (with a message), {@code 1081}, {@code 0003}
 * (limited quantities). Service ids are an open set: Bring's list grows, and so do the
 * attributes of its services. The attributes Bring documents for many services are typed here;
 * any other ({@code code} of service 1380, or what Bring adds tomorrow) is kept as given in
 * {@link #otherAttributes()} and sent to Bring as it is.
 *
 * @param id                          the service id
 * @param email                       e-mail for notification services
 * @param mobile                      mobile number for notification services
 * @param message                     a message, e.g. for delivery indoors
 * @param cashOnDelivery              cash-on-delivery details
 * @param dangerousGoods              dangerous goods details
 * @param numberOfItems               number of items the service applies to
 * @param limitedQuantitiesGrossWeight gross weight of limited quantities (service {@code 0003})
 * @param otherAttributes             every other attribute, by name, in the order given; never one of
 *                                    {@link #TYPED_ATTRIBUTES}
 */
public record AdditionalService(String id, Optional<String> email, Optional<String> mobile, Optional<String> message,
                                Optional<CashOnDelivery> cashOnDelivery, Optional<DangerousGoods> dangerousGoods,
                                Optional<Integer> numberOfItems, Optional<Integer> limitedQuantitiesGrossWeight,
                                Map<String, AttributeValue> otherAttributes) {

    /** E-mail or SMS notification to the recipient. */
    public static final String EVARSLING = "EVARSLING";
    /** Cash on delivery. */
    public static final String CASH_ON_DELIVERY = "1000";
    /** Cash on delivery, by name. */
    public static final String POSTOPPKRAV = "POSTOPPKRAV";
    /** Dangerous goods. */
    public static final String DANGEROUS_GOODS = "DANGEROUS_GOODS";
    /** Delivery indoors. */
    public static final String DELIVERY_INDOOR = "DELIVERY_INDOOR";

    /**
     * The attribute names the record types (those of {@code AdditionalServiceRequestType} in
     * {@code booking-v1.xsd}), which {@link #otherAttributes()} never holds.
     */
    public static final Set<String> TYPED_ATTRIBUTES = Set.of("id", "email", "mobile", "message", "accountNumber",
            "accountType", "amount", "currencyCode", "codMessage", "containerId", "weightInGrams", "unNumber", "commodity",
            "packingGroup", "dangerClass", "tunnelRestrictionCode", "safetyMarkCode", "factor",
            "limitedQuantitiesGrossWeight", "numberOfItems");

    /**
     * Requires an id (blank is reported by {@link BookingRules}), treats blank text as absent, and copies the
     * other attributes, refusing a name the record types or Bring could not spell.
     *
     * @param id                           the service id
     * @param email                        e-mail for notification services
     * @param mobile                       mobile number for notification services
     * @param message                      a message, e.g. for delivery indoors
     * @param cashOnDelivery               cash-on-delivery details
     * @param dangerousGoods               dangerous goods details
     * @param numberOfItems                number of items the service applies to
     * @param limitedQuantitiesGrossWeight gross weight of limited quantities (service {@code 0003})
     * @param otherAttributes              every other attribute, by name, in the order given; never one of
     *                                     {@link #TYPED_ATTRIBUTES}
     */
    public AdditionalService {
        Objects.requireNonNull(id, "id");
        email = Objects.requireNonNull(email, "email").filter(s -> !s.isBlank());
        mobile = Objects.requireNonNull(mobile, "mobile").filter(s -> !s.isBlank());
        message = Objects.requireNonNull(message, "message").filter(s -> !s.isBlank());
        Objects.requireNonNull(cashOnDelivery, "cashOnDelivery");
        Objects.requireNonNull(dangerousGoods, "dangerousGoods");
        Objects.requireNonNull(numberOfItems, "numberOfItems");
        Objects.requireNonNull(limitedQuantitiesGrossWeight, "limitedQuantitiesGrossWeight");
        otherAttributes = AttributeValue.Group.named(otherAttributes);
        otherAttributes.keySet().stream().filter(TYPED_ATTRIBUTES::contains).findFirst().ifPresent(typed -> {
            throw new IllegalArgumentException("otherAttributes cannot hold " + typed + ", which the service types");
        });
    }

    /**
     * A service without other attributes.
     *
     * @param id                          the service id
     * @param email                       e-mail for notification services
     * @param mobile                      mobile number for notification services
     * @param message                     a message, e.g. for delivery indoors
     * @param cashOnDelivery              cash-on-delivery details
     * @param dangerousGoods              dangerous goods details
     * @param numberOfItems               number of items the service applies to
     * @param limitedQuantitiesGrossWeight gross weight of limited quantities (service {@code 0003})
     */
    public AdditionalService(String id, Optional<String> email, Optional<String> mobile, Optional<String> message,
                             Optional<CashOnDelivery> cashOnDelivery, Optional<DangerousGoods> dangerousGoods,
                             Optional<Integer> numberOfItems, Optional<Integer> limitedQuantitiesGrossWeight) {
        this(id, email, mobile, message, cashOnDelivery, dangerousGoods, numberOfItems, limitedQuantitiesGrossWeight,
                Map.of());
    }

    /**
     * This service with one more attribute the record does not type, e.g. the {@code code} of
     * installation service 1380: {@code AdditionalService.of("1380").withAttribute("code",
     * AttributeValue.text("AABBCC"))}.
     *
     * @param name  the attribute's name, as Bring spells it
     * @param value its value
     * @return the service with the attribute (replacing one of the same name)
     * @throws IllegalArgumentException for a name the record types or Bring could not spell
     */
    public AdditionalService withAttribute(String name, AttributeValue value) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(otherAttributes);
        attributes.put(name, value);
        return new AdditionalService(id, email, mobile, message, cashOnDelivery, dangerousGoods, numberOfItems,
                limitedQuantitiesGrossWeight, attributes);
    }

    /**
     * A service with nothing but its id, e.g. {@code 1081}.
     *
     * @param id the service id
     * @return the service
     */
    public static AdditionalService of(String id) {
        return new AdditionalService(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * E-mail/SMS notification of the recipient.
     *
     * @param email  the e-mail, may be null
     * @param mobile the mobile number, may be null
     * @return the service
     */
    public static AdditionalService eVarsling(String email, String mobile) {
        return new AdditionalService(EVARSLING, Optional.ofNullable(email), Optional.ofNullable(mobile),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Cash on delivery.
     *
     * @param details account, amount, currency and message
     * @return the service
     */
    public static AdditionalService cashOnDelivery(CashOnDelivery details) {
        return new AdditionalService(CASH_ON_DELIVERY, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(details), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Dangerous goods.
     *
     * @param details UN number, commodity, weight...
     * @return the service
     */
    public static AdditionalService dangerousGoods(DangerousGoods details) {
        return new AdditionalService(DANGEROUS_GOODS, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(details), Optional.empty(), Optional.empty());
    }

    /**
     * Whether this is the service with an id, by number or name ({@code 1000} and {@code POSTOPPKRAV}
     * are both cash on delivery).
     *
     * @param ids the ids to match
     * @return whether it is one of them
     */
    public boolean is(String... ids) {
        for (String candidate : ids) {
            if (candidate.equalsIgnoreCase(id)) {
                return true;
            }
        }
        return false;
    }
}
