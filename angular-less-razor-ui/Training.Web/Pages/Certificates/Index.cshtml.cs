using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Certificates;
using Training.Common;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Certificates;

/// <summary>
/// The registry (sổ cấp giấy chứng nhận) of the people in the caller's units: filtered by unit, status and renewal due, a
/// page at a time, as .xlsx; each certificate's paper and public page, and revocation or re-issue with a reason, without script.
/// </summary>
[Authorize(TrainingPermissions.Rosters.Default)]
public class IndexModel(ICertificateAppService certificates, IPermissionChecker permissions, TimeProvider clock) : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public CertificateStatus? Status { get; set; }

    /// <summary>Only those due for renewal: not revoked and expiring within the renewal window.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Due { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? Reason { get; set; }

    public PagedResultDto<CertificateDto> Result { get; private set; } = new([], 0);

    public bool CanRevoke { get; private set; }

    public bool CanIssue { get; private set; }

    public string ExportLink => "/api/training/certificates/export" + QueryString.Create(Filters().Where(f => f.Value is not null));

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => certificates.RevokeAsync(id, new CertificateReasonDto { Reason = Reason }, cancellationToken), form: nameof(Reason)))
        {
            return RedirectToPage(new { UnitCode, Status, Due, p = PageNumber });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReissueAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => certificates.ReissueAsync(id, new CertificateReasonDto { Reason = Reason }, cancellationToken), form: nameof(Reason)))
        {
            return RedirectToPage(new { UnitCode, Status, Due, p = PageNumber });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanRevoke = await permissions.IsGrantedAsync(TrainingPermissions.Certificates.Revoke, cancellationToken);
        CanIssue = await permissions.IsGrantedAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
        await RunAsync(async () => Result = await certificates.GetListAsync(new GetCertificatesInput
        {
            Registry = true,
            UnitCode = Code,
            Status = Due ? CertificateStatus.Valid : Status,
            ExpiringBy = DueBy,
            Page = Math.Clamp(PageNumber, 1, PagedInput.MaxPage),
            PageSize = PageSize,
        }, cancellationToken), form: nameof(UnitCode));
    }

    private string? Code => string.IsNullOrWhiteSpace(UnitCode) ? null : UnitCode.Trim();

    /// <summary>With <see cref="Due"/>: those still valid that expire within the renewal window.</summary>
    private DateOnly? DueBy => Due ? Certificate.RenewalHorizon(Training.Timing.BusinessClock.Today(clock)) : null;

    private IEnumerable<KeyValuePair<string, string?>> Filters() =>
    [
        new("registry", "true"),
        new("unitCode", Code),
        new("status", (Due ? CertificateStatus.Valid : Status)?.ToString()),
        new("expiringBy", DueBy?.ToString("yyyy-MM-dd")),
    ];
}
