package dev.bringport.adapter.inmemory;

import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.OrderManagementContract;

class InMemoryOrderManagementContractTest extends OrderManagementContract {

    @Override
    protected BringFixture newFixture() {
        return new InMemoryFixture();
    }
}
