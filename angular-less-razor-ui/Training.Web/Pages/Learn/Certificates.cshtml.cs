using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Certificates;
using Training.Common;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Learn;

/// <summary>"My certificates": the learner's own, with the paper to download and the verification address to show.</summary>
[Authorize(TrainingPermissions.Certificates.Default)]
public class CertificatesModel(ICertificateAppService certificates, TimeProvider clock) : TrainingPageModel
{
    /// <summary>The day in Cao Bằng that decides which certificates are due for renewal.</summary>
    public DateOnly Today => Training.Timing.BusinessClock.Today(clock);

    public PagedResultDto<CertificateDto> Certificates { get; private set; } = new([], 0);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Task OnGetAsync(CancellationToken cancellationToken) => RunAsync(async () =>
        Certificates = await certificates.GetListAsync(new GetCertificatesInput { Page = Math.Max(PageNumber, 1), PageSize = 20 }, cancellationToken));

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken) =>
        Download(await certificates.GetPdfAsync(id, cancellationToken));
}
