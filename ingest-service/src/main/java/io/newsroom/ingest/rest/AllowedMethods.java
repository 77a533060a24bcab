package io.newsroom.ingest.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods a path of this service takes, for the {@code Allow} header every 405 must carry (RFC 9110, 15.5.6):
 * RESTEasy Reactive refuses an unknown method with a bare NotAllowedException (it fills Allow only for OPTIONS), so
 * the methods are read here from the JAX-RS annotations of the service's resources. A new resource class belongs in
 * {@link #RESOURCES}.
 */
final class AllowedMethods {

    static final List<Class<?>> RESOURCES = List.of(ArticleApi.class, FeedResource.class);

    private record Route(Pattern path, TreeSet<String> methods) {
    }

    private static final List<Route> ROUTES = routes();

    private AllowedMethods() {
    }

    /** The Allow value for the path (e.g. {@code OPTIONS, POST}), or null when no resource has the path. */
    static String of(String path) {
        String normalised = normalise(path);
        TreeSet<String> methods = new TreeSet<>();
        for (Route route : ROUTES) {
            if (route.path().matcher(normalised).matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        methods.add("OPTIONS");   // answered by RESTEasy Reactive for every resource path
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    private static List<Route> routes() {
        Map<String, TreeSet<String>> byTemplate = new LinkedHashMap<>();
        for (Class<?> resource : RESOURCES) {
            Path base = resource.getAnnotation(Path.class);
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path own = method.getAnnotation(Path.class);
                    String template = normalise((base == null ? "" : base.value()) + "/" + (own == null ? "" : own.value()));
                    byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(verb);
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        byTemplate.forEach((template, methods) -> routes.add(new Route(pattern(template), methods)));
        return List.copyOf(routes);
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
