package dev.drivercheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotation values by annotation name, defaults included. */
final class Annos {
  private final Elements elements;

  Annos(Elements elements) {
    this.elements = elements;
  }

  static AnnotationMirror find(Element e, String name) {
    if (e == null) {
      return null;
    }
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return m;
      }
    }
    return null;
  }

  static boolean has(Element e, String name) {
    return find(e, name) != null;
  }

  /** The value of element {@code key}, the annotation's default when not written. */
  Object value(AnnotationMirror m, String key) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(m).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(key)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  List<String> strings(AnnotationMirror m, String key) {
    Object v = value(m, key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(((AnnotationValue) o).getValue()));
      }
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  /** An enum constant's name, e.g. {@code "HARDIRQ"}. */
  String enumName(AnnotationMirror m, String key) {
    Object v = value(m, key);
    return v instanceof VariableElement ve ? ve.getSimpleName().toString() : null;
  }

  boolean bool(AnnotationMirror m, String key) {
    return Boolean.TRUE.equals(value(m, key));
  }

  int integer(AnnotationMirror m, String key, int dflt) {
    return value(m, key) instanceof Integer i ? i : dflt;
  }
}
