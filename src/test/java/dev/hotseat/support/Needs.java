package dev.hotseat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated tests need something outside the JVM (a browser, npm's axe-core, PostgreSQL's binaries).
 *
 * <p>When it is missing, every test method is reported skipped by name, with the reason and the install command,
 * and the reason is printed; the class's set-up never runs into the missing part. Under {@code CI=true} the tests
 * run anyway and fail, because CI installs everything ({@code .ci/run}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsCondition.class)
public @interface Needs {
    Need[] value();
}
