package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title with its actions on the right, the same on every back-office page. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        add(heading);
        HorizontalLayout right = new HorizontalLayout(actions);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("view-actions");
        add(right);
        expand(heading);
    }
}
