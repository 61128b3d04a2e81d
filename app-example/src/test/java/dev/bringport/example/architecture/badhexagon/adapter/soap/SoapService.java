package dev.bringport.example.architecture.badhexagon.adapter.soap;

import dev.bringport.example.architecture.badhexagon.adapter.soap.generated.SoapParcel;
import jakarta.jws.WebService;

/** Breaks nothing: a SOAP service's implementation, public for Metro, takes the types generated beside it. */
@WebService
public class SoapService {
    public SoapParcel parcel(SoapParcel parcel) {
        return parcel;
    }
}
