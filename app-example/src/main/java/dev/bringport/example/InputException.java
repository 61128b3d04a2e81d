package dev.bringport.example;

/** A command's input (a request file, an output path) cannot be used; the message says why. */
final class InputException extends RuntimeException {

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
