package dev.bringport.domain.booking;

import dev.bringport.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Booking rule that takes effect on a date: Bring changes weight limits and withdraws services
 * on announced dates. Rules are data ({@link BookingRules#DATED_RULES}), so that a new
 * announcement is one more entry, not another {@code if}.
 */
public sealed interface DatedRule permits WeightLimit, ProductWithdrawal {

    /**
     * The first day (in Norway) on which Bring applies the rule.
     *
     * @return the effective date
     */
    LocalDate effectiveFrom();

    /**
     * Where Bring announced the rule.
     *
     * @return the source, e.g. the Booking page's notice
     */
    String source();

    /**
     * The violations of this rule by a consignment booked on a day; none before the effective date.
     *
     * @param consignment the consignment
     * @param day         the booking day, in Norway
     * @return the violations
     */
    List<Violation> violations(Consignment consignment, LocalDate day);

    /**
     * The products the rule is about, by number and name.
     *
     * @return the product ids
     */
    Set<String> productIds();

    /**
     * The recipient country the rule is limited to.
     *
     * @return the country, or empty for every country
     */
    Optional<String> recipientCountry();

    /**
     * Whether the rule is in effect on a day and the consignment goes where the rule applies.
     * Which products it concerns is for each rule to say.
     *
     * @param consignment the consignment
     * @param day         the booking day, in Norway
     * @return whether the consignment is subject to the rule
     */
    default boolean appliesTo(Consignment consignment, LocalDate day) {
        return inEffectOn(day) && recipientCountry().map(country -> consignment.parties().recipient()
                .map(r -> r.countryCode().equalsIgnoreCase(country)).orElse(false)).orElse(true);
    }

    /**
     * Whether the rule is in effect on a day.
     *
     * @param day the day, in Norway
     * @return whether the rule applies
     */
    default boolean inEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom());
    }
}
