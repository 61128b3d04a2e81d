package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRulesTest {

    private static final List<Violation> BROKEN = List.of(new Violation("consignments[0].product.id",
            ErrorCode.of("BOOK-INPUT-018"), "must be given"));

    @Test
    void withoutTheVariableTheRulesAreOn() {
        assertThat(ClientRules.fromEnvironment(Map.of())).isEqualTo(ClientRules.ON);
        assertThat(ClientRules.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "rest"))).isEqualTo(ClientRules.ON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "ON", " On "})
    void onIsRead(String value) {
        assertThat(ClientRules.fromEnvironment(Map.of("BRINGPORT_CLIENT_RULES", value))).isEqualTo(ClientRules.ON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", "Off\n"})
    void offIsRead(String value) {
        assertThat(ClientRules.fromEnvironment(Map.of("BRINGPORT_CLIENT_RULES", value))).isEqualTo(ClientRules.OFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "false", "0", "no", "of", "on,off"})
    void anythingElseIsRefusedNamingTheVariableAndTheValue(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientRules.fromEnvironment(Map.of("BRINGPORT_CLIENT_RULES", value)))
                .withMessageContaining("BRINGPORT_CLIENT_RULES")
                .withMessageContaining("'" + value + "'")
                .withMessageContaining("on or off");
    }

    @Test
    void onRefusesABrokenRuleBeforeSendingWithEveryViolation() {
        assertThatThrownBy(() -> ClientRules.ON.check(Operation.BOOK, () -> BROKEN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.detectedBeforeSending()).isTrue();
                    assertThat(e.violations()).isEqualTo(BROKEN);
                    assertThat(e.operation()).isEqualTo(Operation.BOOK);
                });
    }

    @Test
    void onPassesWhenNoRuleIsBroken() {
        assertThatNoException().isThrownBy(() -> ClientRules.ON.check(Operation.BOOK, List::of));
    }

    @Test
    void offDoesNotEvenAskTheRules() {
        AtomicInteger asked = new AtomicInteger();

        ClientRules.OFF.check(Operation.BOOK, () -> {
            asked.incrementAndGet();
            return BROKEN;
        });

        assertThat(asked).hasValue(0);
    }

    @Test
    void theViolationsAreTheRulesWhenOnAndNoneWhenOff() {
        AtomicInteger asked = new AtomicInteger();

        assertThat(ClientRules.ON.violations(() -> BROKEN)).isEqualTo(BROKEN);
        assertThat(ClientRules.OFF.violations(() -> {
            asked.incrementAndGet();
            return BROKEN;
        })).isEmpty();
        assertThat(asked).hasValue(0);
    }
}
