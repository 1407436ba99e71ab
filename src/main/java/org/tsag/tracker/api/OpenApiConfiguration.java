package org.tsag.tracker.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's front matter: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI trackerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("TSAG tracker read API")
                        .version("v1")
                        .description("""
                                Read-only access to action plans, items, status events, resolutions, meetings and \
                                study periods, and an Atom feed of status events. Authenticate with the session of \
                                the web application or with a personal API token (Authorization: Bearer <token>), \
                                created under "API tokens". In public read-only mode reading needs neither. \
                                Internal items are shown only to TSB, chairs and admins. Every method but GET is \
                                refused."""))
                .components(new Components()
                        .addSecuritySchemes("apiToken", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("a personal API token"))
                        .addSecuritySchemes("session", new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID")
                                .description("the session of a signed-in user")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
