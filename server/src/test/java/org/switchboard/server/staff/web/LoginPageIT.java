package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;

/**
 * The login page in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): a staff page sends the browser to the login page, a wrong password is
 * announced, the right one lands on the page asked for showing the display name, and signing
 * out ends the session.
 */
class LoginPageIT {
    @TempDir
    static Path data;
    static StaffStack stack;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        stack = StaffStack.start(data, StaffConfig.defaults()).with("mai", "Nguyễn Thị Mai", Role.AGENT);
        profile = Files.createTempDirectory("switchboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1100,800", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void signsInThroughTheFormLandsOnTheStaffPageAndSignsOut() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(stack.url("/staff/"));
        wait.until(ExpectedConditions.urlContains("/login?next="));
        assertEquals(stack.url("/login?next=%2Fstaff%2F"), browser.getCurrentUrl());
        assertEquals("Login", browser.findElement(By.cssSelector("label[for=login]")).getText());
        assertEquals("Password", browser.findElement(By.cssSelector("label[for=password]")).getText());

        browser.findElement(By.id("login")).sendKeys("mai");
        browser.findElement(By.id("password")).sendKeys("not the right password");
        browser.findElement(By.id("sign-in")).click();
        WebElement error = browser.findElement(By.id("login-error"));
        wait.until(ExpectedConditions.textToBePresentInElement(error, "Wrong login or password."));
        assertEquals("alert", error.getAttribute("role"));
        assertEquals("true", browser.findElement(By.id("password")).getAttribute("aria-invalid"));
        assertEquals("password", browser.switchTo().activeElement().getAttribute("id"), "focus returns to the password");

        browser.findElement(By.id("password")).sendKeys(StaffStack.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(stack.url("/staff/")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("display-name"), "Nguyễn Thị Mai"));
        assertEquals("(agent)", browser.findElement(By.id("roles")).getText());
        Cookie cookie = browser.manage().getCookieNamed("switchboard_session");
        assertTrue(cookie.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", cookie.getSameSite());
        assertEquals(Boolean.FALSE, browser.executeScript("return document.cookie.includes('switchboard_session')"),
                "scripts cannot read the session cookie");
        assertTrue(browser.findElement(By.cssSelector("[data-roles=admin]")).getAttribute("hidden") != null,
                "the admin link is hidden from an agent");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlToBe(stack.url("/login")));
        browser.get(stack.url("/staff/"));
        wait.until(ExpectedConditions.urlContains("/login?next="));
    }

    @Test
    void anOffSiteNextIsIgnoredAfterSignIn() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().deleteAllCookies();
        browser.get(stack.url("/login?next=%2F%2Fevil.example%2F"));
        browser.findElement(By.id("login")).sendKeys("mai");
        browser.findElement(By.id("password")).sendKeys(StaffStack.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(stack.url("/staff/")));
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlToBe(stack.url("/login")));
    }
}
