package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;

/**
 * Bring's {@code pickupOrderRequest} document (POST {@code /pickupOrder}) in both spellings and
 * all three of its ways: the current one ({@code service} and {@code pickupDetails} with
 * {@code packages}/{@code pallets}/{@code postContainers}, each with {@code count},
 * {@code weightInGrams}, {@code volumeInDm3}), the deprecated counts in {@code pickupDetails}
 * ({@code numberOfPackages}..., the examples' "new way"), and the oldest
 * {@code parcelsInformation}/{@code cargoInformation}/{@code parcelsInternationalInformation}.
 * The driver's message is {@code message} in JSON and {@code messageToDriver} in XML (and
 * {@code deliveryInstruction}/{@code deliveryInstructionToDriver} likewise). Written in the order
 * of {@code PickupOrderRequestType}'s {@code xs:sequence}. Mapped by {@link PickupOrderMapper}.
 *
 * @param testIndicator                   whether this is a test order (an attribute in XML)
 * @param service                         PARCEL or CARGO
 * @param customerInformation             who orders
 * @param pickupAddress                   where
 * @param pickupDate                      the date, {@code yyyy-MM-dd}
 * @param pickupIsReadyAtTime             the time the goods are ready, {@code HH:mm}
 * @param pickupTimeZone                  the time zone of date and time
 * @param parcelsInformation              oldest way: parcel pickup in Norway
 * @param countryCode                     the country
 * @param cargoInformation                oldest way: cargo pickup
 * @param parcelsInternationalInformation oldest way: parcel pickup in Sweden or Denmark
 * @param pickupDetails                   what to pick up
 */
@JacksonXmlRootElement(localName = "pickupOrderRequest")
@JsonPropertyOrder({"testIndicator", "service", "customerInformation", "pickupAddress", "pickupDate",
        "pickupIsReadyAtTime", "pickupTimeZone", "parcelsInformation", "countryCode", "cargoInformation",
        "parcelsInternationalInformation", "pickupDetails"})
record PickupOrderDocument(
        @JacksonXmlProperty(isAttribute = true) Boolean testIndicator,
        String service,
        CustomerInformation customerInformation,
        PickupAddress pickupAddress,
        String pickupDate,
        String pickupIsReadyAtTime,
        String pickupTimeZone,
        Counts parcelsInformation,
        String countryCode,
        Counts cargoInformation,
        Counts parcelsInternationalInformation,
        PickupDetails pickupDetails) {

    /**
     * Who orders the pickup.
     *
     * @param customerNumber the customer number
     * @param companyName    the company
     */
    @JsonPropertyOrder({"customerNumber", "companyName"})
    record CustomerInformation(String customerNumber, String companyName) {
    }

    /**
     * Where to pick up.
     *
     * @param street              street
     * @param postalCode          postal code
     * @param email               e-mail
     * @param phoneNumber         phone
     * @param city                city
     * @param contactName         contact
     * @param message             message to the driver ({@code messageToDriver} in XML)
     * @param deliveryInstruction instruction to the driver ({@code deliveryInstructionToDriver} in XML)
     */
    @JsonPropertyOrder({"street", "postalCode", "email", "phoneNumber", "city", "contactName", "message",
            "deliveryInstruction"})
    record PickupAddress(String street, String postalCode, String email, String phoneNumber, String city,
                         String contactName,
                         @JsonProperty("message") @JsonAlias("messageToDriver")
                         @JacksonXmlProperty(localName = "messageToDriver") String message,
                         @JsonProperty("deliveryInstruction") @JsonAlias("deliveryInstructionToDriver")
                         @JacksonXmlProperty(localName = "deliveryInstructionToDriver") String deliveryInstruction) {
    }

    /**
     * The counts of the deprecated ways ({@code parcelsInformation}, {@code cargoInformation},
     * {@code parcelsInternationalInformation}): totals for the whole pickup.
     *
     * @param numberOfPackages       packages
     * @param numberOfPostContainers post containers
     * @param numberOfPallets        pallets
     * @param weightInGrams          total weight
     * @param volumeInDm3            total volume
     */
    record Counts(Integer numberOfPackages, Integer numberOfPostContainers, Integer numberOfPallets,
                  Integer weightInGrams, BigDecimal volumeInDm3) {
    }

    /**
     * What to pick up: per kind of goods item, or (deprecated) counts and totals.
     *
     * @param packages               packages
     * @param pallets                pallets
     * @param postContainers         post containers
     * @param numberOfPackages       deprecated: use packages
     * @param numberOfPostContainers deprecated: use postContainers
     * @param numberOfPallets        deprecated: use pallets
     * @param weightInGrams          deprecated: the total weight
     * @param volumeInDm3            deprecated: use packages
     */
    @JsonPropertyOrder({"packages", "pallets", "postContainers"})
    record PickupDetails(Items packages, Items pallets, Items postContainers, Integer numberOfPackages,
                         Integer numberOfPostContainers, Integer numberOfPallets, Integer weightInGrams,
                         BigDecimal volumeInDm3) {
    }

    /**
     * How many of a kind of goods item, with weight and volume.
     *
     * @param count         how many
     * @param weightInGrams their weight
     * @param volumeInDm3   their volume
     */
    @JsonPropertyOrder({"count", "weightInGrams", "volumeInDm3"})
    record Items(Integer count, Integer weightInGrams, BigDecimal volumeInDm3) {
    }
}
