package dev.bringport.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * An article description ({@code <Description usageCode="AAA"><Text>...</Text></Description>}).
 *
 * @param text      the description
 * @param usageCode its type; Bring's field table says {@code AAA} when a description is used
 */
public record Description(String text, Optional<String> usageCode) {

    /** Bring's usage code for an article description. */
    public static final String ARTICLE_DESCRIPTION = "AAA";

    /**
     * Requires text; a blank usage code is absent.
     *
     * @param text      the description
     * @param usageCode its type; Bring's field table says {@code AAA} when a description is used
     */
    public Description {
        Objects.requireNonNull(text, "description text");
        Objects.requireNonNull(usageCode, "usageCode");
        usageCode = usageCode.filter(u -> !u.isBlank());
    }

    /**
     * An article description with usage code {@code AAA}.
     *
     * @param text the description
     * @return the description
     */
    public static Description of(String text) {
        return new Description(text, Optional.of(ARTICLE_DESCRIPTION));
    }
}
