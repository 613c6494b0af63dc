package fr.passerelle.account.ui;

import fr.passerelle.account.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view for signed-in users of these roles ({@link AccessGuard} checks it before the view
 * opens): visitors are sent to {@code /connexion?redirect=…}, other roles get "Accès refusé".
 * Checks on one object (this structure's offer) stay in the view, asked to AccountService.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {

    Role[] value();
}
