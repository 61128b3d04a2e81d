package dev.bringport.example.architecture.badhexagon.adapter.soap;

import dev.bringport.example.architecture.badhexagon.adapter.soap.generated.SoapParcel;

/** Breaks "wire types stay inside their adapter": a public client method hands out a generated type. */
public class SoapClient {
    public SoapParcel parcel() {
        return new SoapParcel();
    }
}
