package dev.hotseat.support;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Disables each test whose {@link Needs} are not met, one by one, so every skipped test shows by name.
 *
 * <p>Why per method and not per class: a class-level skip (or an assumption in {@code @BeforeAll}) makes Surefire
 * report the class as "0 run", and the skipped tests vanish from the count. The class itself is always enabled;
 * its set-up must not touch the missing part ({@link HotseatExtension} starts the browser only when asked).
 */
public final class NeedsCondition implements ExecutionCondition {
    /** Overrides the CI environment variable, so a test can check the skipping under CI too. */
    public static final String CI = "hotseat.ci";
    /** Leaves out the printed line, for tests that run test classes inside themselves. */
    public static final String QUIET = "hotseat.skips.quiet";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("needs are checked per test");
        }
        if ("true".equals(context.getConfigurationParameter(CI).orElse(System.getenv("CI")))) {
            return ConditionEvaluationResult.enabled("CI=true: a missing need fails the test instead");
        }
        List<String> missing = new ArrayList<>();
        for (Need need : needs(context)) {
            need.missing(context::getConfigurationParameter).ifPresent(missing::add);
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("all needs met");
        }
        String reason = String.join("; ", missing);
        if (!"true".equals(context.getConfigurationParameter(QUIET).orElse("false"))) {
            System.out.println("[SKIPPED] " + context.getRequiredTestClass().getSimpleName() + "."
                    + context.getDisplayName() + ": " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    private static List<Need> needs(ExtensionContext context) {
        List<Need> needs = new ArrayList<>();
        Optional<ExtensionContext> current = Optional.of(context);
        while (current.isPresent()) {
            // Direct and composed (@BrowserTest) annotations both count: a class may add AXE to BROWSER's CHROMIUM.
            current.get().getElement().ifPresent(element -> {
                for (Annotation annotation : element.getAnnotations()) {
                    AnnotationSupport.findAnnotation(annotation.annotationType(), Needs.class)
                            .or(() -> Optional.of(annotation).filter(Needs.class::isInstance).map(Needs.class::cast))
                            .ifPresent(n -> needs.addAll(Arrays.asList(n.value())));
                }
            });
            current = current.get().getParent();
        }
        return needs.stream().distinct().toList();
    }
}
