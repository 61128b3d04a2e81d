package example.shop;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.ports.order.OrderManagement;
import jakarta.inject.Singleton;
import java.util.Map;

/** In production the shop talks to Bring's REST APIs, with the credentials of its environment. */
public final class ProductionModule extends AbstractModule {

    private final Map<String, String> environment;

    /**
     * The module.
     *
     * @param environment {@code BRING_API_UID}, {@code BRING_API_KEY} and {@code BRING_CLIENT_URL}
     */
    public ProductionModule(Map<String, String> environment) {
        this.environment = environment;
    }

    @Provides
    @Singleton
    OrderManagement orderManagement() {
        return BringRest.builder().credentialsFromEnvironment(environment).build().orderManagement();
    }
}
