package org.tsag.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.TransferUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * Issue 19, item 5: upload limits hold on the server. The request goes through Vaadin's own upload
 * handling (TransferUtil), as an XHR upload does, with a body that the browser-side limit never saw.
 */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class BoundedUploadTest extends ViewTestBase {

    private static final int LIMIT = 100_000;

    private final List<byte[]> received = new ArrayList<>();
    private final List<Long> refused = new ArrayList<>();
    private Div owner;

    @BeforeEach
    void attach() {
        owner = new Div();
        UI.getCurrent().add(owner);
    }

    private BoundedUpload handler() {
        return new BoundedUpload(owner, LIMIT, (name, content) -> received.add(content), (name, max) -> refused.add(max));
    }

    private static VaadinRequest xhrUpload(byte[] body, long declaredLength) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getMethod()).thenReturn("POST");
        when(request.getHeader("X-Filename")).thenReturn("sheet.csv");
        when(request.getHeader("Content-Type")).thenReturn("text/csv");
        when(request.getContentType()).thenReturn("text/csv");
        when(request.getContentLengthLong()).thenReturn(declaredLength);
        when(request.getInputStream()).thenReturn(new ByteArrayInputStream(body));
        return request;
    }

    private void send(BoundedUpload handler, VaadinRequest request) {
        TransferUtil.handleUpload(handler, request, mock(VaadinResponse.class), VaadinSession.getCurrent(), owner.getElement());
    }

    private static long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("tracker-upload-")).count();
        }
    }

    @Test
    void a_file_within_the_limit_arrives_whole() throws Exception {
        byte[] body = new byte[LIMIT];
        body[LIMIT - 1] = 42;
        send(handler(), xhrUpload(body, body.length));
        assertThat(received).hasSize(1);
        assertThat(received.getFirst()).isEqualTo(body);
        assertThat(refused).isEmpty();
    }

    @Test
    void a_body_over_the_limit_that_hides_its_size_is_cut_off_and_refused_with_a_message() throws Exception {
        long before = leftovers();
        // chunked: no declared length, so only the server-side count can stop it
        send(handler(), xhrUpload(new byte[LIMIT * 5], -1));
        assertThat(received).isEmpty();
        assertThat(refused).containsExactly((long) LIMIT);
        assertThat(leftovers()).as("the temporary file is gone").isLessThanOrEqualTo(before);
    }

    @Test
    void a_request_that_declares_too_many_bytes_is_refused_before_it_is_read() throws Exception {
        VaadinRequest request = xhrUpload(new byte[LIMIT * 5], LIMIT * 5L);
        send(handler(), request);
        assertThat(received).isEmpty();
        assertThat(refused).containsExactly((long) LIMIT);
        verify(request, never()).getInputStream();
    }
}
