package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;

/**
 * Gives the adapter's SOAP ports an HTTP transport that reads answers within their
 * {@link AnswerLimits}, hands every answer that is not a SOAP envelope to the adapter whole
 * (status, {@code Retry-After}, body), where Metro would keep only the status, and refuses an
 * answer that declares a DTD ({@link DtdRefusingCodec}). Metro finds it as a service
 * ({@code META-INF/services}); for ports without {@link AnswerLimits} it declines, and Metro uses
 * its own transport.
 */
public final class LimitedTransportFactory extends TransportTubeFactory {

    /** Called by Metro's service loader. */
    public LimitedTransportFactory() {
        // stateless
    }

    @Override
    public Tube doCreate(ClientTubeAssemblerContext context) {
        AnswerLimits limits = context.getBinding().getFeature(AnswerLimits.class);
        String scheme = context.getAddress().getURI().getScheme();
        if (limits == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            return null;
        }
        return new LimitedTransportPipe(new DtdRefusingCodec(context.getCodec()), context.getBinding(), limits);
    }
}
