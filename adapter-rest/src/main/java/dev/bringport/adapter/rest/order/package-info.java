/**
 * Order Management and Warehousing ("pull order/article") over Bring's REST interface,
 * {@code https://api.bring.com/po/api/v1}: {@link dev.bringport.adapter.rest.order.RestOrderManagement}
 * and {@link dev.bringport.adapter.rest.order.RestWarehousing}.
 *
 * <p>Inside, package-private: the wire types, one per Bring message ({@code CreateOrderRequest},
 * {@code GetOrderResponse}, {@code GetPurchaseOrderItemResponse}...) with the element types they
 * share ({@code OrderElements}, {@code PackingListElements}), annotated for Jackson so that one type
 * reads and writes both of Bring's formats; the mappers between them and the domain, one per
 * direction or message family; and {@code PoApi}/{@code PoAnswers}, which call the endpoints and
 * turn a successful answer that carries Bring's errors into the failure it is.
 */
package dev.bringport.adapter.rest.order;
