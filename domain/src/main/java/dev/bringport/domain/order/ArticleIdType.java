package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.List;
import java.util.Objects;

/**
 * What kind of article number an {@code ArticleId} is: its {@code codeListAgencyIdentifier}.
 * An open set: the documented types are constants, a type Bring starts sending later passes
 * through as it is written.
 *
 * @param bringName the value of {@code codeListAgencyIdentifier}, e.g. {@code VendorItemNo}
 */
public record ArticleIdType(String bringName) {

    /** The customer's own item number; Bring's default when no type is given. */
    public static final ArticleIdType CUSTOMER_ITEM_NO = new ArticleIdType("CustomerItemNo");
    /** The vendor's (supplier's) item number. */
    public static final ArticleIdType VENDOR_ITEM_NO = new ArticleIdType("VendorItemNo");
    /** The EAN (GTIN) bar code number. */
    public static final ArticleIdType EAN = new ArticleIdType("EAN");

    /** The types Bring documents. */
    public static final List<ArticleIdType> DOCUMENTED = List.of(CUSTOMER_ITEM_NO, VENDOR_ITEM_NO, EAN);

    /**
     * Requires a non-blank value.
     *
     * @param bringName the value of {@code codeListAgencyIdentifier}, e.g. {@code VendorItemNo}
     */
    public ArticleIdType {
        Objects.requireNonNull(bringName, "codeListAgencyIdentifier");
        bringName = bringName.strip();
        if (bringName.isEmpty()) {
            throw new IllegalArgumentException("codeListAgencyIdentifier must not be blank");
        }
    }

    /**
     * The type for Bring's {@code codeListAgencyIdentifier} in either spelling; absent or blank
     * means CustomerItemNo.
     *
     * @param value the identifier, may be null or blank
     * @return a documented type, or the value as it is written
     */
    public static ArticleIdType fromBring(String value) {
        if (value == null || value.isBlank()) {
            return CUSTOMER_ITEM_NO;
        }
        return DOCUMENTED.stream().filter(t -> BringSpelling.matches(value, t.bringName)).findFirst()
                .orElseGet(() -> new ArticleIdType(value));
    }

    /**
     * Whether Bring documents this type.
     *
     * @return whether it is CustomerItemNo, VendorItemNo or EAN
     */
    public boolean isDocumented() {
        return DOCUMENTED.contains(this);
    }

    @Override
    public String toString() {
        return bringName;
    }
}
