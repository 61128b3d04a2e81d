package dev.bringport.domain.booking;

/** The purpose of a customs transaction ({@code natureOfTransaction}). */
public enum NatureOfTransaction {
    /** Sale of goods; the only nature an IOSS number is valid for. */
    SALE_OF_GOODS,
    /** Returned goods. */
    RETURNED_GOODS,
    /** A gift. */
    GIFT,
    /** A commercial sample. */
    COMMERCIAL_SAMPLE,
    /** Documents. */
    DOCUMENTS,
    /** Something else, described in {@code otherNatureOfTransactionDescription}. */
    OTHER
}
