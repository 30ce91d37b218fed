using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Permissions;
using Training.Rosters;
using Training.Web.Common;

namespace Training.Web.Pages.Courses;

/// <summary>Create a course, or change one: a published course is changed through its next draft version.</summary>
[Authorize(TrainingPermissions.Courses.Manage)]
public class EditModel(ICourseAppService courses) : TrainingPageModel
{
    [BindProperty]
    public SaveCourseDto Input { get; set; } = new();

    [BindProperty]
    public bool AllLessons { get; set; }

    [BindProperty]
    public bool QuizRequired { get; set; }

    [BindProperty]
    public int? MinAttendancePercent { get; set; } = 100;

    public CourseDto? Existing { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } courseId)
        {
            Existing = await courses.GetAsync(courseId, cancellationToken);
            Input = new SaveCourseDto
            {
                Code = Existing.Code, Title = Existing.Title, Description = Existing.Description, AudienceRoles = Existing.AudienceRoles.ToList(),
                IssuesCertificate = Existing.IssuesCertificate, CertificateValidityMonths = Existing.CertificateValidityMonths, QualifiesForCoverage = Existing.QualifiesForCoverage,
            };
            AllLessons = Existing.CompletionRule.AllLessons;
            MinAttendancePercent = Existing.CompletionRule.MinAttendancePercent;
            QuizRequired = Existing.CompletionRule.QuizRequired;
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Input.CompletionRule = new CompletionRuleDto(AllLessons, MinAttendancePercent, QuizRequired);
        CourseDto? saved = null;
        if (ModelState.IsValid && await RunAsync(async () =>
                saved = id is { } courseId ? await courses.UpdateAsync(courseId, Input, cancellationToken) : await courses.CreateAsync(Input, cancellationToken)))
        {
            return RedirectToPage("/Courses/Details", new { id = saved!.Id });
        }

        Existing = id is { } existing ? await courses.GetAsync(existing, cancellationToken) : null;
        return Page();
    }

    public static IReadOnlyList<StaffRole> Roles => Enum.GetValues<StaffRole>();
}
