package dev.drivercheck.facts;

import java.util.List;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A lock expression of an annotation ({@code "this"}, {@code "inner"}, {@code "#0.resv"}),
 * resolved against the annotated method: a root and a chain of fields.
 *
 * @param param the parameter index for a {@code #i} root, -1 for the receiver, -2 for a static root
 * @param fields the fields selected from the root, in order
 * @param type the static type of the named lock
 * @param kind its lock kind (never null: unresolvable expressions are AnnotationMisuse instead)
 */
public record LockRef(String expr, int param, List<VariableElement> fields, TypeMirror type, LockKind kind) {
  public static final int RECEIVER = -1;
  public static final int STATIC = -2;
}
