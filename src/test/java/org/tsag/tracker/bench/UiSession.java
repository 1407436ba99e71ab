package org.tsag.tracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of a Vaadin 25 (Flow) application, spoken over plain HTTP exactly as Flow's client
 * does it (captured from Chromium against this app, and read from vaadin/flow's {@code Flow.ts},
 * {@code MessageSender} and {@code Heartbeat}):
 * <ol>
 * <li>{@code GET /route}: the bootstrap page (index.html); it sets the {@code JSESSIONID} cookie.</li>
 * <li>{@code GET /?v-r=init&location=route&query=...&v-sh=...}: the UI is created; the JSON answer
 * holds {@code appConfig.v-uiId}, the initial UIDL with the CSRF token {@code Vaadin-Security-Key},
 * {@code Vaadin-Push-ID}, {@code syncId} and {@code clientId}, and {@code heartbeatInterval}.</li>
 * <li>{@code POST /?v-r=uidl&v-uiId=N} with {@code {"csrfToken","rpc":[...],"syncId","clientId"}}:
 * first the {@code ui-navigate} event on the root node, which builds the view; then the events and
 * property syncs ({@code mSync}) of user actions. {@code syncId} is the last one the server sent;
 * {@code clientId} counts the client's messages from 0, as the server confirms in each answer.</li>
 * <li>{@code POST /?v-r=heartbeat&v-uiId=N} (empty, {@code text/plain}) every
 * {@code heartbeatInterval} seconds, which keeps the UI alive.</li>
 * </ol>
 * Only the state the benchmark needs is tracked from the UIDL changes: the dashboard's period
 * selector and its item keys, the app layout's drawer, the push mode, and the number of state nodes.
 * Calls on one tab are serialised (one UIDL request in flight per UI, like the browser); heartbeats
 * are not, like the browser's.
 * <p>
 * Push ({@code @Push} on the app shell), as Chromium opens it against this app (captured through a
 * logging proxy, see docs/perf/sessions.md, and read from vaadin/flow's
 * {@code AtmospherePushConnection}): right after the init answer and before the navigate event, a
 * WebSocket to {@code /VAADIN/push?v-r=push&v-uiId=N&v-pushId=<Vaadin-Push-ID>&X-Atmosphere-tracking-id=0
 * &X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true
 * &Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=S}
 * with the session cookie. The server first sends Atmosphere's handshake {@code 41|<tracking id>|0|X|},
 * then each UIDL message as {@code <length>|{json}} (length in UTF-16 characters; one message may span
 * several WebSocket frames, and one frame may hold several messages). Client-to-server messages stay
 * on XHR, as in the browser. Each pushed UIDL is applied like an XHR answer and timestamped, so that
 * the benchmark can time a committed change to the push that shows it ({@link #armUpdate()}).
 */
final class UiSession {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A failed exchange: HTTP status, expired session, security key refused, or an unexpected answer. */
    static final class Failure extends IOException {
        Failure(String message) {
            super(message);
        }
    }

    /** What one UIDL round trip took and brought back. */
    record Exchange(long nanos, int bytes, int attachedNodes) {
    }

    private final HttpClient http;
    private final String base;
    private final ReentrantLock inFlight = new ReentrantLock();
    private final AtomicBoolean reserved = new AtomicBoolean();

    private String cookie;
    private int uiId = -1;
    private String csrfToken;
    private String pushId;
    private String pushMode = "?";
    private int heartbeatSeconds = -1;
    private int syncId = -1;
    private int clientId;

    private int periodSelect = -1;
    /** The period selector's items, label to key, in the selector's order ("all study periods" first). */
    private final Map<String, String> periodKeys = new LinkedHashMap<>();
    /** The label of the period the selector shows. */
    private String periodLabel;
    private String openingPeriod;
    private int appLayout = -1;
    private int drawerToggle = -1;
    private boolean drawerOpened = true;
    private int nodes;

    private WebSocket push;
    private final StringBuilder pushBuffer = new StringBuilder();
    private final AtomicInteger pushMessages = new AtomicInteger();
    private final AtomicInteger otherPushesSinceArm = new AtomicInteger();
    private volatile long openedNanos;
    private volatile java.util.concurrent.ScheduledFuture<?> socketHeartbeat;
    /** Atmosphere's handshake: tracking id, heartbeat interval in ms, padding. */
    private static final java.util.regex.Pattern HANDSHAKE = java.util.regex.Pattern.compile("^[^|{]+\\|(\\d+)\\|([^|]*)\\|");
    private static final java.util.concurrent.ScheduledExecutorService SOCKET_HEARTBEATS =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "bench-socket-heartbeats");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean pushOpen;
    private volatile boolean armed;
    private volatile long updateNanos;
    private boolean figuresInMessage;
    /** The state node of the dashboard's key figures, whose innerHTML a live update replaces. */
    private int figuresNode = -1;

    UiSession(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Bootstrap, init, navigate: what a browser does when it opens {@code /route?query}. */
    Exchange open(String route, String query) throws IOException, InterruptedException {
        return open(route, query, false);
    }

    /** As {@link #open(String, String)}, and with {@code withPush} the push connection as the browser opens it. */
    Exchange open(String route, String query, boolean withPush) throws IOException, InterruptedException {
        long start = System.nanoTime();
        openedNanos = start;
        HttpResponse<byte[]> page = http.send(request(base + route + (query.isEmpty() ? "" : "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        expect(page, "bootstrap");
        cookie = page.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new Failure("no session cookie on the bootstrap page"));

        HttpResponse<byte[]> init = http.send(request(base + "?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + browserDetails()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        expect(init, "init");
        JsonNode config = parse(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        heartbeatSeconds = config.path("heartbeatInterval").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        if (uiId < 0 || csrfToken == null) {
            throw new Failure("init answer without v-uiId or Vaadin-Security-Key");
        }
        apply(uidl);
        if (withPush && pushId != null) {
            openPush();
        }

        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + route);
        data.put("query", query);
        data.put("appShellTitle", "TSAG tracker");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ArrayNode rpc = JSON.createArrayNode();
        rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data);
        Exchange navigate = uidl(rpc);
        if (periodSelect < 0) {
            throw new Failure("the dashboard's period selector did not arrive");
        }
        openingPeriod = periodLabel;
        return new Exchange(System.nanoTime() - start, navigate.bytes(), navigate.attachedNodes());
    }

    /**
     * Picks the other study period in the dashboard's selector (all periods, then back to the one it
     * opened with), as a user does: property sync of {@code value} and the {@code value-changed}
     * event. The server navigates to {@code /?period=...}, which rebuilds the dashboard.
     */
    Exchange changePeriod() throws IOException, InterruptedException {
        inFlight.lock();
        try {
            String all = periodKeys.keySet().iterator().next();
            String target = all.equals(periodLabel) ? openingPeriod : all;
            int select = periodSelect;
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "mSync").put("node", select).put("feature", 1).put("property", "value")
                    .put("value", periodKeys.get(target));
            rpc.addObject().put("type", "event").put("node", select).put("event", "value-changed").putObject("data");
            Exchange exchange = uidl(rpc);
            if (periodSelect == select || !target.equals(periodLabel)) {
                throw new Failure("changing the period did not rebuild the dashboard");
            }
            return exchange;
        } finally {
            inFlight.unlock();
        }
    }

    /**
     * Opens or closes the navigation drawer as the toggle button does: a UIDL round trip whose
     * server work is trivial (the baseline of a UI round trip).
     */
    Exchange toggleDrawer() throws IOException, InterruptedException {
        inFlight.lock();
        try {
            drawerOpened = !drawerOpened;
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "mSync").put("node", appLayout).put("feature", 1).put("property", "drawerOpened")
                    .put("value", drawerOpened);
            rpc.addObject().put("type", "event").put("node", appLayout).put("event", "drawer-opened-changed").putObject("data");
            ObjectNode click = rpc.addObject().put("type", "event").put("node", drawerToggle).put("event", "click");
            ObjectNode detail = click.putObject("data");
            for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
                detail.put(key, false);
            }
            for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button", "event.screenX", "event.screenY")) {
                detail.put(key, 0);
            }
            return uidl(rpc);
        } finally {
            inFlight.unlock();
        }
    }

    /** The heartbeat, as {@code Heartbeat.send()}: an empty POST; 200 means the UI is alive. */
    long heartbeat() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(base + "?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        expect(response, "heartbeat");
        return nanos;
    }

    /** The WebSocket of Atmosphere, with the session cookie, as {@code AtmospherePushConnection.connect()} opens it. */
    private void openPush() throws IOException, InterruptedException {
        String uri = base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + Math.max(0, syncId);
        try {
            push = http.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(uri), new PushListener())
                    .get(60, TimeUnit.SECONDS);
            pushOpen = true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new Failure("push connection: " + e);
        }
    }

    /** Receives text frames, splits them into Atmosphere's length-prefixed messages and applies the UIDL ones. */
    private final class PushListener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long arrived = System.nanoTime();
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                while (true) {
                    int bar = pushBuffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length;
                    try {
                        length = Integer.parseInt(pushBuffer.substring(0, bar));
                    } catch (NumberFormatException e) {
                        pushBuffer.setLength(0);
                        break;
                    }
                    if (pushBuffer.length() < bar + 1 + length) {
                        break;
                    }
                    String message = pushBuffer.substring(bar + 1, bar + 1 + length);
                    pushBuffer.delete(0, bar + 1 + length);
                    received(message, arrived);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            pushOpen = false;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            pushOpen = false;
        }
    }

    private void received(String message, long arrived) {
        // the handshake "<tracking id>|<heartbeat>|X|" and Atmosphere's padding are not UIDL
        if (!message.startsWith("{")) {
            heartbeatOnSocket(message);
            return;
        }
        pushMessages.incrementAndGet();
        if (armed) {
            otherPushesSinceArm.incrementAndGet();
        }
        try {
            synchronized (this) {
                figuresInMessage = false;
                apply(JSON.readTree(message));
                if (figuresInMessage && armed) {
                    updateNanos = arrived;
                    armed = false;
                }
            }
        } catch (Exception e) {
            // a broken message counts as not received; the benchmark reports sessions that got nothing
        }
    }

    /**
     * From now on, the first pushed message that replaces the key figures is the update the
     * benchmark waits for; {@link #updateNanos()} is then its arrival ({@code System.nanoTime()}).
     */
    void armUpdate() {
        updateNanos = 0;
        otherPushesSinceArm.set(0);
        armed = true;
    }

    /**
     * As the browser's Atmosphere client does after the handshake: sends the heartbeat padding over
     * the WebSocket every heartbeat interval the server named. Without it the server closes an idle
     * socket after Vaadin's {@code org.atmosphere.websocket.maxIdleTime} (5 minutes) and the session
     * gets no more pushes.
     */
    private void heartbeatOnSocket(String message) {
        var handshake = HANDSHAKE.matcher(message);
        if (!handshake.find() || socketHeartbeat != null) {
            return;
        }
        long interval = Long.parseLong(handshake.group(1));
        String padding = handshake.group(2);
        if (interval <= 0 || padding.isEmpty()) {
            return;
        }
        socketHeartbeat = SOCKET_HEARTBEATS.scheduleAtFixedRate(() -> {
            WebSocket socket = push;
            if (socket != null && pushOpen) {
                try {
                    socket.sendText(padding, true);
                } catch (IllegalStateException busy) {
                    // a close in progress; the next beat, if any, tries again
                }
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** When the session was opened ({@code System.nanoTime()}). */
    long openedNanos() {
        return openedNanos;
    }

    /** How many pushed UIDL messages arrived since {@link #armUpdate()} that did not replace the figures. */
    int otherPushesSinceArm() {
        return otherPushesSinceArm.get() - (updateNanos == 0 ? 0 : 1);
    }

    /** When the armed update arrived, or 0. */
    /** The study period the dashboard shows now: the label of the period selector's value. */
    String period() {
        return periodLabel;
    }

    /** The period it showed when it opened. */
    String openingPeriod() {
        return openingPeriod;
    }

    long updateNanos() {
        return updateNanos;
    }

    boolean pushOpen() {
        return pushOpen;
    }

    int pushMessages() {
        return pushMessages.get();
    }

    /** Closes the push connection as a closing tab does. */
    void close() {
        var beat = socketHeartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        WebSocket socket = push;
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
        }
    }

    /** Claims this tab for one scheduled action (on the scheduler's thread); the action runs elsewhere. */
    boolean tryReserve() {
        return reserved.compareAndSet(false, true);
    }

    void release() {
        reserved.set(false);
    }

    String pushMode() {
        return pushMode;
    }

    String pushId() {
        return pushId;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** State nodes the server has attached in this UI so far (a proxy for the view's size). */
    int nodes() {
        return nodes;
    }

    private Exchange uidl(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(base + "?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        expect(response, "uidl");
        clientId++;
        int before = nodes;
        apply(parse(response.body()));
        return new Exchange(nanos, response.body().length, nodes - before);
    }

    /** Takes from one UIDL message what the benchmark needs; fails on the error answers of Flow. */
    synchronized void apply(JsonNode uidl) throws Failure {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
            throw new Failure("server error: " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        Map<Integer, String> tags = new LinkedHashMap<>();
        // the period selector: its items are the children of its list box, each with a key and a label;
        // the page has other selectors (the language), whose items and values must not be taken for it
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        Map<Integer, String> itemKeys = new LinkedHashMap<>();
        Map<Integer, String> itemLabels = new LinkedHashMap<>();
        Map<Integer, String> values = new LinkedHashMap<>();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            String key = change.path("key").asString("");
            int feature = change.path("feat").asInt(-1);
            JsonNode value = change.path("value");
            if ("attach".equals(type)) {
                nodes++;
            } else if ("detach".equals(type)) {
                nodes--;
            } else if ("put".equals(type) && "tag".equals(key)) {
                tags.put(node, value.asString(""));
                switch (value.asString("")) {
                    case "vaadin-app-layout" -> appLayout = node;
                    case "vaadin-drawer-toggle" -> drawerToggle = node;
                    default -> { }
                }
            } else if ("put".equals(type) && "id".equals(key) && "dashboard-figures".equals(value.asString(""))) {
                figuresNode = node;
                figuresInMessage = true;
            } else if ("put".equals(type) && "innerHTML".equals(key) && node == figuresNode) {
                // the dashboard's shared figures fragment, replaced by a live update
                figuresInMessage = true;
            } else if ("put".equals(type) && "id".equals(key) && "dashboard-period".equals(value.asString(""))) {
                periodSelect = node;
            } else if ("splice".equals(type) && feature == 2 && change.has("addNodes")) {
                change.path("addNodes").forEach(child -> children.computeIfAbsent(node, k -> new ArrayList<>()).add(child.asInt()));
            } else if ("put".equals(type) && "value".equals(key) && feature == 1) {
                if ("vaadin-select-item".equals(tags.get(node))) {
                    itemKeys.put(node, value.asString());
                } else {
                    values.put(node, value.asString());
                }
            } else if ("put".equals(type) && "label".equals(key) && feature == 3 && "vaadin-select-item".equals(tags.get(node))) {
                itemLabels.put(node, value.asString());
            } else if ("put".equals(type) && "drawerOpened".equals(key)) {
                drawerOpened = value.asBoolean();
            } else if ("put".equals(type) && "pushMode".equals(key)) {
                pushMode = value.asString();
            }
        }
        if (periodSelect >= 0 && children.containsKey(periodSelect)) {
            // the selector was built in this message (the view was built again): its keys start over
            periodKeys.clear();
            for (int box : children.get(periodSelect)) {
                for (int item : children.getOrDefault(box, List.of())) {
                    if (itemKeys.containsKey(item)) {
                        periodKeys.put(itemLabels.getOrDefault(item, itemKeys.get(item)), itemKeys.get(item));
                    }
                }
            }
        }
        String value = values.get(periodSelect);
        if (value != null) {
            periodLabel = periodKeys.entrySet().stream().filter(e -> e.getValue().equals(value))
                    .map(Map.Entry::getKey).findFirst().orElse("key " + value);
        }
    }

    private HttpRequest.Builder request(String uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private static void expect(HttpResponse<byte[]> response, String what) throws Failure {
        if (response.statusCode() != 200) {
            throw new Failure(what + ": HTTP " + response.statusCode());
        }
    }

    /** Flow answers JSON, or {@code for(;;);[{...}]} for some errors. */
    private static JsonNode parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode node = JSON.readTree(text);
        return node.isArray() ? node.path(0) : node;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What {@code Flow.collectBrowserDetails()} sends, for a 1400 x 1000 window in UTC. */
    private static String browserDetails() {
        return "&v-sh=1000&v-sw=1400&v-wh=1000&v-ww=1400&v-bh=1000&v-bw=1400&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-bench&v-td=false&v-pr=1&v-np=Linux%20x86_64"
                + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED"
                + "&v-wla=SUPPORTED&v-ws=false";
    }
}
