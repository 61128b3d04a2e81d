package dev.bringport.adapter.rest.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bring's paths and what answers each: a table of routes, a method and a pattern for the whole
 * path each, the first that matches a request answers it. Routes can be added while requests are
 * answered. Thread-safe.
 */
public final class Routes {

    private record Entry(String method, Pattern path, Route route) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** An empty table. */
    public Routes() {
    }

    /**
     * Answers requests of a method whose raw path matches a pattern, unless a route added before
     * matches them too.
     *
     * @param method      the HTTP method
     * @param pathPattern a regular expression for the whole raw path; its groups are path parameters
     * @param route       the route
     * @return this
     */
    public Routes route(String method, String pathPattern, Route route) {
        entries.add(new Entry(method, Pattern.compile(pathPattern), route));
        return this;
    }

    /**
     * The route that answers a request, the request matched to it.
     *
     * @param request the request
     * @return the route and the matched request, when a route matches
     */
    public Optional<Matched> match(SimulatedRequest request) {
        String path = request.uri().getRawPath();
        for (Entry entry : entries) {
            if (entry.method().equals(request.method())) {
                Matcher matcher = entry.path().matcher(path);
                if (matcher.matches()) {
                    return Optional.of(new Matched(entry.route(), request.matching(matcher)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A route and the request it answers.
     *
     * @param route   the route
     * @param request the request, matched to the route's pattern
     */
    public record Matched(Route route, SimulatedRequest request) {

        /**
         * Answers the request.
         *
         * @return the route's answer
         * @throws Exception what the route threw
         */
        public SimulatedAnswer answer() throws Exception {
            return route.answer(request);
        }
    }
}
