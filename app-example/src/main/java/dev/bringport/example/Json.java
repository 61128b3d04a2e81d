package dev.bringport.example;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.ModeOfTransport;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.PartyRole;

/** How the tool writes domain values as JSON: records as objects, codes as strings, times as ISO-8601. */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("bring-codes");
        for (Class<?> code : new Class<?>[] {ErrorCode.class, PartyRole.class, OrderStatus.class, EventType.class,
                ModeOfTransport.class}) {
            codes.addSerializer(code, ToStringSerializer.instance);
        }
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(codes)
                // records are written by their components only, not by helpers such as isEmpty()
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }
}
