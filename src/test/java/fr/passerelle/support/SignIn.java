package fr.passerelle.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;

/** Signs in through the real login page, as a person would. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(Browser browser, URI server, String username, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(server.resolve("/connexion"));
        WebElement name = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        name.sendKeys(username);
        WebElement secret = browser.waitFor(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password, Keys.ENTER);
        browser.waitUntil(d -> d.findElements(By.cssSelector("button.account-sign-out, vaadin-button.account-sign-out"))
                .isEmpty() ? null : true);
        browser.waitForVaadin();
    }

    public static void out(Browser browser) {
        browser.driver().manage().deleteAllCookies();
    }
}
