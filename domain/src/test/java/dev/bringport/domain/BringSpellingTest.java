package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BringSpellingTest {

    @ParameterizedTest(name = "camelCase({0}) = {1}")
    @CsvSource({
            "DELIVERY_PARTY,  DeliveryParty",
            "DeliveryParty,   DeliveryParty",
            "RESPONSE_DATE,   ResponseDate",
            "ResponseDate,    ResponseDate",
            "ORIGINAL,        Original",
            "Original,        Original",
            "DOCUMENT_DATE,   DocumentDate",
            "START_LOCATION,  StartLocation",
            "VENDOR_ITEM_NO,  VendorItemNo"})
    void camelCase(String value, String expected) {
        assertThat(BringSpelling.camelCase(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "upperSnakeCase({0}) = {1}")
    @CsvSource({
            "DeliveryParty,  DELIVERY_PARTY",
            "DELIVERY_PARTY, DELIVERY_PARTY",
            "ResponseDate,   RESPONSE_DATE",
            "Original,       ORIGINAL",
            "ORIGINAL,       ORIGINAL",
            "VendorItemNo,   VENDOR_ITEM_NO",
            "EAN,            EAN",
            "thirdParty,     THIRD_PARTY"})
    void upperSnakeCase(String value, String expected) {
        assertThat(BringSpelling.upperSnakeCase(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} and {1} match: {2}")
    @CsvSource({
            "DELIVERY_PARTY, DeliveryParty,  true",
            "DeliveryParty,  DeliveryParty,  true",
            "ORIGINAL,       Original,       true",
            "original,       Original,       true",
            "EAN,            EAN,            true",
            "ean,            EAN,            true",
            "VENDOR_ITEM_NO, VendorItemNo,   true",
            "' Original ',   Original,       true",
            "ORDERING_PARTY, DeliveryParty,  false",
            "UPDATE,         Original,       false",
            "EANS,           EAN,            false"})
    void matches(String value, String bringName, boolean expected) {
        assertThat(BringSpelling.matches(value, bringName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"DeliveryParty", "ResponseDate", "PurchaseOrder", "PhysicalAddress"})
    void theTwoSpellingsRoundTrip(String camel) {
        assertThat(BringSpelling.camelCase(BringSpelling.upperSnakeCase(camel))).isEqualTo(camel);
    }
}
