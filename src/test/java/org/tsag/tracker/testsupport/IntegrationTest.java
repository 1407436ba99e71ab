package org.tsag.tracker.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test with the real Spring context (cached across classes) on a fresh PostgreSQL database of
 * its own. The fresh database is set up before Spring touches it.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreshDatabaseExtension.class)
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
