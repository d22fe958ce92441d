package org.cpchub.ejb.support;

import java.lang.reflect.Field;

/** Sets an injected field by name, as the container would; for hand-wired tests only. */
public final class Wiring {
    private Wiring() {
    }

    public static void set(Object target, String field, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + field);
    }
}
