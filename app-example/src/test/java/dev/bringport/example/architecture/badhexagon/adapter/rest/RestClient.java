package dev.bringport.example.architecture.badhexagon.adapter.rest;

import dev.bringport.example.architecture.badhexagon.example.ExampleMain;

/** Breaks "nothing depends on the example"; its package-private use of its own wire type is fine. */
public class RestClient {
    RestParcelDto read() {
        return new RestParcelDto();
    }

    public String caller() {
        return ExampleMain.class.getName();
    }
}
