package dev.bringport.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bring spells each value in upper snake case in JSON and in camel case in XML and its field table. */
class OrderEnumsTest {

    @ParameterizedTest
    @CsvSource({
            "Order,          ORDER",
            "ORDER,          ORDER",
            "PurchaseOrder,  PURCHASE_ORDER",
            "PURCHASE_ORDER, PURCHASE_ORDER"})
    void orderType(String bring, OrderType expected) {
        assertThat(OrderType.fromBring(bring)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SalesOrder", "SALES_ORDER", "ArticleBalance", ""})
    void orderTypesBringDoesNotOfferAreRefused(String value) {
        // "SalesOrder (Not in use)"
        assertThatIllegalArgumentException().isThrownBy(() -> OrderType.fromBring(value));
    }

    @ParameterizedTest
    @CsvSource({
            "Original, ORIGINAL",
            "ORIGINAL, ORIGINAL",
            "Update,   UPDATE",
            "UPDATE,   UPDATE",
            "Deletion, DELETION",
            "DELETION, DELETION"})
    void updateIndicator(String bring, UpdateIndicator expected) {
        assertThat(UpdateIndicator.fromBring(bring)).isEqualTo(expected);
    }

    @Test
    void anUndocumentedUpdateIndicatorIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> UpdateIndicator.fromBring("Other"));
    }

    @ParameterizedTest
    @CsvSource({
            "PostalAddress,    POSTAL_ADDRESS",
            "POSTAL_ADDRESS,   POSTAL_ADDRESS",
            "PhysicalAddress,  PHYSICAL_ADDRESS",
            "PHYSICAL_ADDRESS, PHYSICAL_ADDRESS"})
    void addressType(String bring, AddressType expected) {
        assertThat(AddressType.fromBring(bring)).isEqualTo(expected);
    }

    @Test
    void anUndocumentedAddressTypePassesThroughAsWritten() {
        AddressType visiting = AddressType.fromBring("VisitingAddress");

        assertThat(visiting.bringName()).isEqualTo("VisitingAddress");
        assertThat(visiting.isDocumented()).isFalse();
        assertThat(AddressType.POSTAL_ADDRESS.isDocumented()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anAddressWithoutKindIsRefused(String absent) {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressType.fromBring(absent))
                .withMessageContaining("subClass");
    }

    @ParameterizedTest
    @CsvSource({
            "CustomerItemNo,   CUSTOMER_ITEM_NO",
            "CUSTOMER_ITEM_NO, CUSTOMER_ITEM_NO",
            "VendorItemNo,     VENDOR_ITEM_NO",
            "VENDOR_ITEM_NO,   VENDOR_ITEM_NO",
            "EAN,              EAN"})
    void articleIdType(String bring, ArticleIdType expected) {
        assertThat(ArticleIdType.fromBring(bring)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anArticleIdWithoutTypeIsACustomerItemNo(String absent) {
        // "If not used ArticleId default is CustomerItemNo."
        assertThat(ArticleIdType.fromBring(absent)).isEqualTo(ArticleIdType.CUSTOMER_ITEM_NO);
    }

    @Test
    void anUndocumentedArticleIdTypePassesThroughAsWritten() {
        ArticleIdType gtin = ArticleIdType.fromBring("GTIN");

        assertThat(gtin.bringName()).isEqualTo("GTIN");
        assertThat(gtin.isDocumented()).isFalse();
        assertThat(ArticleIdType.EAN.isDocumented()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void orderTypesRoundTrip(OrderType type) {
        assertThat(OrderType.fromBring(type.bringName())).isEqualTo(type);
        assertThat(OrderType.fromBring(type.name())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(UpdateIndicator.class)
    void updateIndicatorsRoundTrip(UpdateIndicator indicator) {
        assertThat(UpdateIndicator.fromBring(indicator.bringName())).isEqualTo(indicator);
        assertThat(UpdateIndicator.fromBring(indicator.name())).isEqualTo(indicator);
    }

    @Test
    void addressTypesRoundTrip() {
        for (AddressType type : AddressType.DOCUMENTED) {
            assertThat(AddressType.fromBring(type.bringName())).isSameAs(type);
        }
    }

    @Test
    void articleIdTypesRoundTrip() {
        for (ArticleIdType type : ArticleIdType.DOCUMENTED) {
            assertThat(ArticleIdType.fromBring(type.bringName())).isSameAs(type);
        }
    }
}
