using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.Permissions;
using Training.Rosters;
using Training.Web.Common;

namespace Training.Web.Pages.Sessions;

/// <summary>A session: who is enrolled or waiting, enrolment by unit and role, attendance day by day.</summary>
[Authorize(TrainingPermissions.Sessions.Default)]
public class DetailsModel(ITrainingSessionAppService sessions, Training.Certificates.ICertificateAppService certificates, IPermissionChecker permissions)
    : TrainingPageModel
{
    public TrainingSessionDto Session { get; private set; } = null!;

    public IReadOnlyList<EnrollmentDto> Enrollments { get; private set; } = [];

    public bool CanEnroll { get; private set; }

    public bool CanTakeAttendance { get; private set; }

    public bool CanIssueCertificates { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostEnrollAsync(Guid id, string unitCode, List<StaffRole> roles, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            var result = await sessions.EnrollAsync(id, new EnrollStaffDto { UnitCode = RosterAccess.BareCode(unitCode), Roles = roles }, cancellationToken);
            return Message("Sessions:EnrollResult", result.Enrolled, result.Waitlisted, result.Skipped);
        }, cancellationToken);

    public Task<IActionResult> OnPostEnrollFileAsync(Guid id, IFormFile? file, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            await using var stream = file?.OpenReadStream() ?? throw new TrainingException(TrainingErrorCodes.ImportFileNotXlsx);
            var result = await sessions.EnrollFromWorkbookAsync(id, stream, cancellationToken);
            return string.Join(" ", result.Errors.Select(e => Message("Sessions:EnrollRowError", e.Row, e.Message))
                .Prepend(Message("Sessions:EnrollResult", result.Enrolled, result.Waitlisted, result.Skipped)));
        }, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid staffId, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            await sessions.WithdrawAsync(id, staffId, cancellationToken);
            return Message("Common:Saved");
        }, cancellationToken);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, DateOnly date, List<Guid> present, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            var result = await sessions.SetAttendanceAsync(id, new AttendanceDto { Date = date, PresentStaffIds = present }, cancellationToken);
            return Message("Sessions:AttendanceResult", result.Date.ToString("dd/MM/yyyy"), result.Present, result.Completed);
        }, cancellationToken);

    public Task<IActionResult> OnPostCertificatesAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            var result = await certificates.IssueForSessionAsync(id, cancellationToken);
            return Message("Sessions:CertificatesIssued", result.Issued, result.Skipped);
        }, cancellationToken);

    /// <summary>Runs the action; its outcome is shown once after the redirect, its error on the page.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<Task<string>> action, CancellationToken cancellationToken)
    {
        if (await RunAsync(async () => Outcome = await action()))
        {
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Session = await sessions.GetAsync(id, cancellationToken);
        Enrollments = await sessions.GetEnrollmentsAsync(id, cancellationToken);
        CanEnroll = await permissions.IsGrantedAsync(TrainingPermissions.Sessions.Enroll, cancellationToken);
        CanTakeAttendance = await permissions.IsGrantedAsync(TrainingPermissions.Sessions.Attendance, cancellationToken);
        CanIssueCertificates = await permissions.IsGrantedAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
    }
}
