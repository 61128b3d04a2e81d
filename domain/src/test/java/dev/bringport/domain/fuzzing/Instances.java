package dev.bringport.domain.fuzzing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Instances of the domain's types made the way a user makes them: through a public constructor,
 * a public static factory of the type, or its builder with some of its setters called, every
 * argument generated ({@link Values}: null, blank, enormous, out of range...). Arguments of
 * domain types are built the same way, a few levels deep.
 */
public final class Instances {

    /** How deep arguments of domain types are built before null is passed instead. */
    private static final int DEPTH = 3;
    private static final String DOMAIN = "dev.bringport.domain";

    private Instances() {
    }

    /**
     * Every public class of the domain that a user can create (a public constructor, a static
     * factory returning it, or a builder), found on the class path next to a known class.
     *
     * @param anyDomainClass a class of the domain's main classes
     * @return the creatable classes, by name
     */
    public static List<Class<?>> creatable(Class<?> anyDomainClass) {
        try {
            Path root = Paths.get(anyDomainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                                .replaceFirst("\\.class$", ""))
                        .filter(name -> name.startsWith(DOMAIN) && !name.contains("$"))
                        .map(Instances::load)
                        .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isInterface() && !c.isEnum())
                        .filter(c -> !creators(c).isEmpty())
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the domain's classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public constructors, the public static factories returning the type, and the static
     * methods returning its builder.
     *
     * @param type the type
     * @return its creators
     */
    public static List<Executable> creators(Class<?> type) {
        List<Executable> creators = new ArrayList<>(Arrays.asList(type.getConstructors()));
        for (Method method : type.getMethods()) {
            boolean factory = Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type
                    && (method.getReturnType() == type || isBuilder(method.getReturnType()));
            if (factory) {
                creators.add(method);
            }
        }
        creators.sort(Comparator.comparing(Executable::toGenericString));
        return creators;
    }

    private static boolean isBuilder(Class<?> type) {
        return type.getSimpleName().equals("Builder") && Stream.of(type.getMethods())
                .anyMatch(m -> m.getName().equals("build") && m.getParameterCount() == 0);
    }

    /**
     * An instance of a type through one of its creators chosen at random; a builder gets some of
     * its setters called with generated arguments before it builds.
     *
     * @param type   the type
     * @param random the source
     * @return the instance
     * @throws Throwable what the constructor, factory, setter or build threw
     */
    public static Object create(Class<?> type, Random random) throws Throwable {
        return create(type, random, 0);
    }

    /**
     * An instance of a type, retrying with other arguments when the creator refuses them.
     *
     * @param type     the type
     * @param random   the source
     * @param attempts how many times to try
     * @param <T>      the type
     * @return the instance, or empty when every attempt was refused
     */
    public static <T> Optional<T> tryCreate(Class<T> type, Random random, int attempts) {
        for (int i = 0; i < attempts; i++) {
            try {
                return Optional.of(type.cast(create(type, random, 0)));
            } catch (IllegalArgumentException | NullPointerException refused) {
                // another set of arguments
            } catch (Throwable other) {
                throw new AssertionError("creating " + type.getSimpleName() + " threw " + other, other);
            }
        }
        return Optional.empty();
    }

    private static Object create(Class<?> type, Random random, int depth) throws Throwable {
        List<Executable> creators = creators(type);
        Executable creator = creators.get(random.nextInt(creators.size()));
        Object made = invoke(creator, null, random, depth);
        if (made != null && isBuilder(made.getClass())) {
            List<Method> setters = Stream.of(made.getClass().getMethods())
                    .filter(m -> m.getReturnType() == made.getClass() && !Modifier.isStatic(m.getModifiers()))
                    .sorted(Comparator.comparing(Method::toGenericString)).toList();
            for (int n = random.nextInt(setters.size() + 1); n > 0 && !setters.isEmpty(); n--) {
                invoke(setters.get(random.nextInt(setters.size())), made, random, depth);
            }
            return invoke(made.getClass().getMethod("build"), made, random, depth);
        }
        return made;
    }

    private static Object invoke(Executable executable, Object target, Random random, int depth) throws Throwable {
        Type[] parameters = executable.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = value(parameters[i], random, depth + 1);
        }
        try {
            return executable instanceof Constructor<?> constructor ? constructor.newInstance(arguments)
                    : ((Method) executable).invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * A generated value of a type: text, decimals, instants, dates, numbers, optionals, lists,
     * sets, maps, enum constants, and domain types built a few levels deep; null among them.
     *
     * @param type   the type
     * @param random the source
     * @param depth  how deep the value is
     * @return the value, possibly null
     */
    static Object value(Type type, Random random, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return Values.textOrNull(random);
        }
        if (raw == BigDecimal.class) {
            return Values.decimalOrNull(random);
        }
        if (raw == Instant.class) {
            return Values.instantOrNull(random);
        }
        if (raw == LocalDate.class) {
            return Values.dateOrNull(random);
        }
        if (raw == LocalTime.class) {
            return random.nextInt(20) == 0 ? null : LocalTime.of(random.nextInt(24), random.nextInt(60));
        }
        if (raw == LocalDateTime.class) {
            LocalDate date = Values.dateOrNull(random);
            return date == null ? null : date.atTime(random.nextInt(24), random.nextInt(60));
        }
        if (raw == Duration.class) {
            return random.nextInt(20) == 0 ? null : Duration.ofMinutes(random.nextInt(2_000) - 1_000);
        }
        if (raw == ZoneId.class) {
            return Values.oneOfOrNull(random, ZoneId.of("Europe/Oslo"), ZoneId.of("UTC"));
        }
        if (raw == URI.class) {
            return Values.oneOfOrNull(random, URI.create("https://api.bring.com/x"), URI.create("x"), URI.create("file:///etc"));
        }
        if (raw == int.class || raw == Integer.class) {
            return Values.integer(random);
        }
        if (raw == long.class || raw == Long.class) {
            return (long) Values.integer(random);
        }
        if (raw == double.class || raw == Double.class) {
            return Values.oneOfOrNull(random, 0.0, -1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, 1e300);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw.isEnum()) {
            return Values.oneOfOrNull(random, raw.getEnumConstants());
        }
        if (raw == Optional.class) {
            return random.nextInt(20) == 0 ? null : Optional.ofNullable(value(argument(type, 0), random, depth));
        }
        if (raw == List.class || raw == Set.class || raw == java.util.Collection.class) {
            List<Object> list = Values.listOrNull(random, r -> value(argument(type, 0), r, depth + 1), depth > DEPTH ? 0 : 3);
            return list == null ? null : raw == Set.class ? new HashSet<>(list) : list;
        }
        if (raw == Map.class) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                map.put(value(argument(type, 0), random, depth + 1), value(argument(type, 1), random, depth + 1));
            }
            return map;
        }
        if (raw.getName().startsWith(DOMAIN) && depth <= DEPTH && !creators(raw).isEmpty()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    return create(raw, random, depth);
                } catch (Throwable refused) {
                    // try other arguments; the property checks what creating throws, not this
                }
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
