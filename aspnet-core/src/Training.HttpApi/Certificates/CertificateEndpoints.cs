using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Certificates;
using Training.Common;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Permissions;

namespace Training.HttpApi.Certificates;

public static class CertificateEndpoints
{
    /// <summary>The rate-limiting policy of the public verification, page and API alike: per client address.</summary>
    public const string VerifyPolicy = "certificate-verification";

    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        var certificates = app.MapGroup("/api/training/certificates").WithTags("Certificates");
        certificates.MapGet("/", async ([AsParameters] GetCertificatesInput input, ICertificateAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("Without staffId or unitCode, the caller's own certificates; otherwise the registry of the people assigned on asOf to the caller's "
                + "units (or unitCode's subtree), newest first. status is Valid, Revoked or Expired (on today, in Cao Bằng).")
            .RequireAuthorization(TrainingPermissions.Certificates.Default);
        certificates.MapGet("/export", async ([AsParameters] GetCertificatesInput input, ICertificateAppService service, CancellationToken ct) =>
                (await service.ExportAsync(input, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The same list as .xlsx under the official header, every row, text cells neutralised.")
            .RequireAuthorization(TrainingPermissions.Certificates.Default);
        certificates.MapGet("/{id:guid}", async (Guid id, ICertificateAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One certificate with every printed fact: for its holder, or a reader of rosters whose scope holds the holder (404 otherwise).")
            .RequireAuthorization(TrainingPermissions.Certificates.Default);
        certificates.MapGet("/{id:guid}/pdf", async (Guid id, ICertificateAppService service, CancellationToken ct) => (await service.GetPdfAsync(id, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Pdf)
            .WithSummary("The certificate on A4 landscape with its QR code to the public verification; a revoked one carries ĐÃ THU HỒI across the page.")
            .RequireAuthorization(TrainingPermissions.Certificates.Default);
        certificates.MapPost("/", async (IssueCertificateDto input, ICertificateAppService service, CancellationToken ct) =>
            {
                var certificate = await service.IssueAsync(input, ct);
                return TypedResults.Created($"/api/training/certificates/{certificate.Id}", certificate);
            })
            .Validate<IssueCertificateDto>()
            .WithSummary("Issues a certificate by hand, with a reason (audited); the completion on completedOn is recorded too when missing. "
                + "409 CertificateAlreadyIssued when that completion has one, CourseGrantsNoCertificate when the course grants none.")
            .RequireAuthorization(TrainingPermissions.Certificates.Issue);
        certificates.MapPost("/{id:guid}/revoke", async (Guid id, CertificateReasonDto input, ICertificateAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RevokeAsync(id, input, ct)))
            .Validate<CertificateReasonDto>()
            .WithSummary("Revokes it (shown at once on verification) and voids the completion it came from: coverage computed afterwards never counts it.")
            .RequireAuthorization(TrainingPermissions.Certificates.Revoke);
        certificates.MapPost("/{id:guid}/reissue", async (Guid id, CertificateReasonDto input, ICertificateAppService service, CancellationToken ct) =>
            {
                var certificate = await service.ReissueAsync(id, input, ct);
                return TypedResults.Created($"/api/training/certificates/{certificate.Id}", certificate);
            })
            .Validate<CertificateReasonDto>()
            .WithSummary("A new certificate with a new serial and the facts as they are now; the old one turns Revoked and names its replacement.")
            .RequireAuthorization(TrainingPermissions.Certificates.Issue);

        var sessions = app.MapGroup("/api/training/sessions/{sessionId:guid}").WithTags("Certificates");
        sessions.MapPost("/certificates", async (Guid sessionId, ICertificateAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.IssueForSessionAsync(sessionId, ct)))
            .WithSummary("Issues the certificates the session's completions lack (also those recorded before certificates existed): {issued, skipped}. Idempotent.")
            .RequireAuthorization(TrainingPermissions.Certificates.Issue);
        sessions.MapGet("/certificates.zip", async (Guid sessionId, ICertificateAppService service, CancellationToken ct) =>
                (await service.GetSessionZipAsync(sessionId, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Zip)
            .WithSummary("The session's certificates in force, one PDF each, streamed as one ZIP.")
            .RequireAuthorization(TrainingPermissions.Certificates.Default);

        app.MapGroup("/api/training/organization-units/{unitId:guid}/certificate-settings").WithTags("Certificates")
            .MapGet("/", async (Guid unitId, ICertificateAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetSettingsAsync(unitId, ct)))
            .WithSummary("How the unit signs the certificates of the sessions it organises (and of courses learnt online below it).")
            .RequireAuthorization(TrainingPermissions.Certificates.Issue);
        app.MapPut("/api/training/organization-units/{unitId:guid}/certificate-settings",
                async (Guid unitId, SaveCertificateSettingsDto input, ICertificateAppService service, CancellationToken ct) =>
                    TypedResults.Ok(await service.SaveSettingsAsync(unitId, input, ct)))
            .Validate<SaveCertificateSettingsDto>()
            .WithTags("Certificates")
            .WithSummary("Sets the issuing body, place, signer and an optional signature image (base64 PNG or JPEG, at most 1 MB); certificates already issued keep theirs.")
            .RequireAuthorization(TrainingPermissions.Certificates.Issue);

        app.MapGet("/api/public/certificates/{code}", async (string code, IPublicCertificateAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.VerifyAsync(code, ct)))
            .WithTags("Certificates")
            .WithSummary("Public verification, without an account: the status and every fact the certificate prints. 404 for an unknown code; rate-limited per client (429).")
            .RequireRateLimiting(VerifyPolicy)
            .AllowAnonymous();
        return app;
    }
}
