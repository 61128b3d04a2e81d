package dev.bringport.adapter.rest;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.WarehousingContract;

/** The Warehousing contract through the REST adapter, in XML, against the Bring simulator. */
class RestWarehousingXmlContractTest extends WarehousingContract {

    @Override
    protected BringFixture newFixture() {
        return new RestFixture(WireFormat.XML);
    }
}
