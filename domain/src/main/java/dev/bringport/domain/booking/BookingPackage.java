package dev.bringport.domain.booking;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A package of a consignment ({@code packages[]}). Which measurements are needed depends on the
 * product ({@link BookingRules}): weight always; cargo also one of volume, load meters,
 * dimensions or pallets; home delivery also volume or dimensions.
 *
 * @param correlationId    your id for the package, echoed in the confirmation
 * @param weightInKg       weight (required: {@code BOOK-INPUT-002})
 * @param goodsDescription what is inside, at most 35 characters
 * @param dimensions       dimensions
 * @param volumeInDm3      volume in cubic decimetres
 * @param loadMeters       load meters (cargo), at most 49.9
 * @param numberOfPallets  number of pallets (cargo)
 * @param numberOfItems    items within the package (cargo, Oil Express, home delivery)
 * @param packageType      package type, e.g. {@code pallet}, {@code envelope}, {@code hd_eur}, {@code ox_container}
 * @param containerId      container id (required for Oil Express)
 * @param isStackable      whether a pallet is stackable
 */
public record BookingPackage(Optional<String> correlationId, Optional<BigDecimal> weightInKg,
                             Optional<String> goodsDescription, Optional<Dimensions> dimensions,
                             Optional<BigDecimal> volumeInDm3, Optional<BigDecimal> loadMeters,
                             Optional<Integer> numberOfPallets, Optional<Integer> numberOfItems,
                             Optional<String> packageType, Optional<String> containerId,
                             Optional<Boolean> isStackable) {

    /**
     * Canonicalises the numbers and treats blank text as absent.
     *
     * @param correlationId    your id for the package, echoed in the confirmation
     * @param weightInKg       weight (required: {@code BOOK-INPUT-002})
     * @param goodsDescription what is inside, at most 35 characters
     * @param dimensions       dimensions
     * @param volumeInDm3      volume in cubic decimetres
     * @param loadMeters       load meters (cargo), at most 49.9
     * @param numberOfPallets  number of pallets (cargo)
     * @param numberOfItems    items within the package (cargo, Oil Express, home delivery)
     * @param packageType      package type, e.g. {@code pallet}, {@code envelope}, {@code hd_eur}, {@code ox_container}
     * @param containerId      container id (required for Oil Express)
     * @param isStackable      whether a pallet is stackable
     */
    public BookingPackage {
        correlationId = Objects.requireNonNull(correlationId, "correlationId").filter(s -> !s.isBlank());
        weightInKg = Objects.requireNonNull(weightInKg, "weightInKg").map(w -> Decimals.canonical(w, "weightInKg"));
        goodsDescription = Objects.requireNonNull(goodsDescription, "goodsDescription").filter(s -> !s.isBlank());
        Objects.requireNonNull(dimensions, "dimensions");
        volumeInDm3 = Objects.requireNonNull(volumeInDm3, "volumeInDm3").map(v -> Decimals.canonical(v, "volumeInDm3"));
        loadMeters = Objects.requireNonNull(loadMeters, "loadMeters").map(v -> Decimals.canonical(v, "loadMeters"));
        Objects.requireNonNull(numberOfPallets, "numberOfPallets");
        Objects.requireNonNull(numberOfItems, "numberOfItems");
        packageType = Objects.requireNonNull(packageType, "packageType").filter(s -> !s.isBlank());
        containerId = Objects.requireNonNull(containerId, "containerId").filter(s -> !s.isBlank());
        Objects.requireNonNull(isStackable, "isStackable");
    }

    /**
     * Starts a package.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BookingPackage}. */
    public static final class Builder {
        private String correlationId;
        private BigDecimal weightInKg;
        private String goodsDescription;
        private Dimensions dimensions;
        private BigDecimal volumeInDm3;
        private BigDecimal loadMeters;
        private Integer numberOfPallets;
        private Integer numberOfItems;
        private String packageType;
        private String containerId;
        private Boolean isStackable;

        private Builder() {
        }

        /**
         * Your id for the package.
         *
         * @param value your id for the package
         * @return this
         */
        public Builder correlationId(String value) {
            correlationId = value;
            return this;
        }

        /**
         * Weight in kilograms.
         *
         * @param value weight in kilograms
         * @return this
         */
        public Builder weightInKg(BigDecimal value) {
            weightInKg = value;
            return this;
        }

        /**
         * Weight in kilograms, e.g. {@code "1.1"}.
         *
         * @param value weight in kilograms, e.g. {@code "1.1"}
         * @return this
         */
        public Builder weightInKg(String value) {
            return weightInKg(new BigDecimal(value));
        }

        /**
         * What is inside.
         *
         * @param value what is inside
         * @return this
         */
        public Builder goodsDescription(String value) {
            goodsDescription = value;
            return this;
        }

        /**
         * Dimensions.
         *
         * @param value dimensions
         * @return this
         */
        public Builder dimensions(Dimensions value) {
            dimensions = value;
            return this;
        }

        /**
         * The package's dimensions, in centimetres.
         *
         * @param heightInCm height
         * @param widthInCm  width
         * @param lengthInCm length
         * @return this
         */
        public Builder dimensions(int heightInCm, int widthInCm, int lengthInCm) {
            return dimensions(new Dimensions(heightInCm, widthInCm, lengthInCm));
        }

        /**
         * Volume in dm³.
         *
         * @param value volume in dm³
         * @return this
         */
        public Builder volumeInDm3(BigDecimal value) {
            volumeInDm3 = value;
            return this;
        }

        /**
         * Load meters.
         *
         * @param value load meters
         * @return this
         */
        public Builder loadMeters(BigDecimal value) {
            loadMeters = value;
            return this;
        }

        /**
         * Number of pallets.
         *
         * @param value number of pallets
         * @return this
         */
        public Builder numberOfPallets(int value) {
            numberOfPallets = value;
            return this;
        }

        /**
         * Number of items.
         *
         * @param value number of items
         * @return this
         */
        public Builder numberOfItems(int value) {
            numberOfItems = value;
            return this;
        }

        /**
         * Package type.
         *
         * @param value package type
         * @return this
         */
        public Builder packageType(String value) {
            packageType = value;
            return this;
        }

        /**
         * Container id.
         *
         * @param value container id
         * @return this
         */
        public Builder containerId(String value) {
            containerId = value;
            return this;
        }

        /**
         * Whether a pallet is stackable.
         *
         * @param value whether a pallet is stackable
         * @return this
         */
        public Builder isStackable(boolean value) {
            isStackable = value;
            return this;
        }

        /** {@return the package} */
        public BookingPackage build() {
            return new BookingPackage(Optional.ofNullable(correlationId), Optional.ofNullable(weightInKg),
                    Optional.ofNullable(goodsDescription), Optional.ofNullable(dimensions),
                    Optional.ofNullable(volumeInDm3), Optional.ofNullable(loadMeters),
                    Optional.ofNullable(numberOfPallets), Optional.ofNullable(numberOfItems),
                    Optional.ofNullable(packageType), Optional.ofNullable(containerId), Optional.ofNullable(isStackable));
        }
    }
}
