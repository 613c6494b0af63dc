package fr.passerelle.account.api;

import fr.passerelle.account.AccessTokens;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.LoginService;
import fr.passerelle.account.SignUpService;
import fr.passerelle.shared.web.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Getting a bearer token, and signing up. Open to visitors by nature. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final LoginService logins;
    private final AccessTokens tokens;
    private final SignUpService signUps;
    private final ClientAddress clientAddress;

    AuthController(LoginService logins, AccessTokens tokens, SignUpService signUps, ClientAddress clientAddress) {
        this.logins = logins;
        this.tokens = tokens;
        this.signUps = signUps;
        this.clientAddress = clientAddress;
    }

    @Post("/token")
    HttpResponse<TokenResponse> token(HttpRequest<?> request, @Body TokenRequest body) {
        AccountRef who = logins.login(body.username(), body.password(), clientAddress.of(request));
        AccessTokens.AccessToken token = tokens.issue(who);
        return HttpResponse.ok(new TokenResponse(token.value(), "Bearer", token.expiresIn()))
                .header("Cache-Control", "no-store");
    }

    @Post("/inscription")
    HttpResponse<AccountResponse> signUp(@Body SignUpRequest body) {
        return HttpResponse.status(HttpStatus.CREATED).body(AccountResponse.of(signUps.signUp(body.toSignUp())));
    }
}
