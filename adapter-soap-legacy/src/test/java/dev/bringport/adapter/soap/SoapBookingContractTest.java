package dev.bringport.adapter.soap;

import dev.bringport.ports.contract.BookingContract;
import dev.bringport.ports.contract.BringFixture;

/** The Booking contract, run through the SOAP adapter against Bring's SOAP services simulated in process. */
class SoapBookingContractTest extends BookingContract {

    @Override
    protected BringFixture newFixture() {
        return new SoapFixture();
    }
}
