package dev.bringport.example;

/**
 * What a command produced: the value printed with {@code --json}, and the text printed without.
 *
 * @param value the result as data
 * @param text  the result for a person
 */
record Result(Object value, String text) {
}
