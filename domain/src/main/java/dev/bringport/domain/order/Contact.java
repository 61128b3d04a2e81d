package dev.bringport.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact of an order party. Bring sends {@code <Contact/>} for none; every part is optional.
 *
 * @param name      {@code ContactName}
 * @param function  {@code ContactFunction}
 * @param phone     {@code PhoneNo}
 * @param cellPhone {@code CellPhoneNo}
 * @param telefax   {@code TelefaxNo}
 * @param email     {@code EMailAddress} (the SOAP interface calls it {@code Mail})
 * @param web       {@code WebAddress}
 */
public record Contact(Optional<String> name, Optional<String> function, Optional<String> phone,
                      Optional<String> cellPhone, Optional<String> telefax, Optional<String> email,
                      Optional<String> web) {

    /**
     * Treats blank parts as absent.
     *
     * @param name      {@code ContactName}
     * @param function  {@code ContactFunction}
     * @param phone     {@code PhoneNo}
     * @param cellPhone {@code CellPhoneNo}
     * @param telefax   {@code TelefaxNo}
     * @param email     {@code EMailAddress} (the SOAP interface calls it {@code Mail})
     * @param web       {@code WebAddress}
     */
    public Contact {
        name = present(name, "name");
        function = present(function, "function");
        phone = present(phone, "phone");
        cellPhone = present(cellPhone, "cellPhone");
        telefax = present(telefax, "telefax");
        email = present(email, "email");
        web = present(web, "web");
    }

    private static Optional<String> present(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).filter(s -> !s.isBlank());
    }

    /**
     * Whether every part is absent ({@code <Contact/>}).
     *
     * @return whether the contact is empty
     */
    public boolean isEmpty() {
        return name.isEmpty() && function.isEmpty() && phone.isEmpty() && cellPhone.isEmpty()
                && telefax.isEmpty() && email.isEmpty() && web.isEmpty();
    }

    /**
     * Starts a contact.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; every part is optional. */
    public static final class Builder {
        private String name;
        private String function;
        private String phone;
        private String cellPhone;
        private String telefax;
        private String email;
        private String web;

        private Builder() {
        }

        /**
         * Sets {@code ContactName}.
         *
         * @param value {@code ContactName}
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets {@code ContactFunction}.
         *
         * @param value {@code ContactFunction}
         * @return this builder
         */
        public Builder function(String value) {
            function = value;
            return this;
        }

        /**
         * Sets {@code PhoneNo}.
         *
         * @param value {@code PhoneNo}
         * @return this builder
         */
        public Builder phone(String value) {
            phone = value;
            return this;
        }

        /**
         * Sets {@code CellPhoneNo}.
         *
         * @param value {@code CellPhoneNo}
         * @return this builder
         */
        public Builder cellPhone(String value) {
            cellPhone = value;
            return this;
        }

        /**
         * Sets {@code TelefaxNo}.
         *
         * @param value {@code TelefaxNo}
         * @return this builder
         */
        public Builder telefax(String value) {
            telefax = value;
            return this;
        }

        /**
         * Sets {@code EMailAddress}.
         *
         * @param value {@code EMailAddress}
         * @return this builder
         */
        public Builder email(String value) {
            email = value;
            return this;
        }

        /**
         * Sets {@code WebAddress}.
         *
         * @param value {@code WebAddress}
         * @return this builder
         */
        public Builder web(String value) {
            web = value;
            return this;
        }

        /** {@return the contact} */
        public Contact build() {
            return new Contact(Optional.ofNullable(name), Optional.ofNullable(function), Optional.ofNullable(phone),
                    Optional.ofNullable(cellPhone), Optional.ofNullable(telefax), Optional.ofNullable(email),
                    Optional.ofNullable(web));
        }
    }
}
