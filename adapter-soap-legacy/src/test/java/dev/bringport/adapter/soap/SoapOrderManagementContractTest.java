package dev.bringport.adapter.soap;

import dev.bringport.ports.contract.OrderManagementContract;
import dev.bringport.ports.contract.BringFixture;

/** The OrderManagement contract, run through the SOAP adapter against Bring's SOAP services simulated in process. */
class SoapOrderManagementContractTest extends OrderManagementContract {

    @Override
    protected BringFixture newFixture() {
        return new SoapFixture();
    }
}
