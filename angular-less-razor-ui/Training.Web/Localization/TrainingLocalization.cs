using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Training.Web.Localization;

public static class TrainingLocalization
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en";

    /// <summary>Vietnamese first. Pages follow the user's choice (cookie, set by the language switch); the API also
    /// honours Accept-Language, so a client can ask for English messages.</summary>
    public static IServiceCollection AddTrainingLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new(Vietnamese), new(English)];
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        return services;
    }

    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api")
                ? base.DetermineProviderCultureResult(httpContext)
                : NullProviderCultureResult;
    }
}
