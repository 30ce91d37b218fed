using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Training.Identity;

namespace Training.Web.Identity;

public static class IdentityWebServiceCollectionExtensions
{
    public const string CookieOrBearerScheme = "CookieOrBearer";

    /// <summary>
    /// Cookies for the pages, bearer tokens for the API (chosen by the Authorization header), permission policies, and a
    /// fallback policy so that every page and endpoint requires a signed-in user unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddTrainingWebIdentity(this IServiceCollection services)
    {
        services.AddTrainingIdentityCore()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TrainingClaimsPrincipalFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearerScheme;
                options.DefaultChallengeScheme = CookieOrBearerScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, CookieOrBearerScheme, options =>
                options.ForwardDefaultSelector = context =>
                    IsBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureApplicationCookie));

        // The session check of each request ends a session at once; the stamp check of the cookie is a second line.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromSeconds(30);

            // A renewed cookie keeps its session.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(TrainingSignInService.SessionClaim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(session.Type, session.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.SectionName);
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<TrainingSignInService>();
        services.AddSingleton<AttemptRouteCache>();
        services.AddScoped<Training.EntityFrameworkCore.Identity.EfUserAccessRepository>();
        services.AddScoped<IUserAccessRepository, AttemptRouteUserAccess>();

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<ICurrentUserSetter>(sp => sp.GetRequiredService<HttpCurrentUser>());
        return services;
    }

    /// <summary>The request carries a bearer token (an API client) rather than relying on the browser's cookie.</summary>
    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.Cookie.Name = "Training.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);

        // The API answers with status codes, never with a redirect to the login page.
        options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
