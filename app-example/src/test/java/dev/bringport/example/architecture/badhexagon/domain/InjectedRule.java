package dev.bringport.example.architecture.badhexagon.domain;

import com.google.inject.Inject;

/** Breaks "the domain depends on java.* only": a Guice annotation. */
public class InjectedRule {
    @Inject
    public InjectedRule() {
    }
}
