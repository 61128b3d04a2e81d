package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.BookingCodes;
import dev.bringport.domain.order.OrderManagementCodes;
import dev.bringport.domain.pickup.PickupCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named code constant, found by reflection so that a new constant cannot escape, is a code
 * of its catalogue, spelled as its name says.
 */
class CodeConstantsTest {

    static Stream<Arguments> constantClasses() {
        return Stream.of(
                Arguments.of(OrderManagementCodes.class, ErrorCatalogue.orderManagement()),
                Arguments.of(BookingCodes.class, ErrorCatalogue.booking()),
                Arguments.of(PickupCodes.class, ErrorCatalogue.booking()));
    }

    private static List<Field> codeConstants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
                .filter(f -> f.getType() == ErrorCode.class)
                .toList();
    }

    private static ErrorCode valueOf(Field field) {
        try {
            return (ErrorCode) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constantClasses")
    void everyConstantIsACodeOfItsCatalogue(Class<?> holder, ErrorCatalogue catalogue) {
        List<Field> constants = codeConstants(holder);
        List<ErrorCode> catalogued = catalogue.definitions().stream().map(ErrorDefinition::code).toList();

        assertThat(constants).as("public static ErrorCode fields of %s", holder.getSimpleName()).isNotEmpty();
        assertThat(constants).allSatisfy(field -> {
            assertThat(Modifier.isFinal(field.getModifiers())).as("%s is final", field.getName()).isTrue();
            assertThat(catalogued).as("%s.%s", holder.getSimpleName(), field.getName()).contains(valueOf(field));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constantClasses")
    void everyConstantIsNamedAfterItsCode(Class<?> holder, ErrorCatalogue catalogue) {
        assertThat(codeConstants(holder)).allSatisfy(field ->
                assertThat(valueOf(field).value().replace('-', '_')).as(field.getName()).isEqualTo(field.getName()));
    }
}
