package dev.bringport.domain.booking;

/**
 * The dimensions of a package in whole centimetres.
 *
 * @param heightInCm height
 * @param widthInCm  width
 * @param lengthInCm length
 */
public record Dimensions(int heightInCm, int widthInCm, int lengthInCm) {

    /**
     * Whether every side is longer than zero.
     *
     * @return whether the dimensions describe a package
     */
    public boolean arePositive() {
        return heightInCm > 0 && widthInCm > 0 && lengthInCm > 0;
    }
}
