package dev.bringport.ports.migration;

import dev.bringport.ports.BringException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two answers field by field: records by component, lists by position, maps by key,
 * optionals by content, decimals by value ({@code 23.0} equals {@code 23}), failures by type
 * and Bring codes. Answers come from the domain, which is all records, lists, optionals and
 * values.
 */
public final class Differences {

    private Differences() {
    }

    /**
     * The fields on which two answers differ.
     *
     * @param primary   the primary's answer (a value, or a {@link BringException})
     * @param candidate the candidate's answer
     * @return the differences, empty when the answers are equal
     */
    public static List<Difference> between(Object primary, Object candidate) {
        List<Difference> found = new ArrayList<>();
        compare("", primary, candidate, found);
        return found;
    }

    private static void compare(String path, Object primary, Object candidate, List<Difference> found) {
        Object a = primary instanceof Optional<?> optional ? optional.orElse(null) : primary;
        Object b = candidate instanceof Optional<?> optional ? optional.orElse(null) : candidate;
        if (a == null || b == null) {
            if (a != b) {
                found.add(new Difference(path, text(a), text(b)));
            }
        } else if (a instanceof BringException ea && b instanceof BringException eb) {
            if (ea.getClass() != eb.getClass() || !ea.codes().equals(eb.codes())) {
                found.add(new Difference(path, failure(ea), failure(eb)));
            }
        } else if (a instanceof BigDecimal da && b instanceof BigDecimal db) {
            if (da.compareTo(db) != 0) {
                found.add(new Difference(path, da.toPlainString(), db.toPlainString()));
            }
        } else if (a instanceof byte[] ba && b instanceof byte[] bb) {
            if (!Arrays.equals(ba, bb)) {
                found.add(new Difference(path, ba.length + " bytes", bb.length + " bytes"));
            }
        } else if (a instanceof Record && a.getClass() == b.getClass()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                compare(join(path, component.getName()), value(component, a), value(component, b), found);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
                compare(path + "[" + i + "]", i < la.size() ? la.get(i) : null, i < lb.size() ? lb.get(i) : null, found);
            }
        } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            TreeSet<String> keys = new TreeSet<>();
            ma.keySet().forEach(k -> keys.add(String.valueOf(k)));
            mb.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                compare(path + "[" + key + "]", byText(ma, key), byText(mb, key), found);
            }
        } else if (!a.equals(b)) {
            found.add(new Difference(path, text(a), text(b)));
        }
    }

    private static Object byText(Map<?, ?> map, String key) {
        return map.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equals(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String failure(BringException e) {
        return e.getClass().getSimpleName() + e.codes();
    }

    private static String text(Object value) {
        if (value == null) {
            return "(absent)";
        }
        if (value instanceof Collection<?> c) {
            return c.size() + " elements";
        }
        return value instanceof BringException e ? failure(e) : String.valueOf(value);
    }
}
