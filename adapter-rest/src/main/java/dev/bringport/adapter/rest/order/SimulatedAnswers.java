package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Bring's answers in one format, as of one moment: the answers' wire types filled
 * from the in-memory Bring's values, and written as Bring writes them. XML answers name Bring's
 * namespace on their root as the default namespace ({@code http://api.bring.com/po}, and
 * {@code http://api.bring.com/om} for {@code GetOrderResponse}), so that every element is in it.
 */
final class SimulatedAnswers {

    /** Bring's namespace of Order Management and Warehousing answers. */
    static final String PO = "http://api.bring.com/po";
    /** The namespace of {@code GetOrderResponse}. */
    static final String OM = "http://api.bring.com/om";

    private final WireFormat format;
    private final SimulatedSpelling spelling;
    private final Instant now;

    SimulatedAnswers(WireFormat format, Instant now) {
        this.format = format;
        this.spelling = SimulatedSpelling.of(format);
        this.now = now;
    }

    /** @return the format answered in */
    WireFormat format() {
        return format;
    }

    /** @return {@code ResponseProperties} with the response date */
    ResponseProperties properties() {
        ResponseProperties properties = new ResponseProperties();
        properties.schemaVersion = BigDecimal.ONE;
        properties.locale = "en";
        properties.dateAndTimes = new PropertiesDate(spelling.name("ResponseDate"), spelling.moment(now));
        return properties;
    }

    IsPurchaseorderCustomerResponse customer(boolean isCustomer) {
        IsPurchaseorderCustomerResponse answer = new IsPurchaseorderCustomerResponse();
        answer.responseProperties = properties();
        answer.isPurchaseOrderCustomer = isCustomer;
        return answer;
    }

    GetOrderResponse order(Order order) {
        GetOrderResponse answer = new GetOrderResponse();
        answer.responseProperties = properties();
        answer.orderSet = new SimulatedOrderAnswers(spelling).orderSet(order);
        return answer;
    }

    GetPurchaseOrderItemResponse items(List<OrderLine> lines) {
        GetPurchaseOrderItemResponse answer = new GetPurchaseOrderItemResponse();
        answer.responseProperties = properties();
        answer.purchaseOrderItem = new SimulatedOrderAnswers(spelling).items(lines);
        return answer;
    }

    /** Each packing list with one {@code PackingListSet} per order line set, as Bring's answer shows it. */
    GetPackagingListResponse packingLists(List<PackingList> lists) {
        GetPackagingListResponse answer = new GetPackagingListResponse();
        answer.responseProperties = properties();
        answer.packagingListSet = new GetPackagingListResponse.PackagingListSet();
        answer.packagingListSet.packagingLists = lists.stream().map(this::packingList).toList();
        return answer;
    }

    private PackingListElements.PackingList packingList(PackingList list) {
        PackingListElements.PackingList wire = new PackingListElements.PackingList();
        wire.consignmentId = list.consignmentId();
        wire.packageId = list.packageId().orElse(null);
        Map<String, PackingListElements.PackingListSet> sets = new LinkedHashMap<>();
        for (PackingListItem item : list.items()) {
            PackingListElements.PackingListSet set = sets.computeIfAbsent(item.orderLineId().orElse(""), id -> {
                PackingListElements.PackingListSet s = new PackingListElements.PackingListSet();
                s.orderLineId = id.isEmpty() ? null : id;
                s.items = new ArrayList<>();
                return s;
            });
            PackingListElements.PackingListItem wireItem = new PackingListElements.PackingListItem();
            wireItem.articleLineId = item.articleLineId();
            wireItem.quantity = item.quantity();
            wireItem.articleNumber = item.articleNumber().orElse(null);
            wireItem.articleVendorNumber = item.articleVendorNumber().orElse(null);
            set.items.add(wireItem);
        }
        wire.sets = List.copyOf(sets.values());
        if (!list.additionalItems().isEmpty()) {
            PackingListElements.AdditionalSet additional = new PackingListElements.AdditionalSet();
            additional.items = list.additionalItems().stream().map(item -> {
                PackingListElements.AdditionalItem wireItem = new PackingListElements.AdditionalItem();
                wireItem.articleId = item.articleId();
                wireItem.quantity = item.quantity();
                wireItem.description = item.description()
                        .map(d -> new ItemDescription(d.text(), d.usageCode().orElse(""))).orElse(null);
                wireItem.date = item.date()
                        .map(d -> new PropertiesDate(spelling.name(d.subClass()), spelling.moment(d.at()))).orElse(null);
                wireItem.monetaryAmounts = item.unitPrice()
                        .map(p -> new MonetaryAmounts(new Amount(p.amount(), p.currency().orElse("")))).orElse(null);
                return wireItem;
            }).toList();
            wire.additionalSets = List.of(additional);
        }
        return wire;
    }

    GetSenderStatusResponse senderStatus(SenderStatus status) {
        GetSenderStatusResponse answer = new GetSenderStatusResponse();
        answer.responseProperties = properties();
        answer.senderStatus = status.name();
        return answer;
    }

    /** The error list has no {@code ResponseProperties}, as Bring's example shows. */
    ErrorList errorList(List<ErrorDefinition> definitions) {
        ErrorList answer = new ErrorList();
        answer.errorTypes = definitions.stream().map(d -> new ErrorElement(d.code().value(), d.message())).toList();
        return answer;
    }

    /** Balances are whole numbers in JSON and have two decimals in XML; dates are ISO text in both, as Bring writes them. */
    GetArticleBalanceResponse balances(List<ArticleBalance> balances) {
        GetArticleBalanceResponse answer = new GetArticleBalanceResponse();
        answer.responseProperties = properties();
        answer.articleBalanceSet = new GetArticleBalanceResponse.ArticleBalanceSet();
        answer.articleBalanceSet.balances = balances.stream().map(b -> {
            GetArticleBalanceResponse.ArticleBalance wire = new GetArticleBalanceResponse.ArticleBalance();
            wire.articleNumber = b.articleNumber();
            wire.articleName = b.articleName().orElse(null);
            wire.physicalBalance = figure(b.physicalBalance());
            wire.allocatedBalance = figure(b.allocatedBalance());
            wire.inOrderBalance = figure(b.inOrderBalance());
            wire.freeBalance = figure(b.freeBalance());
            wire.created = b.created().map(WireTime::dateTime).orElse(null);
            wire.lastUpdated = b.lastUpdated().map(WireTime::dateTime).orElse(null);
            return wire;
        }).toList();
        return answer;
    }

    private BigDecimal figure(BigDecimal value) {
        return format == WireFormat.XML && value.scale() < 2 ? value.setScale(2) : value;
    }

    /** @return the answer to a create that Bring carried out */
    CreateResponse created() {
        CreateResponse answer = new CreateResponse();
        answer.responseProperties = properties();
        answer.status = "OK";
        return answer;
    }

    /**
     * Bring's error answer: {@code ResponseProperties/Error} with every error, and on a create
     * {@code Status FAILED}.
     *
     * @param errors the errors
     * @param create whether the request was a create
     * @return the answer
     */
    CreateResponse failed(List<BringError> errors, boolean create) {
        CreateResponse answer = new CreateResponse();
        answer.responseProperties = properties();
        answer.responseProperties.errors = errors.isEmpty() ? null
                : errors.stream().map(e -> new ErrorElement(e.code().value(), e.message())).toList();
        answer.status = create ? "FAILED" : null;
        return answer;
    }

    /**
     * An answer's body: JSON, or XML under a root element of that name in Bring's namespace.
     *
     * @param answer    the wire answer
     * @param root      the root element's name in XML
     * @param namespace the namespace, or empty for none
     * @return the bytes
     */
    byte[] bytes(Object answer, String root, Optional<String> namespace) {
        try {
            if (format == WireFormat.JSON) {
                return WireMappers.of(format).writeValueAsBytes(answer);
            }
            String xml = WireMappers.of(format).writer().withRootName(root).writeValueAsString(answer);
            String start = "<" + root;
            if (namespace.isPresent() && xml.startsWith(start)) {
                xml = start + " xmlns=\"" + namespace.get() + "\"" + xml.substring(start.length());
            }
            return xml.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the simulator cannot write " + root, e);
        }
    }
}
