/**
 * A deliberately bad hexagon: every class here breaks one architecture rule, so that the tests
 * can prove the rules catch it. Not production code.
 */
package dev.bringport.example.architecture.badhexagon;
