package org.probation.analytics.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.theme.Theme;

/** Page-level settings of the Vaadin app. */
@Theme(themeClass = Lumo.class)
@PWA(name = "Probation inspection analytics", shortName = "Inspections")
public class AppShell implements AppShellConfigurator {}
