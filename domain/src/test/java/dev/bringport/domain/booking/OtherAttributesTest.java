package dev.bringport.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An additional service keeps every attribute given: the typed ones in their components, any other
 * as an immutable value tree, in the order given, under a name Bring could spell.
 */
class OtherAttributesTest {

    @Test
    void service1380KeepsItsCode() {
        // issue 13 quotes Bring's service table: {"id": "1380", "numberOfItems": 2, "code": "AABBCC"}; the page lists code
        AdditionalService installation = new AdditionalService("1380", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2), Optional.empty(),
                Map.of("code", AttributeValue.text("AABBCC")));

        assertThat(installation.numberOfItems()).contains(2);
        assertThat(installation.otherAttributes()).containsExactly(Map.entry("code", new AttributeValue.Text("AABBCC")));
        assertThat(AdditionalService.of("1380").withAttribute("code", AttributeValue.text("AABBCC"))
                .otherAttributes()).isEqualTo(installation.otherAttributes());
    }

    @Test
    void nestedValuesKeepTheirOrderAndKinds() {
        Map<String, AttributeValue> details = new LinkedHashMap<>();
        details.put("floor", AttributeValue.number("3"));
        details.put("lift", AttributeValue.flag(true));
        details.put("notes", new AttributeValue.Items(List.of(AttributeValue.text("a"), AttributeValue.text("b"))));
        AdditionalService service = AdditionalService.of("1380").withAttribute("weight", AttributeValue.number("1.50"))
                .withAttribute("details", new AttributeValue.Group(details));

        assertThat(service.otherAttributes().keySet()).containsExactly("weight", "details");
        assertThat(service.otherAttributes().get("weight")).isEqualTo(new AttributeValue.Number(new BigDecimal("1.50")));
        assertThat(((AttributeValue.Group) service.otherAttributes().get("details")).attributes().keySet())
                .containsExactly("floor", "lift", "notes");
    }

    @Test
    void theTreeIsACopyNobodyCanChange() {
        Map<String, AttributeValue> given = new LinkedHashMap<>(Map.of("code", AttributeValue.text("AABBCC")));
        List<AttributeValue> items = new ArrayList<>(List.of(AttributeValue.text("a")));
        AdditionalService service = new AdditionalService("1380", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), given)
                .withAttribute("notes", new AttributeValue.Items(items));

        given.put("other", AttributeValue.text("x"));
        items.add(AttributeValue.text("b"));

        assertThat(service.otherAttributes()).containsOnlyKeys("code", "notes");
        assertThat(((AttributeValue.Items) service.otherAttributes().get("notes")).items()).hasSize(1);
        assertThatThrownBy(() -> service.otherAttributes().put("x", AttributeValue.text("y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "email", "mobile", "numberOfItems", "accountNumber", "codMessage", "unNumber",
            "limitedQuantitiesGrossWeight"})
    void aTypedAttributeCannotHideAmongTheOthers(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> AdditionalService.of("1380")
                .withAttribute(typed, AttributeValue.text("x"))).withMessageContaining(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2code", "-code", "a b", "code!", "<code>", "a:b", "xmlns", "XMLcode"})
    void aNameBringCouldNotSpellIsRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> AdditionalService.of("1380")
                .withAttribute(name, AttributeValue.text("x"))).withMessageContaining("attribute name");
        assertThatIllegalArgumentException().isThrownBy(() -> new AttributeValue.Group(Map.of(name,
                AttributeValue.text("x"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "_x", "numberOfItems2", "a.b", "a-b", "A1"})
    void namesAsBringSpellsThemAreAccepted(String name) {
        assertThat(AttributeValue.isName(name)).isTrue();
    }

    @Test
    void nullIsNoValue() {
        assertThatNullPointerException().isThrownBy(() -> AdditionalService.of("1380").withAttribute("code", null));
        assertThatNullPointerException().isThrownBy(() -> new AttributeValue.Text(null));
        assertThatNullPointerException().isThrownBy(() -> new AttributeValue.Items(java.util.Arrays.asList(
                AttributeValue.text("a"), null)));
    }
}
