package dev.bringport.adapter.rest.booking;

import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameXml;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedXml;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The golden comparison is tolerant only where it says it is: it still catches a wrong value, field or order. */
class BodyComparisonTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String consignment) {
        return "<bookingRequest xmlns=\"http://www.bring.no/booking/\" testIndicator=\"true\"><consignments>"
                + "<consignment>" + consignment + "</consignment></consignments></bookingRequest>";
    }

    @Test
    void jsonNumbersDatesNullsAndConvertedXmlCompareByValue() {
        var documented = documentedJson(utf8("{\"bookingRequest\": {\"-xmlns\": \"x\", \"-testIndicator\": \"true\", "
                + "\"consignments\": {\"consignment\": {\"shippingDateTime\": \"2020-05-05T10:00:00\", \"weightInKg\": \"1.0\", "
                + "\"addressLine2\": null}}}}"));
        assertThatCode(() -> assertSameJson(documented, utf8("{\"testIndicator\": true, \"consignments\": "
                + "[{\"shippingDateTime\": 1588665600000, \"weightInKg\": 1}]}"))).doesNotThrowAnyException();
    }

    @Test
    void jsonCatchesAWrongValueAMissingFieldAndAnExtraOne() {
        var documented = documentedJson(utf8("{\"a\": 1, \"b\": \"x\"}"));
        assertThatThrownBy(() -> assertSameJson(documented, utf8("{\"a\": 2, \"b\": \"x\"}"))).hasMessageContaining("a:");
        assertThatThrownBy(() -> assertSameJson(documented, utf8("{\"a\": 1}"))).hasMessageContaining("documented but not written");
        assertThatThrownBy(() -> assertSameJson(documented, utf8("{\"a\": 1, \"b\": \"x\", \"c\": 3}")))
                .hasMessageContaining("written but not documented");
    }

    @Test
    void xmlComparesNumbersAndDatesByValueAndDropsEmptyElements() {
        var documented = documentedXml(utf8(xml("<shippingDateTime>2016-08-05T06:24:09</shippingDateTime>"
                + "<packages><package><weightInKg> 1.0 </weightInKg><goodsDescription></goodsDescription></package></packages>")));
        assertThatCode(() -> assertSameXml(documented, utf8(xml("<shippingDateTime>2016-08-05T06:24:09.000+02:00"
                + "</shippingDateTime><packages><package><weightInKg>1</weightInKg></package></packages>")), true))
                .doesNotThrowAnyException();
    }

    @Test
    void xmlCatchesAWrongValueAndAMissingElement() {
        var documented = documentedXml(utf8(xml("<packages><package><weightInKg>1.1</weightInKg></package></packages>")));
        assertThatThrownBy(() -> assertSameXml(documented, utf8(xml(
                "<packages><package><weightInKg>1.2</weightInKg></package></packages>")), true)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSameXml(documented, utf8(xml("<packages><package/></packages>")), true))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void xmlOrderCountsInsideASequenceOnlyWhenAskedAndNeverInsideAnAll() {
        var documented = documentedXml(utf8(xml("<shippingDateTime>2016-08-05T06:24:09</shippingDateTime>"
                + "<product><id>5000</id><customerNumber>5</customerNumber></product>")));
        byte[] consignmentSwapped = utf8(xml("<product><id>5000</id><customerNumber>5</customerNumber></product>"
                + "<shippingDateTime>2016-08-05T06:24:09</shippingDateTime>"));
        byte[] productSwapped = utf8(xml("<shippingDateTime>2016-08-05T06:24:09</shippingDateTime>"
                + "<product><customerNumber>5</customerNumber><id>5000</id></product>"));

        assertThatThrownBy(() -> assertSameXml(documented, consignmentSwapped, true)).isInstanceOf(AssertionError.class);
        assertThatCode(() -> assertSameXml(documented, consignmentSwapped, false)).doesNotThrowAnyException();
        assertThatCode(() -> assertSameXml(documented, productSwapped, true)).doesNotThrowAnyException();
    }
}
