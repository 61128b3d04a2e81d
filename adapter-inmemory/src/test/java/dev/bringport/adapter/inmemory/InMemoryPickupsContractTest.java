package dev.bringport.adapter.inmemory;

import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.PickupsContract;

class InMemoryPickupsContractTest extends PickupsContract {

    @Override
    protected BringFixture newFixture() {
        return new InMemoryFixture();
    }
}
