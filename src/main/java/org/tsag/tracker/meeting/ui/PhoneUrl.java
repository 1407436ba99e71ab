package org.tsag.tracker.meeting.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute address of the phone view, derived from the request that opened the projector view. */
final class PhoneUrl {

    static final String PATH = "meeting/phone";

    private PhoneUrl() {
    }

    static String of(String from, String to) {
        return of(from, to, null);
    }

    /** {@code by}: "resolution" to group the phone list by resolution, as the projector does. */
    static String of(String from, String to, String by) {
        String base = "/";
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (request != null) {
            HttpServletRequest http = request.getHttpServletRequest();
            base = ServletUriComponentsBuilder.fromContextPath(http).replaceQuery(null).build().toUriString() + "/";
        }
        StringBuilder url = new StringBuilder(base).append(PATH);
        String separator = "?";
        if (from != null) {
            url.append(separator).append("from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (to != null) {
            url.append(separator).append("to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
            separator = "&";
        }
        if ("resolution".equalsIgnoreCase(by)) {
            url.append(separator).append("by=resolution");
        }
        return url.toString();
    }
}
