package dev.bringport.adapter.rest;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.BookingContract;

/** The Booking contract through the REST adapter, in XML, against the Bring simulator. */
class RestBookingXmlContractTest extends BookingContract {

    @Override
    protected BringFixture newFixture() {
        return new RestFixture(WireFormat.XML);
    }
}
