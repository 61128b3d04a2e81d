package dev.bringport.example.architecture.badhexagon.adapter.soap;

import dev.bringport.example.architecture.badhexagon.adapter.rest.RestClient;

/** Breaks "no adapter depends on another adapter". */
public class SoapUsesRest {
    public RestClient rest() {
        return new RestClient();
    }
}
