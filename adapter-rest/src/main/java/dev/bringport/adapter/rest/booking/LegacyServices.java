package dev.bringport.adapter.rest.booking;

import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.CashOnDelivery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code product.services{}} object of the earlier booking schema, read as the additional
 * services that replaced it (the Booking page's service list): {@code recipientNotification}
 * becomes {@code EVARSLING}, {@code cashOnDelivery} {@code POSTOPPKRAV}, {@code flexDelivery}
 * {@code FLEX_DELIVERY}, {@code deliveryIndoors} {@code DELIVERY_INDOOR}, {@code dangerousGoods}
 * {@code DANGEROUS_GOODS}, and the flags ({@code "true"}) {@code ENVELOPE}, {@code PHONENOTIFICATION},
 * {@code NON_FREEZE}, {@code OX_EXPRESS}, {@code ADVISERING}, {@code SIMPLE_DELIVERY},
 * {@code INSURANCE}, {@code LORDAGSUTKJORING} and {@code EVE_DELIVERY}. The old schema named its
 * services (the {@code SERVICEPAKKE} era), so the named ids are used. {@code deliveryOption}
 * stays in {@code services} in the current schema and is not an additional service.
 */
final class LegacyServices {

    private LegacyServices() {
    }

    /**
     * The additional services an old services object asks for.
     *
     * @param services the services object
     * @return the services, in the schema's order
     * @throws IllegalArgumentException for a flag that is neither true nor false, or a service
     *         without a current equivalent ({@code letterNotification})
     */
    static List<AdditionalService> additionalServices(BookingRequestDocument.Services services) {
        List<AdditionalService> found = new ArrayList<>();
        Optional.ofNullable(services.recipientNotification()).ifPresent(n -> found.add(
                AdditionalService.eVarsling(n.email(), n.mobile())));
        flag(services.quickPackEnvelope(), "quickPackEnvelope", "ENVELOPE", found);
        Optional.ofNullable(services.cashOnDelivery()).ifPresent(cod -> found.add(cashOnDelivery(cod)));
        Optional.ofNullable(services.flexDelivery()).ifPresent(m -> found.add(withMessage("FLEX_DELIVERY", m.message())));
        Optional.ofNullable(services.deliveryIndoors()).ifPresent(m ->
                found.add(withMessage(AdditionalService.DELIVERY_INDOOR, m.message())));
        flag(services.phoneNotification(), "phoneNotification", "PHONENOTIFICATION", found);
        flag(services.nonFreeze(), "nonFreeze", "NON_FREEZE", found);
        Optional.ofNullable(services.dangerousGoods()).ifPresent(dg -> found.add(AdditionalService.dangerousGoods(
                BookingRequestMapper.dangerousGoods(dg.containerId(), dg.weightInGrams(), dg.unNumber(), dg.commodity(),
                        dg.packingGroup(), dg.dangerClass(), dg.tunnelRestrictionCode(), dg.safetyMarkCode(),
                        dg.factor()))));
        flag(services.express(), "express", "OX_EXPRESS", found);
        flag(services.advisering(), "advisering", "ADVISERING", found);
        flag(services.simpleDelivery(), "simpleDelivery", "SIMPLE_DELIVERY", found);
        flag(services.insurance(), "insurance", "INSURANCE", found);
        flag(services.saturdayDelivery(), "saturdayDelivery", "LORDAGSUTKJORING", found);
        flag(services.eveningDelivery(), "eveningDelivery", "EVE_DELIVERY", found);
        flag(services.eveDelivery(), "eveDelivery", "EVE_DELIVERY", found);
        if (isSet(services.letterNotification(), "letterNotification")) {
            throw new IllegalArgumentException("product.services.letterNotification has no additional service the library "
                    + "knows to send instead; ask for it in product.additionalServices with its service id");
        }
        return found.stream().filter(distinctIds()).toList();
    }

    private static Predicate<AdditionalService> distinctIds() {
        Set<String> seen = new HashSet<>();
        return s -> seen.add(s.id().toUpperCase(Locale.ROOT));
    }

    private static AdditionalService cashOnDelivery(BookingRequestDocument.CashOnDelivery cod) {
        CashOnDelivery details = BookingRequestMapper.cashOnDelivery(cod.accountNumber(), cod.accountType(), cod.amount(),
                cod.currencyCode(), cod.message());
        return new AdditionalService(AdditionalService.POSTOPPKRAV, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(details), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AdditionalService withMessage(String id, String message) {
        return new AdditionalService(id, Optional.empty(), Optional.empty(), Optional.ofNullable(message), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void flag(String value, String name, String id, List<AdditionalService> found) {
        if (isSet(value, name)) {
            found.add(AdditionalService.of(id));
        }
    }

    /** A flag of the old schema: {@code "true"} or {@code "false"}; absent is false. */
    private static boolean isSet(String value, String name) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException("product.services." + name + " must be true or false, was '" + value + "'");
    }
}
