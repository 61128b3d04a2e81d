package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.transport.http.client.HttpTransportPipe;
import java.util.Locale;

/**
 * Metro's HTTP transport for the SOAP adapter's ports, with answers read through
 * {@link DtdRefusingCodec}. Metro loads it through {@code META-INF/services}; for any other
 * service, or an address that is not HTTP, it declines and Metro uses its own transport.
 */
public final class DtdRefusingTransport extends TransportTubeFactory {

    /** The package of the ports wsimport generates for the adapter. */
    private static final String ADAPTER_PORTS = "dev.bringport.adapter.soap.";

    /** Created by Metro's service lookup. */
    public DtdRefusingTransport() {
    }

    /**
     * The transport for a port of the adapter, or none for any other.
     *
     * @param context the port being assembled
     * @return Metro's HTTP transport with the refusing codec, or null to let Metro decide
     */
    @Override
    public Tube doCreate(ClientTubeAssemblerContext context) {
        Class<?> port = context.getSEI();
        String scheme = context.getAddress() == null ? "" : context.getAddress().getURI().getScheme();
        boolean http = scheme != null && scheme.toLowerCase(Locale.ROOT).startsWith("http");
        if (port == null || !port.getName().startsWith(ADAPTER_PORTS) || !http) {
            return null;
        }
        return new HttpTransportPipe(new DtdRefusingCodec(context.getCodec()), context.getBinding());
    }
}
