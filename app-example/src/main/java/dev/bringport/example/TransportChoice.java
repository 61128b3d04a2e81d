package dev.bringport.example;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The transport the tool talks to Bring with ({@code --transport}). */
enum TransportChoice {
    /** The in-memory Bring with the demo dataset: the default, needs no credentials. */
    INMEMORY("inmemory"),
    /** Bring's JSON/XML over HTTP. */
    REST("rest"),
    /** Bring's deprecated SOAP services. */
    SOAP("soap");

    private final String option;

    TransportChoice(String option) {
        this.option = option;
    }

    String option() {
        return option;
    }

    static TransportChoice fromOption(String value) {
        return Arrays.stream(values()).filter(t -> t.option.equals(value)).findFirst()
                .orElseThrow(() -> new UsageException("unknown transport '" + value + "': use one of "
                        + Arrays.stream(values()).map(TransportChoice::option).collect(Collectors.joining(", "))));
    }
}
