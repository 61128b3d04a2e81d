package dev.bringport.adapter.rest.server;

/** Answers the requests of one endpoint. */
@FunctionalInterface
public interface Route {

    /**
     * Answers a request.
     *
     * @param request the request, its path matched against the route's pattern
     * @return the answer
     * @throws Exception anything unexpected, answered with HTTP 500
     */
    SimulatedAnswer answer(SimulatedRequest request) throws Exception;
}
