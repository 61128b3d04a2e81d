package dev.bringport.adapter.soap.booking;

import static dev.bringport.adapter.soap.transport.WireText.text;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_001;

import dev.bringport.adapter.soap.booking.generated.CustomerInformation;
import dev.bringport.adapter.soap.booking.generated.PickupApiErrorResponseType;
import dev.bringport.adapter.soap.booking.generated.PickupApiMessageResponseType;
import dev.bringport.adapter.soap.booking.generated.PickupConfirmationType;
import dev.bringport.adapter.soap.booking.generated.PickupOrderRequestType;
import dev.bringport.adapter.soap.booking.generated.PickupOrderResponseType;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Maps between the domain and the pickup messages of booking-v1.xsd ({@code pickupOrderRequest},
 * {@code pickupOrderResponse}). The schema has the pickup details of its time: totals
 * ({@code numberOfPackages}, {@code numberOfPallets}, {@code numberOfPostContainers}, one
 * {@code weightInGrams} and one {@code volumeInDm3}), so the weights and volumes of packages,
 * pallets and post containers travel as their sums.
 */
final class PickupMapper {

    private PickupMapper() {
    }

    /**
     * What a pickup order asks for that booking-v1.xsd has no place for.
     *
     * @param order the pickup order
     * @return a violation per such part
     */
    static List<Violation> notCarried(PickupOrder order) {
        return new Violations().require(order.address().deliveryInstruction().isEmpty(),
                "pickupAddress.deliveryInstruction", PICKUP_INPUT_001, "is not carried by Bring's SOAP booking service"
                        + " (booking-v1.xsd): use messageToDriver, or order the pickup with the REST adapter").toList();
    }

    static PickupOrderRequestType pickupOrder(PickupOrder order) {
        PickupOrderRequestType wire = new PickupOrderRequestType();
        wire.setTestIndicator(order.testIndicator());
        wire.setService(order.service().name());
        CustomerInformation customer = new CustomerInformation();
        customer.setCustomerNumber(order.customer().customerNumber());
        customer.setCompanyName(order.customer().companyName());
        wire.setCustomerInformation(customer);
        wire.setPickupAddress(address(order.address()));
        wire.setPickupDate(order.pickupDate().map(WireTime::date).orElse(null));
        wire.setPickupIsReadyAtTime(order.readyAt().map(WireTime::time).orElse(null));
        wire.setPickupTimeZone(order.timeZone().map(zone -> zone.getId()).orElse(null));
        wire.setCountryCode(order.countryCode());
        wire.setPickupDetails(details(order.details()));
        return wire;
    }

    private static dev.bringport.adapter.soap.booking.generated.PickupAddress address(PickupAddress address) {
        var wire = new dev.bringport.adapter.soap.booking.generated.PickupAddress();
        wire.setStreet(address.street());
        wire.setPostalCode(address.postalCode());
        wire.setEmail(address.email());
        wire.setPhoneNumber(address.phoneNumber());
        wire.setCity(address.city());
        wire.setContactName(address.contactName().orElse(null));
        wire.setMessageToDriver(address.messageToDriver().orElse(null));
        return wire;
    }

    private static dev.bringport.adapter.soap.booking.generated.PickupDetails details(PickupDetails details) {
        var wire = new dev.bringport.adapter.soap.booking.generated.PickupDetails();
        wire.setNumberOfPackages(details.packages().map(PickupItems::count).orElse(0));
        wire.setNumberOfPallets(details.pallets().map(PickupItems::count).orElse(null));
        wire.setNumberOfPostContainers(details.postContainers().map(PickupItems::count).orElse(null));
        List<PickupItems> all = Stream.of(details.packages(), details.pallets(), details.postContainers())
                .flatMap(Optional::stream).toList();
        wire.setWeightInGrams(all.stream().map(PickupItems::weightInGrams).flatMap(Optional::stream)
                .reduce(Integer::sum).orElse(null));
        wire.setVolumeInDm3(all.stream().map(PickupItems::volumeInDm3).flatMap(Optional::stream)
                .reduce(BigDecimal::add).orElse(null));
        return wire;
    }

    /**
     * The confirmation of a pickup answer, or Bring's errors thrown as the ports' failure.
     *
     * @param answer     the answer
     * @param httpStatus the HTTP status it came with
     * @return the confirmation
     */
    static PickupConfirmation confirmation(PickupOrderResponseType answer, OptionalInt httpStatus) {
        List<BringError> errors = answer.getErrors() == null ? List.of()
                : answer.getErrors().getError().stream().map(PickupMapper::error).toList();
        if (!errors.isEmpty()) {
            Failure failure = Failure.of(Operation.ORDER_PICKUP, errors);
            throw BringFailures.fromAnswer(httpStatus.isPresent() ? failure.withHttpStatus(httpStatus.getAsInt()) : failure);
        }
        PickupConfirmationType confirmation = answer.getPickupConfirmation();
        if (confirmation == null || confirmation.getEarliestPickupDate() == null) {
            throw new IllegalArgumentException("the pickup answer has neither a confirmation nor errors");
        }
        return new PickupConfirmation(text(confirmation.getStatus()).orElse(""),
                WireTime.instant(confirmation.getEarliestPickupDate()),
                Optional.ofNullable(confirmation.getLatestPickupDate()).map(WireTime::instant),
                text(confirmation.getUrl()).map(URI::create),
                text(confirmation.getPackageNumber()));
    }

    private static BringError error(PickupApiErrorResponseType error) {
        List<PickupApiMessageResponseType> messages = error.getMessages() == null ? List.of()
                : error.getMessages().getMessage();
        String message = messages.stream().filter(m -> "en".equalsIgnoreCase(m.getLang())).findFirst()
                .or(() -> messages.stream().findFirst())
                .map(PickupApiMessageResponseType::getValue).map(String::strip).orElse(error.getCode());
        return new BringError(ErrorCode.of(error.getCode()), message, text(error.getUniqueId()));
    }
}
