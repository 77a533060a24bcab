package io.newsroom.support.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service's HTTP methods by path, read once from the JAX-RS annotations of its resource classes (on the class, its
 * superclasses or the interfaces it implements): what a 405 must name in {@code Allow} (RFC 9110, 15.5.6) and what
 * a 415 names as accepted. RESTEasy Reactive refuses both without saying (its NotAllowedException has no Allow; it
 * fills Allow only for OPTIONS), so {@link HttpRefusals} asks here. A plain function of the classes.
 */
public final class ResourceMethods {

    /** One resource method: its path as a pattern (a template parameter is one segment), verb and consumed types. */
    private record Route(Pattern path, String verb, List<String> consumes) {
    }

    private final List<Route> routes;

    private ResourceMethods(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The model of the given classes; a class without {@code @Path} (on itself or a supertype) adds nothing. */
    public static ResourceMethods of(Collection<Class<?>> classes) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : classes) {
            Path base = pathOf(resource);
            if (base == null) {
                continue;
            }
            Map<String, Route> byMethod = new LinkedHashMap<>();
            for (Class<?> type : hierarchy(resource)) {
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb == null) {
                        continue;
                    }
                    Path own = method.getAnnotation(Path.class);
                    String template = normalise(base.value() + "/" + (own == null ? "" : own.value()));
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    if (consumes == null) {
                        consumes = consumesOf(type, resource);
                    }
                    // The nearest declaration wins: an overriding method seen first hides the one it overrides.
                    byMethod.putIfAbsent(method.getName() + verb + template,
                            new Route(pattern(template), verb, consumes == null ? List.of() : types(consumes)));
                }
            }
            routes.addAll(byMethod.values());
        }
        return new ResourceMethods(routes);
    }

    /** The Allow value of a path (e.g. {@code OPTIONS, POST}), or empty when no resource has the path. */
    public Optional<String> allow(String path) {
        String normalised = normalise(path);
        TreeSet<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.verb());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add("OPTIONS");   // answered by RESTEasy Reactive for every resource path
        if (methods.contains("GET")) {
            methods.add("HEAD");   // served as GET
        }
        return Optional.of(String.join(", ", methods));
    }

    /** The media types {@code method} takes at {@code path}, in declaration order; empty when any or none is declared. */
    public List<String> consumes(String method, String path) {
        String normalised = normalise(path);
        Set<String> types = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.verb().equals(method) && route.path().matcher(normalised).matches()) {
                types.addAll(route.consumes());
            }
        }
        return List.copyOf(types);
    }

    private static List<Class<?>> hierarchy(Class<?> resource) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            types.add(c);
        }
        for (int i = 0; i < types.size(); i++) {   // grows while interfaces are found
            for (Class<?> implemented : types.get(i).getInterfaces()) {
                if (!types.contains(implemented)) {
                    types.add(implemented);
                }
            }
        }
        return types;
    }

    private static Path pathOf(Class<?> resource) {
        for (Class<?> type : hierarchy(resource)) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    private static Consumes consumesOf(Class<?> declaring, Class<?> resource) {
        Consumes own = declaring.getAnnotation(Consumes.class);
        return own != null ? own : resource.getAnnotation(Consumes.class);
    }

    private static List<String> types(Consumes consumes) {
        List<String> types = new ArrayList<>();
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                if (!type.isBlank() && !type.strip().equals("*/*")) {
                    types.add(type.strip());
                }
            }
        }
        return types;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** {@code /feeds/{name}/pull} → a pattern where each template parameter is one path segment. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\{[^}]*}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
