/**
 * The contract suite: what every adapter of the ports must do, happy paths and Bring's documented
 * failures alike. Published as the test-jar of {@code bringport-ports}. An adapter's test extends
 * each {@code *Contract} class and supplies a {@link dev.bringport.ports.contract.BringFixture} that
 * arranges Bring's state for it. Operations a transport does not offer
 * ({@link dev.bringport.ports.Transport#supports}) are skipped, and the suite checks that they fail
 * with {@link dev.bringport.ports.NotSupportedByTransportException}.
 */
package dev.bringport.ports.contract;
