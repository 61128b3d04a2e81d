package dev.bringport.example.architecture.badhexagon.ports;

import dev.bringport.example.architecture.badhexagon.adapter.rest.RestParcelDto;

/** Breaks the port rules: it depends on an adapter and exposes the adapter's wire type. */
public interface LeakyPort {
    RestParcelDto parcel();
}
