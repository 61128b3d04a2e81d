package dev.bringport.adapter.rest;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.PickupsContract;

/** The Pickups contract through the REST adapter, in XML, against the Bring simulator. */
class RestPickupsXmlContractTest extends PickupsContract {

    @Override
    protected BringFixture newFixture() {
        return new RestFixture(WireFormat.XML);
    }
}
