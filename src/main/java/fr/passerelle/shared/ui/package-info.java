/**
 * Serves the Vaadin Flow UI on the public (Netty) port, without any business rule.
 *
 * <p>Set-up (b) of STACK.md: Micronaut's Netty server owns the public address;
 * {@link fr.passerelle.shared.ui.VaadinTomcat} runs Vaadin in an embedded Tomcat bound to
 * 127.0.0.1, and {@link fr.passerelle.shared.ui.VaadinProxyFilter} streams every request that
 * is not Micronaut's (routes, {@code /api/**}) to it.
 *
 * <p>Conventions for views (any room's {@code ui} package):
 * <ul>
 *   <li>a view is {@code @Route} + {@code @Prototype}: the route registry is built from
 *       Micronaut bean definitions, so a view without {@code @Prototype} is not routed;</li>
 *   <li>dependencies come through the constructor (services, never repositories);</li>
 *   <li>text comes from {@code messages/messages.properties} via {@code getTranslation(key)}.</li>
 * </ul>
 */
package fr.passerelle.shared.ui;
