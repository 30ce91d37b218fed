using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Certificates;
using Training.HttpApi.Certificates;
using Training.Web.Common;

namespace Training.Web.Pages.Verify;

/// <summary>
/// The public verification page a QR code leads to: every fact the certificate prints and its status, for anyone, on any
/// phone. Its own tiny layout (no Bootstrap, no script), not indexed by search engines, rate-limited with the API.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CertificateEndpoints.VerifyPolicy)]
public class IndexModel(IPublicCertificateAppService verification) : TrainingPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public PublicCertificateDto? Certificate { get; private set; }

    public bool Unknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (Request.Query.TryGetValue("code", out var typed) && RouteData.Values["code"] is null)
        {
            // The form's GET lands here with ?code=…: the page of that code has an address worth keeping.
            return string.IsNullOrWhiteSpace(typed) ? RedirectToPage() : Redirect("/verify/" + Uri.EscapeDataString(typed.ToString().Trim()));
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        try
        {
            Certificate = await verification.VerifyAsync(Code, cancellationToken);
        }
        catch (TrainingException e) when (e.Kind == TrainingErrorKind.NotFound)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
