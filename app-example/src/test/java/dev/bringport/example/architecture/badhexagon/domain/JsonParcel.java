package dev.bringport.example.architecture.badhexagon.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks "the domain depends on java.* only": a Jackson annotation. */
public class JsonParcel {
    @JsonProperty("weightInKg")
    public double weight;
}
