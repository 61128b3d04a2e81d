package dev.bringport.example.architecture.badhexagon.example;

import dev.bringport.example.architecture.badhexagon.adapter.rest.RestClient;

/** The bad hexagon's composition root; with RestClient it forms a package cycle. */
public class ExampleMain {
    public RestClient client() {
        return new RestClient();
    }
}
