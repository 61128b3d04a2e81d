package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * An additional service (VAS) on a product ({@code additionalServices[]}), e.g. {@code EVARSLING}
 * (with e-mail or mobile), {@code 1000}/{@code POSTOPPKRAV} (cash on delivery),
 * {@code DANGEROUS_GOODS}, {@code DELIVERY_INDOOR} (with a message), {@code 1081}, {@code 0003}
 * (limited quantities). Service ids are an open set: Bring's list grows.
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
public record AdditionalService(String id, Optional<String> email, Optional<String> mobile, Optional<String> message,
                                Optional<CashOnDelivery> cashOnDelivery, Optional<DangerousGoods> dangerousGoods,
                                Optional<Integer> numberOfItems, Optional<Integer> limitedQuantitiesGrossWeight) {

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

    /** Requires an id (blank is reported by {@link BookingRules}) and treats blank text as absent. */
    public AdditionalService {
        Objects.requireNonNull(id, "id");
        email = Objects.requireNonNull(email, "email").filter(s -> !s.isBlank());
        mobile = Objects.requireNonNull(mobile, "mobile").filter(s -> !s.isBlank());
        message = Objects.requireNonNull(message, "message").filter(s -> !s.isBlank());
        Objects.requireNonNull(cashOnDelivery, "cashOnDelivery");
        Objects.requireNonNull(dangerousGoods, "dangerousGoods");
        Objects.requireNonNull(numberOfItems, "numberOfItems");
        Objects.requireNonNull(limitedQuantitiesGrossWeight, "limitedQuantitiesGrossWeight");
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
