package dev.drivercheck.engine;

import dev.drivercheck.report.Position;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * A declaration in the sources that carries DriverCheck annotations, with where each annotation
 * is written: what AnnotationMisuse needs, kept so that no rule walks trees.
 *
 * @param position the declaration itself (its name)
 * @param annotations annotation qualified name to the position of its use
 */
public record Declaration(Element element, Position position, Map<String, Position> annotations,
    Set<String> suppressions) {}
