package io.clientele.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import io.clientele.base.domain.AbstractEntity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds a pick from a short list of another feature's rows (payment terms, lead sources) to the id the edited bean
 * keeps of it: the bean holds ids, the picker shows the rows. An id no longer in the list shows as no pick.
 */
public final class ById<T extends AbstractEntity> implements Converter<@Nullable T, @Nullable Long> {

    private final List<T> items;

    private ById(List<T> items) {
        this.items = List.copyOf(items);
    }

    /** The converter for a picker whose items are {@code items}. */
    public static <T extends AbstractEntity> ById<T> of(List<T> items) {
        return new ById<>(items);
    }

    @Override
    public Result<@Nullable Long> convertToModel(@Nullable T value, ValueContext context) {
        return Result.ok(value == null ? null : value.getId());
    }

    @Override
    public @Nullable T convertToPresentation(@Nullable Long id, ValueContext context) {
        return id == null
                ? null
                : items.stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
    }
}
