package dev.bringport.adapter.inmemory;

import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.BookingContract;

class InMemoryBookingContractTest extends BookingContract {

    @Override
    protected BringFixture newFixture() {
        return new InMemoryFixture();
    }
}
