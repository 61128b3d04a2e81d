package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The elements of Bring's order document, the same in the {@code CreateOrderRequest} of POST
 * {@code /omorder} and in the {@code GetOrderResponse} of GET {@code /omorder} and {@code /order}.
 * Their properties are in the order of Bring's schema (the page's request example), which XML
 * requires. Attributes in XML ({@code orderId}, {@code subClass}, {@code articleLineId},
 * {@code referenceType}...) are plain fields in JSON. Values Bring spells differently in JSON and
 * XML ({@code DELIVERY_PARTY} and {@code DeliveryParty}, dates as epoch milliseconds or ISO text)
 * are kept as Bring sent them and read by the mappers.
 */
final class OrderElements {

    private OrderElements() {
    }

    /** {@code Order}: id, status (answers only), references, the document date and terms of delivery. */
    @JsonPropertyOrder({"orderId", "OrderStatus", "SenderStatus", "Reference", "DateAndTimes", "TermsOfDelivery"})
    static final class Order {

        @JacksonXmlProperty(isAttribute = true, localName = "orderId")
        @JsonProperty("orderId")
        String orderId;

        /** Bring's processing status; only in answers. */
        @JsonProperty("OrderStatus")
        String orderStatus;

        /** OPEN or LOCKED; only in some answers (Bring's SOAP interface). */
        @JsonProperty("SenderStatus")
        String senderStatus;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Reference")
        List<Reference> references;

        /** One object in Bring's JSON; a list here so that repeated elements are all read. */
        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
        @JsonProperty("DateAndTimes")
        List<DateAndTimes> dateAndTimes;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("TermsOfDelivery")
        List<TermsOfDelivery> termsOfDelivery;
    }

    /** {@code Reference}: {@code <Reference referenceType="CMR"><ReferenceNo>..</ReferenceNo><Text>..</Text></Reference>}. */
    @JsonPropertyOrder({"referenceType", "ReferenceNo", "Text"})
    static final class Reference {

        @JacksonXmlProperty(isAttribute = true, localName = "referenceType")
        @JsonProperty("referenceType")
        String referenceType;

        @JsonProperty("ReferenceNo")
        String referenceNo;

        @JsonProperty("Text")
        String text;
    }

    /**
     * {@code DateAndTimes} with {@code Date} and {@code Time} children: in XML
     * {@code <Date>2017-11-19+01:00</Date><Time>19:22:51.355+01:00</Time>}, in Bring's JSON answers
     * both epoch milliseconds of the same moment, in the page's JSON request ISO text.
     */
    @JsonPropertyOrder({"subClass", "Date", "Time"})
    static final class DateAndTimes {

        @JacksonXmlProperty(isAttribute = true, localName = "subClass")
        @JsonProperty("subClass")
        String subClass;

        @JsonProperty("Date")
        Object date;

        @JsonProperty("Time")
        Object time;
    }

    /** {@code TermsOfDelivery}: condition (e.g. FOB), its code list (e.g. Incoterms) and location. */
    @JsonPropertyOrder({"TODConditionCode", "TODConditionCodeList", "TODLocation"})
    static final class TermsOfDelivery {

        @JsonProperty("TODConditionCode")
        Code conditionCode;

        @JsonProperty("TODConditionCodeList")
        Code conditionCodeList;

        @JsonProperty("TODLocation")
        String location;
    }

    /** {@code TransportService}: {@code BasicServiceCode} and {@code AdditionalService}s. */
    @JsonPropertyOrder({"BasicServiceCode", "AdditionalService"})
    static final class TransportService {

        @JsonProperty("BasicServiceCode")
        Code basicServiceCode;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("AdditionalService")
        List<AdditionalService> additionalServices;
    }

    /** {@code AdditionalService}: its {@code AdditionalServiceCode}. */
    static final class AdditionalService {

        @JsonProperty("AdditionalServiceCode")
        Code code;
    }

    /** {@code TransportLeg}: type, mode of transport and locations. */
    @JsonPropertyOrder({"TransportLegType", "ModeOfTransport", "Location"})
    static final class TransportLeg {

        @JsonProperty("TransportLegType")
        Code legType;

        @JsonProperty("ModeOfTransport")
        Code modeOfTransport;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Location")
        List<Location> locations;
    }

    /** {@code Location}: {@code <Location subClass="StartLocation" locationId="3015">}. */
    @JsonPropertyOrder({"subClass", "locationId", "LocationName", "CountryCode"})
    static final class Location {

        @JacksonXmlProperty(isAttribute = true, localName = "subClass")
        @JsonProperty("subClass")
        String subClass;

        @JacksonXmlProperty(isAttribute = true, localName = "locationId")
        @JsonProperty("locationId")
        String locationId;

        @JsonProperty("LocationName")
        String name;

        @JsonProperty("CountryCode")
        Code countryCode;
    }

    /** {@code Party}: {@code <Party subClass="DeliveryParty" partyId="104520">} with name, addresses, contacts. */
    @JsonPropertyOrder({"subClass", "partyId", "Name", "VATNo", "Address", "Contact", "Reference", "PlantId"})
    static final class Party {

        @JacksonXmlProperty(isAttribute = true, localName = "subClass")
        @JsonProperty("subClass")
        String subClass;

        @JacksonXmlProperty(isAttribute = true, localName = "partyId")
        @JsonProperty("partyId")
        String partyId;

        @JsonProperty("Name")
        String name;

        @JsonProperty("VATNo")
        String vatNo;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Address")
        List<Address> addresses;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Contact")
        List<Contact> contacts;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Reference")
        List<Reference> references;

        /** Sent by Bring's SOAP interface; not part of the REST request schema. */
        @JsonProperty("PlantId")
        String plantId;
    }

    /** {@code Address}: {@code <Address subClass="PhysicalAddress">}. */
    @JsonPropertyOrder({"subClass", "PostalCode", "City", "ZIPCode", "StateOrRegion", "CountryCode", "Street",
            "StreetNo", "AddressLine", "POBox", "PostOffice"})
    static final class Address {

        @JacksonXmlProperty(isAttribute = true, localName = "subClass")
        @JsonProperty("subClass")
        String subClass;

        @JsonProperty("PostalCode")
        String postalCode;

        @JsonProperty("City")
        String city;

        @JsonProperty("ZIPCode")
        String zipCode;

        @JsonProperty("StateOrRegion")
        String stateOrRegion;

        @JsonProperty("CountryCode")
        Code countryCode;

        @JsonProperty("Street")
        String street;

        @JsonProperty("StreetNo")
        String streetNo;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("AddressLine")
        List<String> addressLines;

        @JsonProperty("POBox")
        String poBox;

        @JsonProperty("PostOffice")
        String postOffice;
    }

    /** {@code Contact}; Bring sends {@code <Contact/>} or {@code {}} for none. */
    @JsonPropertyOrder({"PhoneNo", "CellPhoneNo", "TelefaxNo", "EMailAddress", "WebAddress", "ContactName",
            "ContactFunction"})
    static final class Contact {

        @JsonProperty("PhoneNo")
        String phone;

        @JsonProperty("CellPhoneNo")
        String cellPhone;

        @JsonProperty("TelefaxNo")
        String telefax;

        @JsonProperty("EMailAddress")
        String email;

        /** The SOAP interface's name for the e-mail address; read only. */
        @JsonProperty(value = "Mail", access = JsonProperty.Access.WRITE_ONLY)
        String mail;

        @JsonProperty("WebAddress")
        String web;

        @JsonProperty("ContactName")
        String name;

        @JsonProperty("ContactFunction")
        String function;
    }

    /**
     * {@code OrderItem}: one order line, {@code <OrderItem articleLineId="1">}. Its {@code Description}
     * is a list of {@code {"usageCode", "Text": [{"value"}]}} here, unlike GET {@code /items}.
     */
    @JsonPropertyOrder({"articleLineId", "ArticleId", "ArticleQuantity", "RemainingArticleQuantity", "Description",
            "DateAndTimes", "ArticleMonetaryAmounts", "ArticleName"})
    static final class OrderItem {

        @JacksonXmlProperty(isAttribute = true, localName = "articleLineId")
        @JsonProperty("articleLineId")
        String articleLineId;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("ArticleId")
        List<Code> articleIds;

        @JsonProperty("ArticleQuantity")
        Quantity quantity;

        /** What is left to pack; only in answers. */
        @JsonProperty("RemainingArticleQuantity")
        BigDecimal remainingQuantity;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Description")
        List<Description> descriptions;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("DateAndTimes")
        List<DateAndTimes> dateAndTimes;

        @JsonProperty("ArticleMonetaryAmounts")
        MonetaryAmounts monetaryAmounts;

        @JsonProperty("ArticleName")
        String articleName;
    }

    /**
     * A quantity with its unit: {@code <ArticleQuantity unitCode="STK">2</ArticleQuantity>},
     * {@code {"unitCode": "STK", "value": 2}}. A bare number, as Bring's answers elsewhere give
     * quantities, is read too.
     */
    @JsonPropertyOrder({"unitCode", "value"})
    static final class Quantity {

        @JacksonXmlProperty(isAttribute = true, localName = "unitCode")
        @JsonProperty("unitCode")
        String unitCode;

        @JacksonXmlText
        @JsonProperty("value")
        BigDecimal value;

        Quantity() {
        }

        /**
         * A quantity given as a bare decimal number.
         *
         * @param value the number
         */
        public Quantity(BigDecimal value) {
            this.value = value;
        }

        /**
         * A quantity given as a bare whole number.
         *
         * @param value the number
         */
        public Quantity(long value) {
            this.value = BigDecimal.valueOf(value);
        }

        /**
         * A quantity given as text.
         *
         * @param value the number as text
         */
        public Quantity(String value) {
            this.value = value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        }

        Quantity(BigDecimal value, String unitCode) {
            this.value = value;
            this.unitCode = unitCode;
        }
    }

    /** {@code Description}: {@code <Description usageCode="AAA"><Text>..</Text></Description>}. */
    @JsonPropertyOrder({"usageCode", "Text"})
    static final class Description {

        @JacksonXmlProperty(isAttribute = true, localName = "usageCode")
        @JsonProperty("usageCode")
        String usageCode;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Text")
        List<DescriptionText> texts;
    }

    /** A {@code Text} of a description: {@code {"value": ".."}} in JSON (bare text tolerated), text in XML. */
    static final class DescriptionText {

        @JacksonXmlText
        @JsonProperty("value")
        String value;

        DescriptionText() {
        }

        /**
         * A text given as bare text.
         *
         * @param value the text
         */
        public DescriptionText(String value) {
            this.value = value;
        }
    }
}
