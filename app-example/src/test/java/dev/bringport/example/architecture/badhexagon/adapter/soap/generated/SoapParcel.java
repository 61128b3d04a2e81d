package dev.bringport.example.architecture.badhexagon.adapter.soap.generated;

/** A wire type as wsimport generates one. */
public class SoapParcel {
}
