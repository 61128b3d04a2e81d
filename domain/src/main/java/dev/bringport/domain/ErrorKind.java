package dev.bringport.domain;

/**
 * What a caller can do about a Bring error code: the meaning behind the code, independent of
 * the transport that carried it.
 */
public enum ErrorKind {
    /** The request broke one of Bring's input or validation rules; fix the request. */
    INVALID_INPUT,
    /** The order, packing list or other resource does not exist. */
    NOT_FOUND,
    /** The resource already exists (for example an Original order sent twice). */
    DUPLICATE,
    /** The credentials are valid but not allowed to see or change this resource. */
    ACCESS_DENIED,
    /** The call was made without valid credentials. */
    UNAUTHENTICATED,
    /** Bring failed internally or a service behind it was unavailable; the request may be retried. */
    INTERNAL
}
