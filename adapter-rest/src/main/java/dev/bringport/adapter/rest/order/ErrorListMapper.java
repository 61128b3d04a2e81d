package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import java.util.List;
import java.util.Optional;

/** Reads Bring's {@code ErrorList} (GET {@code /errorCodes}): every code as Bring spells it, known or not. */
final class ErrorListMapper {

    private ErrorListMapper() {
    }

    /**
     * The definitions of an answer, in Bring's order; entries without a code are skipped.
     *
     * @param answer the answer
     * @return the definitions
     */
    static List<ErrorDefinition> definitions(ErrorList answer) {
        return each(answer.errorTypes).stream().filter(e -> text(e.code).isPresent())
                .map(e -> new ErrorDefinition(ErrorCode.of(text(e.code).get()), text(e.description).orElse(""),
                        Optional.empty()))
                .toList();
    }
}
