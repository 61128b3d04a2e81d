/**
 * Bring's model in Bring's language: immutable records, Bring's rules as small pure functions
 * that list every violation with Bring's error code, and Bring's error-code catalogues.
 *
 * <p>This module depends on {@code java.*} only. Sub-packages follow Bring's capabilities:
 * {@link dev.bringport.domain.order Order Management}, {@link dev.bringport.domain.warehouse
 * Warehousing}, {@link dev.bringport.domain.booking Booking} and {@link dev.bringport.domain.pickup
 * Pickups}.
 *
 * <h2>Validation in two layers</h2>
 * Constructors reject values no request could ever carry (a {@code null}, a blank identifier,
 * a non-finite number) with an {@link IllegalArgumentException} or {@link NullPointerException}
 * naming the field. Bring's own rules (required fields, maximum lengths, weight limits,
 * dates in the future...) are checked by the {@code *Rules} classes, which return
 * <em>every</em> {@link dev.bringport.domain.Violation} with its Bring code instead of stopping
 * at the first, because that is what Bring answers and what a caller needs to fix a request.
 * Text that Bring requires is a plain {@code String} that may be blank (the rules report it);
 * text Bring treats as optional is an {@link java.util.Optional}.
 */
package dev.bringport.domain;
