package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** Every route and layout says who may open it; a new view without an annotation fails the build. */
class RouteAnnotationTest {

    @Test
    void every_route_and_layout_has_an_access_annotation() {
        List<Class<?>> views = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tsag.tracker")
                .stream()
                .filter(c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class))
                .map(JavaClass::reflect)
                .toList();
        assertThat(views).as("routes found").hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> view : views) {
            boolean annotated = view.isAnnotationPresent(RolesAllowed.class)
                    || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class)
                    || view.isAnnotationPresent(DenyAll.class);
            assertThat(annotated).as(view.getName() + " has @RolesAllowed, @PermitAll or @AnonymousAllowed").isTrue();
        }
    }
}
