using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;
using Training;
using Training.Common;
using Training.Data;
using Training.EntityFrameworkCore;
using Training.HttpApi;
using Training.Localization;
using Training.Web.Certificates;
using Training.Web.Common;
using Training.Web.Health;
using Training.Web.Identity;
using Training.Web.Jobs;
using Training.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration.ReadTrainingDatabaseOptions(builder.Environment.ContentRootPath);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTrainingApplication();
builder.Services.AddTrainingEntityFrameworkCore(database);
builder.Services.AddTrainingWebIdentity();
builder.Services.AddTrainingLocalization();
builder.Services.AddTrainingJobs(database);
builder.Services.AddTrainingForwardedHeaders(builder.Configuration);
builder.Services.AddSingleton<TrainingProblems>();
builder.Services.AddSingleton(builder.Configuration.GetSection(Training.Notifications.SmtpOptions.SectionName).Get<Training.Notifications.SmtpOptions>()
    ?? new Training.Notifications.SmtpOptions());
builder.Services.AddSingleton<Training.Notifications.IEmailSender, Training.Notifications.SmtpEmailSender>();

// Cookies and bearer tokens must open on every node: the keys live in the shared database.
builder.Services.AddDataProtection().SetApplicationName("Training").PersistKeysToDbContext<TrainingDbContext>();

// Vietnamese is written as characters, not as &#x1EA3; entities.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

builder.Services.AddRazorPages()
    // No validation script runs in the browser; without it a validation summary has no hidden <li style="display:none">
    // for the Content-Security-Policy to refuse.
    .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(TrainingResource)));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Enums are their names only: a number ("role": 99) is a 400 naming the field, never a value stored that breaks exports.
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.Converters.Add(new UtcInstantJsonConverter());
    // Numbers are JSON numbers: "5" is a 400, and the API's schemas say integer, not "integer or string".
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsDefaults.Customize);
builder.Services.AddExceptionHandler<TrainingExceptionHandler>();
builder.Services.AddTrainingOpenApi();

// Pages and JSON compressed (static files are compressed at build). BREACH needs a secret repeated in every answer next
// to text the attacker controls: the antiforgery token is re-encrypted with a fresh IV for every answer, the session
// cookie travels in headers (never compressed), and personal data is no secret from the one who may read it.
builder.Services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    o.Providers.Add<BrotliCompressionProvider>();
    o.Providers.Add<GzipCompressionProvider>();
    o.MimeTypes = ["text/html", "application/json", "application/problem+json", "text/plain"];
});
builder.Services.AddCertificateVerificationRateLimit(builder.Configuration);
builder.Services.AddHealthChecks()
    .AddDbContextCheck<TrainingDbContext>("database", tags: ["ready"])
    .AddCheck<MigrationsAppliedHealthCheck>("migrations", tags: ["ready"]);

var app = builder.Build();
Training.Documents.PdfFonts.Use(Path.Combine(app.Environment.WebRootPath, "libs", "fonts"));

if (app.Configuration.GetValue("Database:MigrateAndSeedOnStart", app.Environment.IsDevelopment()))
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<TrainingDbMigrationService>()
        .MigrateAndSeedAsync(includeDemoData: app.Configuration.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment()));
}

// Before anything reads the scheme or the client's address.
app.UseForwardedHeaders();

// Then localization, so that error pages and problem details are written in the request's language too.
app.UseRequestLocalization();
app.UseExceptionHandler("/Error");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStatusCodePages();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseResponseCompression();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<Training.Common.EnumQueryMiddleware>();
app.UseAuthentication();
app.UseMiddleware<SignInSessionMiddleware>();
app.UseMiddleware<PasswordChangeRequiredMiddleware>();
app.UseAuthorization();

// The map of every route helps an attacker as much as a developer: outside Development, admins only unless configured.
var openApi = app.MapOpenApi();
if (app.Configuration.GetValue("OpenApi:Public", app.Environment.IsDevelopment()))
{
    openApi.AllowAnonymous();
}
else
{
    openApi.RequireAuthorization(Training.Permissions.TrainingPermissions.Identity.Roles);
}

if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
}).AllowAnonymous();
app.MapIdentityTokenEndpoints();
app.MapTrainingApi();
// Fingerprinted, precompressed at build and cached for a year; the pages' tag helpers link the fingerprinted names.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();

app.Run();

public partial class Program;
