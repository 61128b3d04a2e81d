package dev.bringport.adapter.inmemory;

import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.WarehousingContract;

class InMemoryWarehousingContractTest extends WarehousingContract {

    @Override
    protected BringFixture newFixture() {
        return new InMemoryFixture();
    }
}
