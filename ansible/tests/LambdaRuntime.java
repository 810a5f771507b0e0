import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for AWS Lambda's Java 17 runtime, for the rehearsal (rehearse.sh), run in source-file
 * mode ({@code java LambdaRuntime.java TASK_ROOT HANDLER EVENT_JSON[:EVENT_JSON...] TIMEOUT_SECONDS}) in a
 * fresh JVM whose environment is the function's. Like the runtime it loads the handler from the
 * extracted deployment package alone (TASK_ROOT and TASK_ROOT/lib/*.jar, nothing of this JVM's class
 * path), turns each JSON event into the handler's event type by its setters, passes a Context and
 * prints the handler's result: a line {@code RESULT <value>} per event, a String as it is, any other
 * object as JSON of its getters. Several events are invocations of one warm container, one handler
 * instance, as Lambda reuses them. No dependency: the JSON reader and writer are the few lines below.
 */
public final class LambdaRuntime {

    public static void main(String[] args) throws Exception {
        Path task = Path.of(args[0]);
        String[] handler = args[1].split("::");
        List<Object> events = new ArrayList<>();
        for (String file : args[2].split(File.pathSeparator)) {
            events.add(new Json(Files.readString(Path.of(file))).value());
        }
        long deadline = System.currentTimeMillis() + Long.parseLong(args[3]) * 1000;

        List<URL> urls = new ArrayList<>();
        urls.add(task.toUri().toURL());
        File[] jars = task.resolve("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars != null) {
            for (File jar : jars) {
                urls.add(jar.toURI().toURL());
            }
        }
        // the platform loader as parent: the JDK only, never this launcher's class path
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = Class.forName(handler[0], true, loader);
        Object instance = type.getDeclaredConstructor().newInstance();
        Method method = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(handler.length > 1 ? handler[1] : "handleRequest")
                    && candidate.getParameterCount() == 2 && !candidate.isBridge()) {
                method = candidate;
            }
        }
        if (method == null) {
            throw new IllegalStateException("no handler method " + args[1]);
        }
        Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
        Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, called, callArgs) ->
                switch (called.getName()) {
                    case "getRemainingTimeInMillis" -> (int) Math.max(0, deadline - System.currentTimeMillis());
                    case "getFunctionName" -> System.getenv("AWS_LAMBDA_FUNCTION_NAME");
                    case "getMemoryLimitInMB" -> Integer.parseInt(System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
                    case "getAwsRequestId" -> "rehearsal-" + System.nanoTime();
                    case "toString" -> "rehearsal context";
                    default -> null;
                });
        try {
            for (Object event : events) {
                Object result = method.invoke(instance, convert(event, method.getGenericParameterTypes()[0], loader), context);
                System.out.println("RESULT " + (result instanceof String text ? text : toJson(result)));
            }
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** JSON value (Map, List, String, Double, Boolean, null) to the handler's parameter type, by setters. */
    @SuppressWarnings("unchecked")
    static Object convert(Object value, Type target, ClassLoader loader) throws Exception {
        if (value == null) {
            return null;
        }
        Class<?> raw = target instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) target;
        if (raw == Object.class) {
            return value; // as the runtime's Jackson gives it: maps, lists, strings, numbers
        }
        if (raw == String.class) {
            return value instanceof String ? value : String.valueOf(value);
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (Object item : (List<Object>) value) {
                list.add(convert(item, element, loader));
            }
            return list;
        }
        if (Map.class.isAssignableFrom(raw) && value instanceof Map<?, ?> map && target instanceof ParameterizedType p) {
            // headers, path parameters: the query handler reads them
            Map<String, Object> converted = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                converted.put(String.valueOf(entry.getKey()), convert(entry.getValue(), p.getActualTypeArguments()[1], loader));
            }
            return converted;
        }
        if (!(value instanceof Map)) {
            return null; // numbers, booleans, timestamps: no handler here reads them from its event
        }
        Object bean = raw.getDeclaredConstructor().newInstance();
        for (Map.Entry<String, Object> field : ((Map<String, Object>) value).entrySet()) {
            for (Method setter : raw.getMethods()) {
                if (setter.getName().equalsIgnoreCase("set" + field.getKey()) && setter.getParameterCount() == 1) {
                    Object converted = convert(field.getValue(), setter.getGenericParameterTypes()[0], loader);
                    if (converted != null) {
                        setter.invoke(bean, converted);
                    }
                    break;
                }
            }
        }
        return bean;
    }

    /** A handler's result as JSON: maps, lists, strings, numbers, booleans, and beans by their getters. */
    static String toJson(Object value) throws Exception {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        List<String> parts = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                parts.add(toJson(String.valueOf(entry.getKey())) + ":" + toJson(entry.getValue()));
            }
            return "{" + String.join(",", parts) + "}";
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                parts.add(toJson(item));
            }
            return "[" + String.join(",", parts) + "]";
        }
        for (Method getter : value.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class
                    && (name.startsWith("get") || name.startsWith("is")) && name.length() > 3) {
                String field = name.startsWith("get") ? name.substring(3) : name.substring(2);
                parts.add(toJson(Character.toLowerCase(field.charAt(0)) + field.substring(1)) + ":" + toJson(getter.invoke(value)));
            }
        }
        return "{" + String.join(",", parts) + "}";
    }

    /** Just enough JSON for an event. */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    skip();
                    String key = string();
                    skip();
                    at++; // :
                    map.put(key, value());
                    skip();
                } while (text.charAt(at++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    skip();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> Double.valueOf(word);
            };
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            at++;
            return out.toString();
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
