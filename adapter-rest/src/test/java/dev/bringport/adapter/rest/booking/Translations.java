package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The deliberate translations of Bring's legacy spellings: what a documented request in an earlier
 * way becomes when the library sends it, the one difference the round trip of Bring's examples
 * tolerates. The same list is in {@code docs/bring-api-coverage.md} ("Translations"), and
 * {@link TranslationsDocumentedTest} keeps the two equal. Each translation rewrites a documented
 * body (in the shape of {@link BodyComparison#tree(byte[])}) into what the library writes.
 *
 * @param legacy what Bring's earlier way spells, as the coverage map writes the field
 * @param sentAs what the library sends instead
 * @param apply  the rewrite of a documented body; nothing where the legacy field is absent
 */
public record Translations(String legacy, String sentAs, Consumer<ObjectNode> apply) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every translation, in the order the library applies them. */
    public static final List<Translations> ALL = List.of(
            service("recipientNotification", "EVARSLING", "{email, mobile}"),
            flag("quickPackEnvelope", "ENVELOPE"),
            service("cashOnDelivery", "POSTOPPKRAV", "{accountNumber, accountType, amount, currencyCode, message}"),
            service("flexDelivery", "FLEX_DELIVERY", "{message}"),
            service("deliveryIndoors", "DELIVERY_INDOOR", "{message}"),
            flag("phoneNotification", "PHONENOTIFICATION"),
            flag("nonFreeze", "NON_FREEZE"),
            service("dangerousGoods", "DANGEROUS_GOODS", "{containerId, weightInGrams, unNumber, commodity, packingGroup,"
                    + " dangerClass, tunnelRestrictionCode, safetyMarkCode, factor}"),
            flag("express", "OX_EXPRESS"),
            flag("advisering", "ADVISERING"),
            flag("simpleDelivery", "SIMPLE_DELIVERY"),
            flag("insurance", "INSURANCE"),
            flag("saturdayDelivery", "LORDAGSUTKJORING"),
            flag("eveningDelivery", "EVE_DELIVERY"),
            flag("eveDelivery", "EVE_DELIVERY"),
            new Translations("pickupDetails.{numberOfPackages, numberOfPallets, numberOfPostContainers, weightInGrams,"
                    + " volumeInDm3}", "pickupDetails.{packages, pallets, postContainers}.count, weightInGrams and"
                    + " volumeInDm3 with the packages", Translations::deprecatedCounts),
            new Translations("parcelsInformation.{numberOfPackages, numberOfPostContainers, numberOfPallets}",
                    "service PARCEL, pickupDetails.{packages, postContainers, pallets}.count",
                    body -> oldest(body, "parcelsInformation", "PARCEL")),
            new Translations("cargoInformation.{numberOfPackages, weightInGrams, volumeInDm3}",
                    "service CARGO, pickupDetails.packages.{count, weightInGrams, volumeInDm3}",
                    body -> oldest(body, "cargoInformation", "CARGO")),
            new Translations("parcelsInternationalInformation.{numberOfPackages, numberOfPallets, weightInGrams}",
                    "service PARCEL, pickupDetails.{packages, pallets}.count, weightInGrams with the packages (else the pallets)",
                    body -> oldest(body, "parcelsInternationalInformation", "PARCEL")));

    /**
     * A documented body as the library writes it: every translation applied.
     *
     * @param documented the documented body, as {@link BodyComparison#tree(byte[])}; changed in place
     * @return the same body
     */
    public static ObjectNode applied(ObjectNode documented) {
        ALL.forEach(translation -> translation.apply().accept(documented));
        return documented;
    }

    // --- product.services{} ---------------------------------------------------------------------

    private static Translations service(String name, String id, String fields) {
        return new Translations("product.services." + name + "." + fields, "product.additionalServices[] {\"id\": \"" + id
                + "\", ...}" + (name.equals("cashOnDelivery") ? " with message as codMessage" : ""),
                body -> legacyService(body, name, id));
    }

    private static Translations flag(String name, String id) {
        return new Translations("product.services." + name, "product.additionalServices[] {\"id\": \"" + id + "\"}",
                body -> legacyService(body, name, id));
    }

    /** Moves a service of {@code product.services} into {@code product.additionalServices}, unless one has its id. */
    private static void legacyService(ObjectNode body, String name, String id) {
        for (JsonNode consignment : items(body.get("consignments"))) {
            JsonNode product = consignment.get("product");
            JsonNode services = product == null ? null : product.get("services");
            if (services == null || !services.has(name)) {
                continue;
            }
            JsonNode legacy = ((ObjectNode) services).remove(name);
            if (services.isEmpty()) {
                ((ObjectNode) product).remove("services");
            }
            if (legacy.isValueNode() && !legacy.asText().strip().equalsIgnoreCase("true")) {
                continue;
            }
            List<JsonNode> current = items(product.get("additionalServices"));
            if (current.stream().anyMatch(s -> s.path("id").asText().equalsIgnoreCase(id))) {
                continue;
            }
            ObjectNode service = NODES.objectNode().put("id", id);
            if (legacy.isObject()) {
                legacy.fields().forEachRemaining(field -> service.set(
                        name.equals("cashOnDelivery") && field.getKey().equals("message") ? "codMessage" : field.getKey(),
                        field.getValue()));
            }
            ArrayNode all = NODES.arrayNode().addAll(current).add(service);
            ((ObjectNode) product).set("additionalServices", all);
        }
    }

    // --- pickups --------------------------------------------------------------------------------

    /** The deprecated counts of {@code pickupDetails} as packages, pallets and post containers. */
    private static void deprecatedCounts(ObjectNode body) {
        JsonNode details = body.get("pickupDetails");
        if (details == null || !(details.has("numberOfPackages") || details.has("numberOfPallets")
                || details.has("numberOfPostContainers") || details.has("weightInGrams") || details.has("volumeInDm3"))) {
            return;
        }
        body.set("pickupDetails", perKind(details, true));
    }

    /** The oldest ways: a service and the pickup details of their counts. */
    private static void oldest(ObjectNode body, String name, String service) {
        JsonNode counts = body.remove(name);
        if (counts == null) {
            return;
        }
        body.put("service", service);
        body.set("pickupDetails", perKind(counts, counts.path("numberOfPackages").asInt() > 0));
    }

    /**
     * Counts and totals per kind of goods item; a count of 0 without totals asks for nothing. The
     * totals go with the packages, or with the pallets when the oldest ways give no packages.
     */
    private static ObjectNode perKind(JsonNode counts, boolean totalsWithPackages) {
        ObjectNode details = NODES.objectNode();
        Map<String, String> kinds = Map.of("packages", "numberOfPackages", "pallets", "numberOfPallets",
                "postContainers", "numberOfPostContainers");
        for (String kind : List.of("packages", "pallets", "postContainers")) {
            ObjectNode items = NODES.objectNode();
            JsonNode count = counts.get(kinds.get(kind));
            boolean totals = kind.equals(totalsWithPackages ? "packages" : "pallets");
            if (totals && counts.has("weightInGrams")) {
                items.set("weightInGrams", counts.get("weightInGrams"));
            }
            if (totals && kind.equals("packages") && counts.has("volumeInDm3")) {
                items.set("volumeInDm3", counts.get("volumeInDm3"));
            }
            boolean asked = count != null && count.asInt() != 0;
            if (asked || !items.isEmpty()) {
                items.put("count", count == null ? 0 : count.asInt());
                details.set(kind, items);
            }
        }
        return details;
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(items::add);
        } else if (node != null) {
            items.add(node);
        }
        return items;
    }

    @Override
    public String toString() {
        return legacy;
    }
}
