package dev.bringport.domain.booking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The EDI customs declaration of a consignment ({@code ediCustomsDeclarations}).
 *
 * @param natureOfTransaction          the purpose (required: {@code BOOK_VALIDATION-013})
 * @param otherNatureOfTransactionDescription what it is when the nature is {@code OTHER}
 * @param iossNumber                   Import One-Stop Shop number, {@code IM} and ten digits
 *                                     ({@code BOOK_VALIDATION-025}); only for sale of goods
 * @param lines                        the declared lines
 */
public record CustomsDeclaration(Optional<NatureOfTransaction> natureOfTransaction,
                                 Optional<String> otherNatureOfTransactionDescription, Optional<String> iossNumber,
                                 List<CustomsLine> lines) {

    /**
     * Treats blank text as absent and copies the lines.
     *
     * @param natureOfTransaction          the purpose (required: {@code BOOK_VALIDATION-013})
     * @param otherNatureOfTransactionDescription what it is when the nature is {@code OTHER}
     * @param iossNumber                   Import One-Stop Shop number, {@code IM} and ten digits
     *                                     ({@code BOOK_VALIDATION-025}); only for sale of goods
     * @param lines                        the declared lines
     */
    public CustomsDeclaration {
        Objects.requireNonNull(natureOfTransaction, "natureOfTransaction");
        otherNatureOfTransactionDescription = Objects.requireNonNull(otherNatureOfTransactionDescription,
                "otherNatureOfTransactionDescription").filter(s -> !s.isBlank());
        iossNumber = Objects.requireNonNull(iossNumber, "iossNumber").filter(s -> !s.isBlank());
        lines = List.copyOf(lines);
    }

    /**
     * A declaration of a nature with its lines.
     *
     * @param nature the nature of the transaction
     * @param lines  the lines
     * @return the declaration
     */
    public static CustomsDeclaration of(NatureOfTransaction nature, List<CustomsLine> lines) {
        return new CustomsDeclaration(Optional.of(nature), Optional.empty(), Optional.empty(), lines);
    }
}
