package dev.bringport.domain.booking;

import java.util.Objects;

/**
 * GS1 check digits, as in Bring's identifiers: a consignment number is a 17-digit GSIN
 * (e.g. {@code 70438101268018539}) and a package number an 18-digit SSCC
 * (e.g. {@code 370438101268058536}); the last digit of each is a GS1 modulo-10 check digit.
 */
public final class Gs1 {

    private Gs1() {
    }

    /**
     * The GS1 check digit of a number: weights 3 and 1 alternate from the rightmost digit.
     *
     * @param digits the number without its check digit
     * @return the check digit
     * @throws IllegalArgumentException if the text is not all digits
     */
    public static int checkDigit(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a number of digits: " + digits);
        }
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Appends the check digit.
     *
     * @param digits the number without its check digit
     * @return the number with it
     */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }

    /**
     * Whether a number of a given length ends with its correct check digit.
     *
     * @param number the number, check digit last
     * @param length the length it must have (17 for a GSIN, 18 for an SSCC)
     * @return whether it is valid
     */
    public static boolean isValid(String number, int length) {
        return number != null && number.length() == length && number.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(number.substring(0, length - 1)) == number.charAt(length - 1) - '0';
    }
}
