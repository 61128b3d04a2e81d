package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.api.WSBinding;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.transport.http.client.HttpClientTransport;
import com.sun.xml.ws.transport.http.client.HttpTransportPipe;
import java.util.List;
import java.util.Map;

/** Metro's HTTP transport, each request's connection a {@link LimitedConnection}. */
final class LimitedTransportPipe extends HttpTransportPipe {

    private final Codec codec;
    private final WSBinding binding;
    private final AnswerLimits limits;

    LimitedTransportPipe(Codec codec, WSBinding binding, AnswerLimits limits) {
        super(codec, binding);
        this.codec = codec;
        this.binding = binding;
        this.limits = limits;
    }

    @Override
    protected HttpClientTransport getTransport(Packet request, Map<String, List<String>> headers) {
        return new LimitedConnection(request, headers, limits);
    }

    @Override
    public LimitedTransportPipe copy(TubeCloner cloner) {
        LimitedTransportPipe copy = new LimitedTransportPipe(codec.copy(), binding, limits);
        cloner.add(this, copy);
        return copy;
    }
}
