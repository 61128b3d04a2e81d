package example.shop;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.BringRestModule;
import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.transport.CallListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * In production the shop talks to Bring's REST APIs, with the credentials of its environment, and
 * records the metrics of its calls.
 */
public final class ProductionModule extends AbstractModule {

    private final Map<String, String> environment;
    private final MeterRegistry registry;

    /**
     * The module.
     *
     * @param environment {@code BRING_API_UID}, {@code BRING_API_KEY} and {@code BRING_CLIENT_URL}
     * @param registry    where the metrics of the calls go
     */
    public ProductionModule(Map<String, String> environment, MeterRegistry registry) {
        this.environment = environment;
        this.registry = registry;
    }

    @Override
    protected void configure() {
        install(new BringRestModule(BringRest.builder().credentialsFromEnvironment(environment).build()));
        install(new Metrics(registry));
    }

    /** The metrics of every call, whichever transport carries it. */
    static final class Metrics extends AbstractModule {
        private final MeterRegistry registry;

        Metrics(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), CallListener.class).addBinding().toInstance(new MicrometerCallListener(registry));
        }
    }
}
