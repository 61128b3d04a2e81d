package dev.bringport.adapter.soap;

import dev.bringport.ports.contract.PickupsContract;
import dev.bringport.ports.contract.BringFixture;

/** The Pickups contract, run through the SOAP adapter against Bring's SOAP services simulated in process. */
class SoapPickupsContractTest extends PickupsContract {

    @Override
    protected BringFixture newFixture() {
        return new SoapFixture();
    }
}
