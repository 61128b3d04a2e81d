package dev.bringport.example.architecture.badhexagon.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A wire type. Public here so that the bad port can leak it. */
public class RestParcelDto {
    @JsonProperty("consignmentNumber")
    public String number;
}
