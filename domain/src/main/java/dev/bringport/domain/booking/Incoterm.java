package dev.bringport.domain.booking;

/** The Incoterms rule of a Cargo International consignment ({@code incotermRule}). */
public enum Incoterm {
    /** Delivered duty paid. */
    DDP,
    /** Delivered at place. */
    DAP,
    /** Free carrier. */
    FCA,
    /** Ex works. */
    EXW
}
