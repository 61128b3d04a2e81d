package dev.bringport.adapter.soap;

import dev.bringport.ports.contract.WarehousingContract;
import dev.bringport.ports.contract.BringFixture;

/** The Warehousing contract, run through the SOAP adapter against Bring's SOAP services simulated in process. */
class SoapWarehousingContractTest extends WarehousingContract {

    @Override
    protected BringFixture newFixture() {
        return new SoapFixture();
    }
}
