package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.transport.http.client.HttpClientTransport;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request's HTTP connection: an answer that is a SOAP envelope (HTTP 200, 202 or 500 with an
 * XML content type) goes to Metro through a {@link LimitedAnswerStream}; any other answer is read
 * here, within the size bound, and thrown whole as {@link AnswerWithoutEnvelope}. Redirects are
 * never followed. It tells the attempt's {@link Progress} when the request has been written and
 * when the answer began.
 */
final class LimitedConnection extends HttpClientTransport {

    private final AnswerLimits limits;
    private final Optional<Progress> progress;
    private HttpURLConnection connection;
    private Instant deadline;

    LimitedConnection(Packet request, Map<String, List<String>> headers, AnswerLimits limits) {
        super(request, headers);
        this.limits = limits;
        this.progress = Optional.ofNullable((Progress) request.invocationProperties.get(Progress.KEY));
    }

    /** Opens the connection as Metro would (Metro's own hook returns none), keeping it to read the answer. */
    @Override
    protected HttpURLConnection openConnection(Packet packet) {
        deadline = Instant.now().plus(limits.deadline());
        try {
            connection = (HttpURLConnection) packet.endpointAddress.openConnection();
            connection.setInstanceFollowRedirects(false); // the credentials would follow a redirect
        } catch (IOException e) {
            throw new WebServiceException("cannot open a connection to " + packet.endpointAddress, e);
        }
        return connection;
    }

    /** Metro reads the status line once the request is written: the request has been sent, then the answer begins. */
    @Override
    protected void readResponseCodeAndMessage() {
        progress.ifPresent(Progress::sent);
        super.readResponseCodeAndMessage();
        progress.ifPresent(Progress::answerBegan);
    }

    @Override
    protected InputStream readResponse() {
        try {
            int status = connection.getResponseCode();
            String contentType = String.valueOf(connection.getContentType()).toLowerCase(Locale.ROOT);
            if ((status == 200 || status == 202 || status == 500) && contentType.contains("xml")) {
                return new LimitedAnswerStream(super.readResponse(), limits.maxBytes(), deadline);
            }
            // the JDK keeps no body of a 401 to a streamed request: its error stream is then null
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] bytes;
            try (InputStream in = body == null ? InputStream.nullInputStream()
                    : new LimitedAnswerStream(body, limits.maxBytes(), deadline)) {
                bytes = in.readAllBytes();
            }
            throw new AnswerWithoutEnvelope(status, connection.getContentType(), connection.getHeaderField("Retry-After"),
                    bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
